// What the demo workflow's generator reads from the seeded marketplace: the rated enterprises, the
// parks that approved each product, the needs with their take-ups, and the organisations and
// accounts that act in the story.
import { and, asc, count, eq, inArray, notInArray } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { applications, complianceEvents, enterprises, memberships, needs, needTakeUps, organisations, parks, productParks, ratings, users } from '../schema/index.ts';

export type NeedRow = typeof needs.$inferSelect;

export async function countApplications(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(applications);
  return Number(row?.n ?? 0);
}

/** Every rating of every enterprise, by credit code and then oldest first (the last is the latest). */
export async function enterpriseRatings(db: Executor) {
  return db
    .select({ id: enterprises.organisationId, parkId: enterprises.parkId, parkCode: parks.code, name: enterprises.name, creditCode: enterprises.creditCode, rating: { id: ratings.id, snapshotId: ratings.snapshotId, grade: ratings.grade, pd: ratings.pd, creditLimitFen: ratings.creditLimitFen, ratedAt: ratings.ratedAt } })
    .from(enterprises)
    .innerJoin(parks, eq(parks.id, enterprises.parkId))
    .innerJoin(ratings, eq(ratings.enterpriseId, enterprises.organisationId))
    .orderBy(asc(enterprises.creditCode), asc(ratings.ratedAt));
}

/** Approved park requests with the park's code and when they were asked and decided. */
export async function approvedProductParks(db: Executor) {
  return db
    .select({ productId: productParks.productId, parkCode: parks.code, decidedAt: productParks.decidedAt, requestedAt: productParks.requestedAt })
    .from(productParks)
    .innerJoin(parks, eq(parks.id, productParks.parkId))
    .where(eq(productParks.status, 'approved'));
}

/** Needs that were taken up, one row per take-up. */
export async function needsWithTakeUps(db: Executor) {
  return db
    .select({ need: needs, takeUp: { institutionId: needTakeUps.institutionId, productId: needTakeUps.productId, takenAt: needTakeUps.takenAt } })
    .from(needs)
    .innerJoin(needTakeUps, eq(needTakeUps.needId, needs.id));
}

/** Institutions' names by id (every organisation but enterprises, park operators and the platform). */
export async function institutionNames(db: Executor): Promise<Map<string, string>> {
  const rows = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(notInArray(organisations.type, ['enterprise', 'park_operator', 'platform']));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Institutions' English names, where they have one. */
export async function institutionNamesEn(db: Executor): Promise<Map<string, string>> {
  const rows = await db.select({ id: organisations.id, nameEn: organisations.nameEn }).from(organisations).where(notInArray(organisations.type, ['enterprise', 'park_operator', 'platform']));
  return new Map(rows.flatMap((r) => (r.nameEn ? [[r.id, r.nameEn] as const] : [])));
}

/** Park operator organisations, by name. */
export async function parkOperatorOrganisations(db: Executor): Promise<{ id: string; parkId: string | null }[]> {
  return db.select({ id: organisations.id, parkId: organisations.parkId }).from(organisations).where(eq(organisations.type, 'park_operator')).orderBy(asc(organisations.name));
}

/** Active officers' and enterprise users' memberships, by e-mail. */
export async function activeOfficersAndOwners(db: Executor): Promise<{ userId: string; email: string; organisationId: string }[]> {
  return db
    .select({ userId: users.id, email: users.email, organisationId: memberships.organisationId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(inArray(memberships.role, ['institution_officer', 'enterprise_user']), eq(users.status, 'active')))
    .orderBy(asc(users.email));
}

/** The first organisation (by id) with this name. */
export async function organisationIdNamed(db: Executor, name: string): Promise<string | undefined> {
  const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name)).orderBy(asc(organisations.id)).limit(1);
  return row?.id;
}

/** A listing on the serious-dishonesty list, as the subsidy demo shows one enterprise excluded. */
export async function insertDemoDishonestyListing(db: Executor, row: { enterpriseId: string; parkId: string; reference: string; occurredOn: string; description: string }): Promise<void> {
  await db.insert(complianceEvents).values({ ...row, kind: 'serious_dishonesty', source: 'demo', sourceDate: row.occurredOn });
}
