// Rules of the account flows: how long a reset link or an invitation lasts, whether a token may
// still be used, the moves of a registration and of an invitation (one table each), and which
// roles an organisation may invite. Pure: the clock is passed in.
import { fail } from '../shared/errors.ts';
import type { Role } from './actor.ts';

export const PASSWORD_RESET_TTL_MS = 30 * 60_000;
export const INVITATION_TTL_MS = 7 * 24 * 3600_000;
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** The one answer to a reset link or an invitation link that cannot be used, whatever the reason (no oracle). */
export const UNUSABLE_LINK = 'This link is invalid, expired or already used; ask for a new one';

export type TokenState = 'usable' | 'expired' | 'used' | 'unknown';

/** Whether a stored single-use token may be used now. */
export function tokenState(token: { expiresAt: Date; usedAt: Date | null } | null | undefined, now: Date): TokenState {
  if (!token) return 'unknown';
  if (token.usedAt) return 'used';
  return token.expiresAt.getTime() > now.getTime() ? 'usable' : 'expired';
}

export type RegistrationStatus = 'pending' | 'admitted' | 'rejected';
export type RegistrationMove = 'admit' | 'reject';

/** Every move of a self-registration: from pending, the park's administrator admits or rejects it. */
export const REGISTRATION_MOVES: Readonly<Record<RegistrationStatus, Partial<Record<RegistrationMove, RegistrationStatus>>>> = {
  pending: { admit: 'admitted', reject: 'rejected' },
  admitted: {},
  rejected: {},
};

export type InvitationStatus = 'open' | 'accepted' | 'revoked';
export type InvitationMove = 'accept' | 'revoke';

/** Every move of an invitation: the invitee accepts it, or the organisation revokes it, while it is open. */
export const INVITATION_MOVES: Readonly<Record<InvitationStatus, Partial<Record<InvitationMove, InvitationStatus>>>> = {
  open: { accept: 'accepted', revoke: 'revoked' },
  accepted: {},
  revoked: {},
};

/** The status after a move, or a 409 naming the status the move does not apply to. */
export function nextRegistrationStatus(from: RegistrationStatus, move: RegistrationMove): RegistrationStatus {
  const to = REGISTRATION_MOVES[from][move];
  if (!to) throw fail('registration.already_decided', { status: from }, { details: { status: from, move } });
  return to;
}

export function nextInvitationStatus(from: InvitationStatus, move: InvitationMove): InvitationStatus {
  const to = INVITATION_MOVES[from][move];
  if (!to) throw fail('invitation.already_closed', { status: from }, { details: { status: from, move } });
  return to;
}

/** Which role a member of each organisation type holds: the one an invitation to it may give. */
const ROLE_OF_ORGANISATION: Readonly<Record<string, Role>> = {
  platform: 'platform_operator',
  park_operator: 'park_admin',
  enterprise: 'enterprise_user',
  bank: 'institution_officer',
  vc_fund: 'institution_officer',
  angel_fund: 'institution_officer',
  insurer: 'institution_officer',
  guarantor: 'institution_officer',
  small_loan: 'institution_officer',
  guidance_fund: 'institution_officer',
};

/** The roles an invitation into an organisation of this type may carry. */
export function invitableRoles(organisationType: string): Role[] {
  const role = ROLE_OF_ORGANISATION[organisationType];
  return role ? [role] : [];
}

/** The region of a credit code (positions 3–8, GB/T 2260). */
export const regionOfCreditCode = (creditCode: string): string => creditCode.slice(2, 8);
