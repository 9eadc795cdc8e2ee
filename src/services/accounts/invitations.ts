// A member of an organisation invites a colleague by e-mail with the organisation's role; the
// invitee sets a display name and password through the link (single-use, 7 days), which creates
// the account and its membership. An open invitation may be revoked.
import { fail, invalidFields, problem } from '../../domain/shared/errors.ts';
import { findInvitation, findInvitationByToken, insertInvitation, listInvitations as selectInvitations, moveInvitation, type InvitationRow, type InvitationView } from '../../db/repositories/accounts.ts';
import { findOrganisation } from '../../db/repositories/organisations.ts';
import { findUser, findUserByEmail, insertMembership, insertUser, listMembersOf, type MemberView } from '../../db/repositories/users.ts';
import type { Page, PageRequest } from '../../db/paging.ts';
import { INVITATION_TTL_MS, invitableRoles, nextInvitationStatus } from '../../domain/access/accounts.ts';
import type { Role } from '../../domain/access/actor.ts';
import type { LoginThrottle } from '../../domain/access/login-throttle.ts';
import { authorize } from '../../domain/access/policy.ts';
import { invitationMail } from '../../domain/notifications/account-mail.ts';
import { mutate, type ServiceContext } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { hashPassword } from '../shared/passwords.ts';
import { checkThrottle, hashToken, mailWebUrl, newToken, queueAccountMail, throttleKeys } from './account-tokens.ts';

/**
 * Invites a colleague. When the platform sends no e-mail the token comes back to the inviter, who
 * hands the link over another way; otherwise only the e-mail carries it.
 */
export async function inviteColleague(ctx: ServiceContext, input: { organisationId: string; email: string; role: Role }): Promise<{ invitation: InvitationRow; token: string | null }> {
  const organisation = await findOrganisation(ctx.database.db, input.organisationId);
  if (!organisation) throw fail('organisation.not_found');
  authorize(ctx.actor, 'invitation.manage', { organisationId: organisation.id, parkId: organisation.parkId });
  if (!invitableRoles(organisation.type).includes(input.role)) throw invalidFields([problem('role', 'invitation.role_not_in_organisation')]);
  const email = input.email.trim().toLowerCase();
  if (await findUserByEmail(ctx.database.db, email)) throw fail('account.email_taken', {}, { fields: [problem('email', 'account.email_taken')] });
  const now = ctx.now();
  const token = newToken();
  const inviter = ctx.actor.userId ? await findUser(ctx.database.db, ctx.actor.userId) : undefined;
  return mutate(ctx, async (tx) => {
    const row = await insertInvitation(tx, { id: newId(now.getTime()), organisationId: organisation.id, email, role: input.role, tokenHash: hashToken(token), invitedBy: ctx.actor.userId, createdAt: now, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS) });
    const webUrl = mailWebUrl();
    if (webUrl) await queueAccountMail(tx, { address: email }, invitationMail({ webUrl, token, organisationName: organisation.name, inviterName: inviter?.displayName ?? 'Kejin', days: INVITATION_TTL_MS / 86_400_000 }), now);
    return { result: { invitation: row, token: webUrl ? null : token }, audit: { action: 'invitation.create', targetType: 'invitation', targetId: row.id, parkId: organisation.parkId, details: { organisationId: organisation.id, email, role: input.role } } };
  });
}

export async function listInvitations(ctx: ServiceContext, organisationId: string, page: PageRequest): Promise<Page<InvitationView>> {
  authorize(ctx.actor, 'invitation.manage', { organisationId });
  return selectInvitations(ctx.database.db, organisationId, page);
}

/** The organisation's members, for those who may invite into it. */
export async function listMembers(ctx: ServiceContext, organisationId: string): Promise<MemberView[]> {
  const organisation = await findOrganisation(ctx.database.db, organisationId);
  if (!organisation) throw fail('organisation.not_found');
  authorize(ctx.actor, 'invitation.manage', { organisationId: organisation.id, parkId: organisation.parkId });
  return listMembersOf(ctx.database.db, organisation.id);
}

export async function revokeInvitation(ctx: ServiceContext, id: string): Promise<InvitationRow> {
  const invitation = await findInvitation(ctx.database.db, id);
  if (!invitation) throw fail('invitation.not_found');
  authorize(ctx.actor, 'invitation.manage', { organisationId: invitation.organisationId });
  const to = nextInvitationStatus(invitation.status, 'revoke') as 'revoked';
  return mutate(ctx, async (tx) => {
    const row = await moveInvitation(tx, id, 'open', { status: to, decidedAt: ctx.now() });
    if (!row) throw fail('invitation.used_meanwhile');
    return { result: row, audit: { action: 'invitation.revoke', targetType: 'invitation', targetId: id, details: { organisationId: row.organisationId, email: row.email } } };
  });
}

const unusable = () => invalidFields([problem('token', 'account.link_unusable')]);

/** What the invitation page shows before the invitee sets a password; the same refusal for any unusable link. */
export async function previewInvitation(ctx: ServiceContext, token: string, deps: { throttle: LoginThrottle }): Promise<InvitationView> {
  const now = ctx.now();
  const keys = throttleKeys(ctx, 'token');
  checkThrottle(deps.throttle, keys, now);
  const invitation = await findInvitationByToken(ctx.database.db, hashToken(token));
  if (!invitation || invitation.status !== 'open' || invitation.expiresAt <= now) {
    deps.throttle.recordFailure(keys, now.getTime());
    throw unusable();
  }
  return invitation;
}

export async function acceptInvitation(ctx: ServiceContext, input: { token: string; displayName: string; password: string }, deps: { throttle: LoginThrottle }): Promise<{ userId: string; email: string }> {
  const invitation = await previewInvitation(ctx, input.token, deps);
  const now = ctx.now();
  const passwordHash = await hashPassword(input.password);
  return mutate(ctx, async (tx) => {
    if (await findUserByEmail(tx, invitation.email)) throw fail('account.email_taken', {}, { fields: [problem('email', 'account.email_taken')] });
    const user = await insertUser(tx, { id: newId(now.getTime()), email: invitation.email, passwordHash, displayName: input.displayName, createdAt: now, updatedAt: now });
    const row = await moveInvitation(tx, invitation.id, 'open', { status: nextInvitationStatus('open', 'accept') as 'accepted', decidedAt: now, userId: user.id });
    if (!row) throw unusable();
    await insertMembership(tx, { id: newId(now.getTime()), userId: user.id, organisationId: invitation.organisationId, role: invitation.role, createdAt: now });
    return { result: { userId: user.id, email: user.email }, audit: { action: 'invitation.accept', targetType: 'invitation', targetId: invitation.id, details: { organisationId: invitation.organisationId, userId: user.id } } };
  });
}
