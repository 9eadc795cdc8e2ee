// The park's steering figures: the pipeline from needs to loans, institutions' response and
// take-up counts. Every query is limited to a list of parks, or to none ('all').
import { and, count, eq, inArray, isNotNull, ne, sql, sum, type Column, type SQL } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { applications, loans, needs, needTakeUps, organisations, products, productParks } from '../schema/index.ts';

export type ParkIds = string[] | 'all';

export interface StageTotal {
  count: number;
  amountFen: bigint;
}

export interface InstitutionResponseCounts {
  institutionId: string;
  name: string;
  received: number;
  decided: number;
  approved: number;
  onTime: number;
  missed: number;
  /** Median response in working days, null when nothing was decided. */
  median: number | null;
}

const within = (column: Column, parks: ParkIds): SQL | undefined => (parks === 'all' ? undefined : parks.length ? inArray(column, parks) : sql`false`);
const total = (row: { count: number; amount: string | null } | undefined): StageTotal => ({ count: row?.count ?? 0, amountFen: BigInt(row?.amount ?? 0) });

/** Needs posted and those some institution took up; applications submitted, approved, and loans made: how many and how much at each. */
export async function sumPipelineStages(db: Executor, parks: ParkIds): Promise<{ needs: StageTotal; needsTakenUp: StageTotal; applications: StageTotal; approved: StageTotal; disbursed: StageTotal }> {
  const submitted = and(within(applications.parkId, parks), ne(applications.state, 'draft'));
  const takenUp = sql`exists (select 1 from ${needTakeUps} where ${needTakeUps.needId} = ${needs.id})`;
  const [[n], [taken], [a], [ok], [lent]] = await Promise.all([
    db.select({ count: count(), amount: sum(needs.amountFen) }).from(needs).where(within(needs.parkId, parks)),
    db.select({ count: count(), amount: sum(needs.amountFen) }).from(needs).where(and(within(needs.parkId, parks), takenUp)),
    db.select({ count: count(), amount: sum(applications.amountFen) }).from(applications).where(submitted),
    db.select({ count: count(), amount: sum(applications.amountFen) }).from(applications).where(and(submitted, isNotNull(applications.decidedAt), sql`${applications.rejectionReason} is null`)),
    db.select({ count: count(), amount: sum(loans.amountFen) }).from(loans).where(within(loans.parkId, parks)),
  ]);
  return { needs: total(n), needsTakenUp: total(taken), applications: total(a), approved: total(ok), disbursed: total(lent) };
}

/** Per institution, its submitted applications: received, decided, approved, decided by the deadline, deadlines missed, median response. */
/** Each institution's responses; a decision is on time when its business date (in `timezone`) is no later than the deadline. */
export async function countInstitutionResponses(db: Executor, parks: ParkIds, timezone: string): Promise<InstitutionResponseCounts[]> {
  const decided = isNotNull(applications.decidedAt);
  return db
    .select({
      institutionId: applications.institutionId,
      name: organisations.name,
      received: count(),
      decided: sql<number>`count(*) filter (where ${decided})`.mapWith(Number),
      approved: sql<number>`count(*) filter (where ${decided} and ${applications.rejectionReason} is null)`.mapWith(Number),
      onTime: sql<number>`count(*) filter (where ${decided} and (${applications.decidedAt} at time zone ${timezone})::date <= ${applications.deadlineOn})`.mapWith(Number),
      missed: sql<number>`count(*) filter (where ${applications.deadlineMissedAt} is not null)`.mapWith(Number),
      median: sql<number | null>`percentile_cont(0.5) within group (order by ${applications.responseWorkingDays})`.mapWith((v) => (v === null ? null : Number(v))),
    })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.institutionId))
    .where(and(within(applications.parkId, parks), ne(applications.state, 'draft')))
    .groupBy(applications.institutionId, organisations.name);
}

/** Per institution, the distinct needs posted in the parks where it has an approved product of the need's kind. */
export async function countNeedsOffered(db: Executor, parks: ParkIds): Promise<{ institutionId: string; needs: number }[]> {
  return db
    .select({ institutionId: products.institutionId, needs: sql<number>`count(distinct ${needs.id})`.mapWith(Number) })
    .from(products)
    .innerJoin(productParks, and(eq(productParks.productId, products.id), eq(productParks.status, 'approved')))
    .innerJoin(needs, and(eq(needs.parkId, productParks.parkId), eq(needs.kind, products.kind)))
    .where(within(needs.parkId, parks))
    .groupBy(products.institutionId);
}

/** Per institution, the distinct needs in the parks it took up. */
export async function countNeedsTakenUp(db: Executor, parks: ParkIds): Promise<{ institutionId: string; taken: number }[]> {
  return db
    .select({ institutionId: needTakeUps.institutionId, taken: sql<number>`count(distinct ${needTakeUps.needId})`.mapWith(Number) })
    .from(needTakeUps)
    .innerJoin(needs, eq(needs.id, needTakeUps.needId))
    .where(within(needs.parkId, parks))
    .groupBy(needTakeUps.institutionId);
}
