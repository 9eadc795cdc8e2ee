// Sign-in, sign-out and resolving a session cookie to an actor.
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../../db/client.ts';
import {
  deleteExpiredSessions,
  deleteSession,
  findLiveSession,
  findUserByEmail,
  insertSession,
  membershipsOf,
  updateUser,
  type UserRow,
} from '../../db/repositories/users.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { LoginThrottle } from '../../domain/access/login-throttle.ts';
import { fail } from '../../domain/shared/errors.ts';
import { recordAudit, type ServiceContext } from '../shared/context.ts';
import { dummyPasswordHash, verifyPassword } from '../shared/passwords.ts';

export const BAD_CREDENTIALS = 'Email or password is incorrect';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SignedIn {
  token: string;
  expiresAt: Date;
  user: UserRow;
  actor: Actor;
}

export async function login(
  ctx: ServiceContext,
  input: { email: string; password: string; userAgent: string | null },
  deps: { throttle: LoginThrottle; sessionTtlMs: number },
): Promise<SignedIn> {
  const email = input.email.trim().toLowerCase();
  const keys = [`ip:${ctx.clientAddress ?? 'unknown'}`, `email:${email}`];
  const now = ctx.now();
  const wait = deps.throttle.retryAfterMs(keys, now.getTime());
  if (wait > 0) {
    throw fail('auth.too_many_attempts', { retryAfterSeconds: Math.ceil(wait / 1000) });
  }
  const db = ctx.database.db;
  const user = await findUserByEmail(db, email);
  // Always verify a hash, so an unknown e-mail costs as long as a wrong password.
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !valid || user.status !== 'active') {
    deps.throttle.recordFailure(keys, now.getTime());
    await db.transaction((tx) =>
      recordAudit(tx, ctx, { action: 'auth.login_failed', targetType: 'user', targetId: user?.id ?? null, details: { email } }),
    );
    throw fail('auth.invalid_credentials');
  }
  deps.throttle.clear(`email:${email}`);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + deps.sessionTtlMs);
  const actor = await loadActor(ctx.database, user);
  await db.transaction(async (tx) => {
    await deleteExpiredSessions(tx, now); // housekeeping rides along with each sign-in
    await insertSession(tx, {
      tokenHash: hashToken(token),
      userId: user.id,
      createdAt: now,
      expiresAt,
      clientAddress: ctx.clientAddress,
      userAgent: input.userAgent?.slice(0, 400) ?? null,
    });
    await updateUser(tx, user.id, { lastLoginAt: now });
    await recordAudit(tx, { ...ctx, actor }, { action: 'auth.login', targetType: 'user', targetId: user.id });
  });
  return { token, expiresAt, user, actor };
}

export async function logout(ctx: ServiceContext, token: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const userId = await deleteSession(tx, hashToken(token));
    if (userId) await recordAudit(tx, ctx, { action: 'auth.logout', targetType: 'user', targetId: userId });
  });
}

/** The signed-in user behind a session token, or undefined when it is unknown or expired. */
export async function resolveSession(
  database: Database,
  token: string,
  now: Date,
): Promise<{ user: UserRow; actor: Actor } | undefined> {
  const found = await findLiveSession(database.db, hashToken(token), now);
  if (!found) return undefined;
  return { user: found.user, actor: await loadActor(database, found.user) };
}

export async function loadActor(database: Database, user: UserRow): Promise<Actor> {
  const memberships = (await membershipsOf(database.db, [user.id])).get(user.id) ?? [];
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    memberships: memberships.map((m) => ({
      role: m.role,
      organisationId: m.organisationId,
      organisationType: m.organisationType,
      parkId: m.parkId,
    })),
  };
}
