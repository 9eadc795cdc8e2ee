import { and, asc, count, eq, gt, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { likePattern, offsetOf, type Page, type PageRequest } from '../paging.ts';
import { memberships, organisations, sessions, users } from '../schema/index.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type NewMembership = typeof memberships.$inferInsert;

export interface MembershipView {
  role: (typeof memberships.$inferSelect)['role'];
  organisationId: string;
  organisationName: string;
  organisationType: (typeof organisations.$inferSelect)['type'];
  parkId: string | null;
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row;
}

export async function findUser(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function insertUser(db: Executor, user: NewUser): Promise<UserRow> {
  const [row] = await db.insert(users).values(user).returning();
  return row!;
}

export async function updateUser(db: Executor, id: string, changes: Partial<NewUser>): Promise<UserRow | undefined> {
  const [row] = await db.update(users).set(changes).where(eq(users.id, id)).returning();
  return row;
}

export async function insertMembership(db: Executor, membership: NewMembership): Promise<void> {
  await db.insert(memberships).values(membership);
}

export async function membershipsOf(db: Executor, userIds: string[]): Promise<Map<string, MembershipView[]>> {
  const byUser = new Map<string, MembershipView[]>();
  if (!userIds.length) return byUser;
  const rows = await db
    .select({
      userId: memberships.userId,
      role: memberships.role,
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationType: organisations.type,
      parkId: organisations.parkId,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(inArray(memberships.userId, userIds), eq(organisations.status, 'active')))
    .orderBy(asc(memberships.createdAt));
  for (const { userId, ...m } of rows) byUser.set(userId, [...(byUser.get(userId) ?? []), m]);
  return byUser;
}

export interface MemberView {
  userId: string;
  email: string;
  displayName: string;
  role: (typeof memberships.$inferSelect)['role'];
  status: UserRow['status'];
  joinedAt: Date;
  lastLoginAt: Date | null;
}

/** The members of one organisation, earliest first. */
export async function listMembersOf(db: Executor, organisationId: string): Promise<MemberView[]> {
  return db
    .select({ userId: users.id, email: users.email, displayName: users.displayName, role: memberships.role, status: users.status, joinedAt: memberships.createdAt, lastLoginAt: users.lastLoginAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(memberships.createdAt), asc(users.email));
}

export async function listUsers(
  db: Executor,
  filter: { q?: string; role?: string },
  page: PageRequest,
): Promise<Page<UserRow>> {
  const conditions: (SQL | undefined)[] = [];
  if (filter.q) {
    const p = likePattern(filter.q);
    conditions.push(or(ilike(users.email, p), ilike(users.displayName, p)));
  }
  if (filter.role) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM ${memberships} m WHERE m.user_id = ${users.id} AND m.role = ${filter.role})`,
    );
  }
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    db.select().from(users).where(where).orderBy(asc(users.email)).limit(page.pageSize).offset(offsetOf(page)),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0), ...page };
}

export async function insertSession(db: Executor, session: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(session);
}

export async function findLiveSession(db: Executor, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), eq(users.status, 'active')));
  return row;
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<string | undefined> {
  const [row] = await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).returning({ userId: sessions.userId });
  return row?.userId;
}

export async function deleteSessionsOf(db: Executor, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

