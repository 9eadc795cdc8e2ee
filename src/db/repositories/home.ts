// The figures of each role's home that no list repository already counts: an enterprise's grade
// history, next instalment and best matches, the grade distribution of parks, and the operator's
// jobs, imports, models and audit counts.
import { and, asc, count, desc, eq, gte, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { auditEvents, enterprises, imports, jobs, loanInstalments, loans, modelVersions, organisations, products, ratings, topMatches } from '../schema/index.ts';

export type ParkIds = 'all' | string[];
const inParks = (column: Parameters<typeof inArray>[0], parks: ParkIds): SQL | undefined => (parks === 'all' ? undefined : parks.length ? inArray(column, parks) : sql`false`);

/** An enterprise's latest ratings, oldest first. */
export async function gradeHistory(db: Executor, enterpriseId: string, limit: number): Promise<{ grade: string; score: number; ratedAt: Date }[]> {
  const rows = await db
    .select({ grade: ratings.grade, score: ratings.score, ratedAt: ratings.ratedAt })
    .from(ratings)
    .where(eq(ratings.enterpriseId, enterpriseId))
    .orderBy(desc(ratings.ratedAt))
    .limit(limit);
  return rows.reverse();
}

/** The earliest instalment not yet paid in full on the enterprise's live loans. */
export async function nextInstalment(db: Executor, enterpriseId: string) {
  const [row] = await db
    .select({
      loanId: loans.id,
      institutionName: organisations.name,
      institutionNameEn: organisations.nameEn,
      period: loanInstalments.period,
      dueOn: loanInstalments.dueOn,
      principalFen: loanInstalments.principalFen,
      interestFen: loanInstalments.interestFen,
      paidPrincipalFen: loanInstalments.paidPrincipalFen,
      paidInterestFen: loanInstalments.paidInterestFen,
    })
    .from(loanInstalments)
    .innerJoin(loans, eq(loans.id, loanInstalments.loanId))
    .innerJoin(organisations, eq(organisations.id, loans.institutionId))
    .where(and(eq(loans.enterpriseId, enterpriseId), eq(loans.status, 'live'), isNull(loanInstalments.paidOn)))
    .orderBy(asc(loanInstalments.dueOn), asc(loans.id))
    .limit(1);
  return row;
}

/** The stored top matches of an enterprise (the nightly full match), best first. */
export async function topMatchesOf(db: Executor, enterpriseId: string, limit: number) {
  return db
    .select({ rank: topMatches.rank, score: topMatches.score, productId: products.id, productName: products.name, productNameEn: products.nameEn, kind: products.kind, institutionName: organisations.name, institutionNameEn: organisations.nameEn })
    .from(topMatches)
    .innerJoin(products, eq(products.id, topMatches.productId))
    .innerJoin(organisations, eq(organisations.id, products.institutionId))
    .where(eq(topMatches.enterpriseId, enterpriseId))
    .orderBy(asc(topMatches.rank))
    .limit(limit);
}

/** How many enterprises of the parks hold each grade in their latest rating ('none': not rated). */
export async function gradeCounts(db: Executor, parks: ParkIds): Promise<{ grade: string; count: number }[]> {
  const latest = sql<string | null>`(SELECT r.grade FROM ${ratings} r WHERE r.enterprise_id = ${enterprises.organisationId} ORDER BY r.rated_at DESC LIMIT 1)`;
  const rows = await db
    .select({ grade: sql<string>`coalesce(${latest}, 'none')`, count: count() })
    .from(enterprises)
    .where(inParks(enterprises.parkId, parks))
    .groupBy(sql`1`);
  return rows.map((r) => ({ grade: r.grade, count: Number(r.count) }));
}

/** Jobs by status; failures only since `since`. */
export async function jobStatusCounts(db: Executor, failedSince: Date): Promise<{ queued: number; running: number; failed: number; succeeded: number }> {
  const [row] = await db
    .select({
      queued: sql<number>`count(*) filter (where ${jobs.status} = 'queued')`.mapWith(Number),
      running: sql<number>`count(*) filter (where ${jobs.status} = 'running')`.mapWith(Number),
      failed: sql<number>`count(*) filter (where ${jobs.status} = 'failed' and ${jobs.createdAt} >= ${failedSince})`.mapWith(Number),
      succeeded: sql<number>`count(*) filter (where ${jobs.status} = 'succeeded' and ${jobs.createdAt} >= ${failedSince})`.mapWith(Number),
    })
    .from(jobs);
  return row ?? { queued: 0, running: 0, failed: 0, succeeded: 0 };
}

/** Imports since an instant: how many, how many were refused, and the rows imported. */
export async function importCounts(db: Executor, since: Date): Promise<{ total: number; rejected: number; rowsImported: number; lastAt: Date | null }> {
  const [row] = await db
    .select({
      total: count(),
      rejected: sql<number>`count(*) filter (where ${imports.status} = 'rejected')`.mapWith(Number),
      rowsImported: sql<number>`coalesce(sum(${imports.imported}), 0)`.mapWith(Number),
    })
    .from(imports)
    .where(gte(imports.at, since));
  const [last] = await db.select({ at: imports.at }).from(imports).orderBy(desc(imports.at)).limit(1);
  return { total: Number(row?.total ?? 0), rejected: row?.rejected ?? 0, rowsImported: row?.rowsImported ?? 0, lastAt: last?.at ?? null };
}

/** The active model and how many models run in shadow or wait as drafts. */
export async function modelSummary(db: Executor) {
  const [active] = await db.select({ version: modelVersions.version, kind: modelVersions.kind, activatedAt: modelVersions.activatedAt }).from(modelVersions).where(eq(modelVersions.status, 'active'));
  const byStatus = await db.select({ status: modelVersions.status, n: count() }).from(modelVersions).groupBy(modelVersions.status);
  const n = (status: string) => Number(byStatus.find((s) => s.status === status)?.n ?? 0);
  const [rated] = await db.select({ n: sql<number>`count(distinct ${ratings.enterpriseId})`.mapWith(Number) }).from(ratings);
  return { active: active ?? null, shadow: n('shadow'), draft: n('draft'), ratedEnterprises: rated?.n ?? 0 };
}

/** Audit events in [from, to), all of them and the failed sign-ins. */
export async function auditCounts(db: Executor, from: Date, to: Date): Promise<{ events: number; failedLogins: number }> {
  const [row] = await db
    .select({ events: count(), failedLogins: sql<number>`count(*) filter (where ${auditEvents.action} = 'auth.login_failed')`.mapWith(Number) })
    .from(auditEvents)
    .where(and(gte(auditEvents.at, from), lt(auditEvents.at, to)));
  return { events: Number(row?.events ?? 0), failedLogins: row?.failedLogins ?? 0 };
}
