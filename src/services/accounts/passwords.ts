// Changing one's password, and resetting a forgotten one by e-mail. A reset request answers the
// same whether or not the e-mail has an account; the link's token is single-use, expires after
// 30 minutes and is stored hashed; using it signs the account out everywhere.
import { fail, invalidFields, problem } from '../../domain/shared/errors.ts';
import { claimPasswordReset, deleteSessionsExcept, insertPasswordReset, retirePasswordResetsOf } from '../../db/repositories/accounts.ts';
import { findUser, findUserByEmail, updateUser } from '../../db/repositories/users.ts';
import { PASSWORD_RESET_TTL_MS } from '../../domain/access/accounts.ts';
import type { LoginThrottle } from '../../domain/access/login-throttle.ts';
import { passwordResetMail } from '../../domain/notifications/account-mail.ts';
import { mutate, recordAudit, type ServiceContext } from '../shared/context.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../shared/passwords.ts';
import { checkThrottle, hashToken, mailWebUrl, newToken, queueAccountMail, throttleKeys } from './account-tokens.ts';

export interface AccountDeps {
  throttle: LoginThrottle;
}

/** The signed-in user's new password, given the current one; their other sessions end. */
export async function changePassword(ctx: ServiceContext, input: { currentPassword: string; newPassword: string; sessionTokenHash: string | null }, deps: AccountDeps): Promise<void> {
  const userId = ctx.actor.userId;
  if (!userId) throw fail('auth.sign_in_required');
  const keys = throttleKeys(ctx, 'password', userId);
  const now = ctx.now();
  checkThrottle(deps.throttle, keys, now);
  const user = await findUser(ctx.database.db, userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    deps.throttle.recordFailure(keys, now.getTime());
    await ctx.database.db.transaction((tx) => recordAudit(tx, ctx, { action: 'auth.password_change_failed', targetType: 'user', targetId: userId }));
    throw invalidFields([problem('currentPassword', 'account.current_password_wrong')]);
  }
  if (input.newPassword === input.currentPassword) throw invalidFields([problem('newPassword', 'account.password_unchanged')]);
  const passwordHash = await hashPassword(input.newPassword);
  await mutate(ctx, async (tx) => {
    await updateUser(tx, userId, { passwordHash, updatedAt: now });
    const ended = await deleteSessionsExcept(tx, userId, input.sessionTokenHash);
    await retirePasswordResetsOf(tx, userId, now);
    return { result: null, audit: { action: 'auth.password_change', targetType: 'user', targetId: userId, details: { sessionsEnded: ended } } };
  });
}

/**
 * Sends a reset link to the e-mail when it has an active account. The caller answers the same
 * either way; the throttle counts every request per client address and per e-mail.
 */
export async function requestPasswordReset(ctx: ServiceContext, input: { email: string }, deps: AccountDeps): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const now = ctx.now();
  const keys = throttleKeys(ctx, 'reset', email);
  checkThrottle(deps.throttle, keys, now);
  deps.throttle.recordFailure(keys, now.getTime());
  const user = await findUserByEmail(ctx.database.db, email);
  const webUrl = mailWebUrl();
  if (!user || user.status !== 'active' || !webUrl) {
    // The same work as a real request costs (a hash), so timing does not tell either.
    await dummyPasswordHash();
    await ctx.database.db.transaction((tx) => recordAudit(tx, ctx, { action: 'auth.password_reset_requested', targetType: 'user', targetId: null, details: { known: false } }));
    return;
  }
  const token = newToken();
  await mutate(ctx, async (tx) => {
    await retirePasswordResetsOf(tx, user.id, now);
    await insertPasswordReset(tx, { tokenHash: hashToken(token), userId: user.id, createdAt: now, expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MS) });
    await queueAccountMail(tx, { address: user.email, userId: user.id }, passwordResetMail({ webUrl, token, recipientName: user.displayName, minutes: PASSWORD_RESET_TTL_MS / 60_000 }), now);
    return { result: null, audit: { action: 'auth.password_reset_requested', targetType: 'user', targetId: user.id, details: { known: true } } };
  });
}

/** Sets a new password with a reset link's token: once, before it expires; every session of the account ends. */
export async function resetPassword(ctx: ServiceContext, input: { token: string; newPassword: string }, deps: AccountDeps): Promise<void> {
  const now = ctx.now();
  const keys = throttleKeys(ctx, 'token');
  checkThrottle(deps.throttle, keys, now);
  const passwordHash = await hashPassword(input.newPassword);
  const userId = await mutate(ctx, async (tx) => {
    const reset = await claimPasswordReset(tx, hashToken(input.token), now);
    const user = reset && (await findUser(tx, reset.userId));
    if (!reset || !user || user.status !== 'active') return { result: null, audit: { action: 'auth.password_reset_refused', targetType: 'user', targetId: null } };
    await updateUser(tx, user.id, { passwordHash, updatedAt: now });
    const ended = await deleteSessionsExcept(tx, user.id, null);
    return { result: user.id, audit: { action: 'auth.password_reset', targetType: 'user', targetId: user.id, details: { sessionsEnded: ended } } };
  });
  if (!userId) {
    deps.throttle.recordFailure(keys, now.getTime());
    throw invalidFields([problem('token', 'account.link_unusable')]);
  }
}
