// Password resets, invitations and self-registrations. A token is claimed with a conditional
// update (unused, unexpired), so two requests with one link cannot both use it.
import { and, asc, count, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { offsetOf, type Page, type PageRequest } from '../paging.ts';
import { invitations, organisations, parks, passwordResets, registrations, sessions, users } from '../schema/index.ts';

export type PasswordResetRow = typeof passwordResets.$inferSelect;
export type InvitationRow = typeof invitations.$inferSelect;
export type RegistrationRow = typeof registrations.$inferSelect;

export async function insertPasswordReset(db: Executor, row: typeof passwordResets.$inferInsert): Promise<void> {
  await db.insert(passwordResets).values(row);
}

export async function findPasswordReset(db: Executor, tokenHash: string): Promise<PasswordResetRow | undefined> {
  const [row] = await db.select().from(passwordResets).where(eq(passwordResets.tokenHash, tokenHash));
  return row;
}

/** Marks the reset used if it is unused and unexpired; undefined when it is not (or another request used it first). */
export async function claimPasswordReset(db: Executor, tokenHash: string, now: Date): Promise<PasswordResetRow | undefined> {
  const [row] = await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)))
    .returning();
  return row;
}

/** A new reset link makes the user's earlier unused ones useless. */
export async function retirePasswordResetsOf(db: Executor, userId: string, now: Date): Promise<void> {
  await db.update(passwordResets).set({ usedAt: now }).where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
}

export async function deleteSessionsExcept(db: Executor, userId: string, keepTokenHash: string | null): Promise<number> {
  const where = keepTokenHash ? and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash)) : eq(sessions.userId, userId);
  const rows = await db.delete(sessions).where(where).returning({ userId: sessions.userId });
  return rows.length;
}

export async function insertInvitation(db: Executor, row: typeof invitations.$inferInsert): Promise<InvitationRow> {
  const [inserted] = await db.insert(invitations).values(row).returning();
  return inserted!;
}

export type InvitationView = InvitationRow & { organisationName: string; organisationNameEn: string | null; organisationType: string; invitedByName: string | null };

const invitationView = {
  invitation: invitations,
  organisationName: organisations.name,
  organisationNameEn: organisations.nameEn,
  organisationType: organisations.type,
  invitedByName: users.displayName,
};

const flatten = (r: { invitation: InvitationRow; organisationName: string; organisationNameEn: string | null; organisationType: string; invitedByName: string | null }): InvitationView => ({
  ...r.invitation,
  organisationName: r.organisationName,
  organisationNameEn: r.organisationNameEn,
  organisationType: r.organisationType,
  invitedByName: r.invitedByName,
});

export async function findInvitationByToken(db: Executor, tokenHash: string): Promise<InvitationView | undefined> {
  const [row] = await db
    .select(invitationView)
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(eq(invitations.tokenHash, tokenHash));
  return row ? flatten(row) : undefined;
}

export async function findInvitation(db: Executor, id: string): Promise<InvitationRow | undefined> {
  const [row] = await db.select().from(invitations).where(eq(invitations.id, id));
  return row;
}

export async function listInvitations(db: Executor, organisationId: string, page: PageRequest): Promise<Page<InvitationView>> {
  const where = eq(invitations.organisationId, organisationId);
  const [items, [total]] = await Promise.all([
    db
      .select(invitationView)
      .from(invitations)
      .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
      .leftJoin(users, eq(users.id, invitations.invitedBy))
      .where(where)
      .orderBy(desc(invitations.createdAt), desc(invitations.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(invitations).where(where),
  ]);
  return { items: items.map(flatten), total: Number(total?.n ?? 0), ...page };
}

/** Moves an invitation from `from` (a conditional update: two accepts of one link make one user). */
export async function moveInvitation(db: Executor, id: string, from: string, change: { status: 'accepted' | 'revoked'; decidedAt: Date; userId?: string }): Promise<InvitationRow | undefined> {
  const [row] = await db
    .update(invitations)
    .set(change)
    .where(and(eq(invitations.id, id), sql`${invitations.status} = ${from}`))
    .returning();
  return row;
}

export async function insertRegistration(db: Executor, row: typeof registrations.$inferInsert): Promise<RegistrationRow> {
  const [inserted] = await db.insert(registrations).values(row).returning();
  return inserted!;
}

export async function findRegistration(db: Executor, id: string): Promise<RegistrationRow | undefined> {
  const [row] = await db.select().from(registrations).where(eq(registrations.id, id));
  return row;
}

export type RegistrationView = RegistrationRow & { parkCode: string; parkName: string; parkNameEn: string };

export async function listRegistrations(db: Executor, filter: { parkIds: 'all' | string[]; status?: string }, page: PageRequest): Promise<Page<RegistrationView>> {
  if (filter.parkIds !== 'all' && filter.parkIds.length === 0) return { items: [], total: 0, ...page };
  const where = and(
    filter.parkIds === 'all' ? undefined : sql`${registrations.parkId} IN (${sql.join(filter.parkIds.map((id) => sql`${id}::uuid`), sql`, `)})`,
    filter.status ? sql`${registrations.status} = ${filter.status}` : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select({ registration: registrations, parkCode: parks.code, parkName: parks.name, parkNameEn: parks.nameEn })
      .from(registrations)
      .innerJoin(parks, eq(parks.id, registrations.parkId))
      .where(where)
      .orderBy(asc(registrations.createdAt), asc(registrations.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(registrations).where(where),
  ]);
  return { items: items.map((r) => ({ ...r.registration, parkCode: r.parkCode, parkName: r.parkName, parkNameEn: r.parkNameEn })), total: Number(total?.n ?? 0), ...page };
}

/** Decides a pending registration (a conditional update: two administrators cannot both decide it). */
export async function decideRegistration(
  db: Executor,
  id: string,
  change: { status: 'admitted' | 'rejected'; decidedAt: Date; decidedBy: string | null; reason?: string | null; organisationId?: string; userId?: string },
): Promise<RegistrationRow | undefined> {
  const [row] = await db
    .update(registrations)
    .set(change)
    .where(and(eq(registrations.id, id), eq(registrations.status, 'pending')))
    .returning();
  return row;
}

/** Active parks for the public registration form. */
export async function listActiveParks(db: Executor): Promise<{ id: string; code: string; name: string; nameEn: string }[]> {
  return db.select({ id: parks.id, code: parks.code, name: parks.name, nameEn: parks.nameEn }).from(parks).where(eq(parks.status, 'active')).orderBy(asc(parks.code));
}
