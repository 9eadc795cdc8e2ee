import { and, asc, count, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { likePattern, offsetOf, type Page, type PageRequest } from '../paging.ts';
import { enterprises, parks, qualifications, ratings } from '../schema/index.ts';

export type EnterpriseRow = typeof enterprises.$inferSelect;
export type NewEnterprise = typeof enterprises.$inferInsert;
export type EnterpriseWithPark = EnterpriseRow & { parkCode: string; parkName: string };

export interface EnterpriseFilter {
  parkIds: 'all' | string[];
  parkId?: string;
  industryCode?: string;
  q?: string;
  /** Holds a qualification of this kind valid on `today`. */
  qualification?: string;
  today?: string;
  employeesMin?: number;
  employeesMax?: number;
  completenessMin?: number;
  completenessMax?: number;
  /** The grade of the latest rating (AAA…C), or 'none' for enterprises not rated yet. */
  grade?: string;
}

const withPark = { enterprise: enterprises, parkCode: parks.code, parkName: parks.name };
const flatten = (r: { enterprise: EnterpriseRow; parkCode: string; parkName: string }): EnterpriseWithPark => ({
  ...r.enterprise,
  parkCode: r.parkCode,
  parkName: r.parkName,
});

export async function listEnterprises(
  db: Executor,
  filter: EnterpriseFilter,
  page: PageRequest,
): Promise<Page<EnterpriseWithPark>> {
  const conditions: (SQL | undefined)[] = [];
  if (filter.parkIds !== 'all') {
    conditions.push(filter.parkIds.length ? inArray(enterprises.parkId, filter.parkIds) : sql`false`);
  }
  if (filter.parkId) conditions.push(eq(enterprises.parkId, filter.parkId));
  if (filter.industryCode) conditions.push(sql`${enterprises.industryCode} LIKE ${filter.industryCode + '%'}`);
  if (filter.q) {
    const p = likePattern(filter.q);
    conditions.push(or(ilike(enterprises.name, p), ilike(enterprises.creditCode, p)));
  }
  if (filter.qualification) {
    conditions.push(sql`EXISTS (SELECT 1 FROM ${qualifications} q WHERE q.enterprise_id = ${enterprises.organisationId}
      AND q.kind = ${filter.qualification} AND q.valid_from <= ${filter.today} AND q.valid_to >= ${filter.today})`);
  }
  if (filter.employeesMin !== undefined) conditions.push(gte(enterprises.employees, filter.employeesMin));
  if (filter.employeesMax !== undefined) conditions.push(lte(enterprises.employees, filter.employeesMax));
  if (filter.completenessMin !== undefined) conditions.push(gte(enterprises.completeness, filter.completenessMin));
  if (filter.completenessMax !== undefined) conditions.push(lte(enterprises.completeness, filter.completenessMax));
  if (filter.grade) {
    const latest = sql`(SELECT r.grade FROM ${ratings} r WHERE r.enterprise_id = ${enterprises.organisationId} ORDER BY r.rated_at DESC LIMIT 1)`;
    conditions.push(filter.grade === 'none' ? sql`${latest} IS NULL` : sql`${latest} = ${filter.grade}`);
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select(withPark)
      .from(enterprises)
      .innerJoin(parks, eq(parks.id, enterprises.parkId))
      .where(where)
      .orderBy(asc(enterprises.name), asc(enterprises.creditCode))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(enterprises).where(where),
  ]);
  return { items: rows.map(flatten), total: Number(total?.n ?? 0), ...page };
}

export async function findEnterpriseByCreditCode(db: Executor, creditCode: string): Promise<EnterpriseWithPark | undefined> {
  const [row] = await db
    .select(withPark)
    .from(enterprises)
    .innerJoin(parks, eq(parks.id, enterprises.parkId))
    .where(eq(enterprises.creditCode, creditCode));
  return row && flatten(row);
}

export async function findEnterprisesByIds(db: Executor, ids: string[]): Promise<EnterpriseWithPark[]> {
  if (!ids.length) return [];
  const rows = await db.select(withPark).from(enterprises).innerJoin(parks, eq(parks.id, enterprises.parkId)).where(inArray(enterprises.organisationId, ids));
  return rows.map(flatten);
}

export async function findEnterprisesByCreditCodes(db: Executor, codes: string[]): Promise<EnterpriseWithPark[]> {
  if (!codes.length) return [];
  const rows = await db.select(withPark).from(enterprises).innerJoin(parks, eq(parks.id, enterprises.parkId)).where(inArray(enterprises.creditCode, codes));
  return rows.map(flatten);
}

export async function insertEnterprises(db: Executor, rows: NewEnterprise[]): Promise<void> {
  if (rows.length) await db.insert(enterprises).values(rows);
}

export async function updateEnterprise(
  db: Executor,
  organisationId: string,
  changes: Partial<NewEnterprise>,
): Promise<EnterpriseRow | undefined> {
  const [row] = await db
    .update(enterprises)
    .set(changes)
    .where(eq(enterprises.organisationId, organisationId))
    .returning();
  return row;
}

export async function countEnterprises(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(enterprises);
  return Number(row?.n ?? 0);
}

export async function allEnterpriseIds(db: Executor): Promise<string[]> {
  return (await db.select({ id: enterprises.organisationId }).from(enterprises)).map((r) => r.id);
}

/** Stores recomputed completeness scores, touching only the enterprises whose score changed. */
export async function setCompleteness(db: Executor, scores: { id: string; score: number }[]): Promise<void> {
  if (!scores.length) return;
  const values = sql.join(scores.map((s) => sql`(${s.id}::uuid, ${s.score}::smallint)`), sql`, `);
  await db.execute(sql`UPDATE enterprises e SET completeness = v.score FROM (VALUES ${values}) AS v(id, score)
    WHERE e.organisation_id = v.id AND e.completeness IS DISTINCT FROM v.score`);
}
