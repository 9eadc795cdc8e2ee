// What the park steers by: the pipeline from posted needs to money lent, and a league table of
// institutions by how fast and how often they answer (response time in working days, deadlines
// kept, approval and take-up rates).
import { and, count, eq, inArray, isNotNull, ne, sql, sum, type SQL } from 'drizzle-orm';
import { applications, loans, needs, needTakeUps, organisations, products, productParks } from '../../db/schema/index.ts';
import { administeredParks } from '../../domain/access/actor.ts';
import { authorize } from '../../domain/access/policy.ts';
import type { ServiceContext } from '../shared/context.ts';

/** The parks in view: the one asked for (authorised), or all the actor administers. */
function parksIn(ctx: ServiceContext, parkId: string | undefined): string[] | 'all' {
  authorize(ctx.actor, 'workflow.stats', parkId ? { parkId } : {});
  return parkId ? [parkId] : administeredParks(ctx.actor);
}

const within = (column: Parameters<typeof inArray>[0], parks: string[] | 'all'): SQL | undefined => (parks === 'all' ? undefined : parks.length ? inArray(column, parks) : sql`false`);
const fen = (v: string | null | undefined) => BigInt(v ?? 0);

export async function pipeline(ctx: ServiceContext, parkId?: string) {
  const parks = parksIn(ctx, parkId);
  const db = ctx.database.db;
  const submitted = and(within(applications.parkId, parks), ne(applications.state, 'draft'));
  const [[n], [a], [ok], [lent]] = await Promise.all([
    db.select({ count: count(), amount: sum(needs.amountFen) }).from(needs).where(within(needs.parkId, parks)),
    db.select({ count: count(), amount: sum(applications.amountFen) }).from(applications).where(submitted),
    db.select({ count: count(), amount: sum(applications.amountFen) }).from(applications).where(and(submitted, isNotNull(applications.decidedAt), sql`${applications.rejectionReason} is null`)),
    db.select({ count: count(), amount: sum(loans.amountFen) }).from(loans).where(within(loans.parkId, parks)),
  ]);
  return {
    needs: { count: n?.count ?? 0, amountFen: fen(n?.amount) },
    applications: { count: a?.count ?? 0, amountFen: fen(a?.amount) },
    approved: { count: ok?.count ?? 0, amountFen: fen(ok?.amount) },
    disbursed: { count: lent?.count ?? 0, amountFen: fen(lent?.amount) },
  };
}

export async function institutionLeague(ctx: ServiceContext, parkId?: string) {
  const parks = parksIn(ctx, parkId);
  const db = ctx.database.db;
  const decided = isNotNull(applications.decidedAt);
  const rows = await db
    .select({
      institutionId: applications.institutionId,
      name: organisations.name,
      received: count(),
      decided: sql<number>`count(*) filter (where ${decided})`.mapWith(Number),
      approved: sql<number>`count(*) filter (where ${decided} and ${applications.rejectionReason} is null)`.mapWith(Number),
      onTime: sql<number>`count(*) filter (where ${decided} and (${applications.decidedAt} at time zone 'UTC')::date <= ${applications.deadlineOn})`.mapWith(Number),
      missed: sql<number>`count(*) filter (where ${applications.deadlineMissedAt} is not null)`.mapWith(Number),
      median: sql<number | null>`percentile_cont(0.5) within group (order by ${applications.responseWorkingDays})`.mapWith((v) => (v === null ? null : Number(v))),
    })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.institutionId))
    .where(and(within(applications.parkId, parks), ne(applications.state, 'draft')))
    .groupBy(applications.institutionId, organisations.name);
  const takeUps = await takeUpRates(ctx, parks);
  const rate = (part: number, whole: number) => (whole ? part / whole : null);
  return rows
    .map((r) => ({
      institutionId: r.institutionId,
      name: r.name,
      received: r.received,
      decided: r.decided,
      approved: r.approved,
      approvalRate: rate(r.approved, r.decided),
      medianResponseWorkingDays: r.median,
      onTimeRate: rate(r.onTime, r.decided),
      missedDeadlines: r.missed,
      takeUpRate: takeUps.get(r.institutionId) ?? null,
    }))
    .sort((x, y) => (x.medianResponseWorkingDays ?? Infinity) - (y.medianResponseWorkingDays ?? Infinity) || y.received - x.received);
}

/** Needs taken up by each institution over the needs posted in the parks of a kind it offers there. */
async function takeUpRates(ctx: ServiceContext, parks: string[] | 'all'): Promise<Map<string, number>> {
  const db = ctx.database.db;
  const [offered, taken] = await Promise.all([
    db
      .select({ institutionId: products.institutionId, needs: sql<number>`count(distinct ${needs.id})`.mapWith(Number) })
      .from(products)
      .innerJoin(productParks, and(eq(productParks.productId, products.id), eq(productParks.status, 'approved')))
      .innerJoin(needs, and(eq(needs.parkId, productParks.parkId), eq(needs.kind, products.kind)))
      .where(within(needs.parkId, parks))
      .groupBy(products.institutionId),
    db
      .select({ institutionId: needTakeUps.institutionId, taken: sql<number>`count(distinct ${needTakeUps.needId})`.mapWith(Number) })
      .from(needTakeUps)
      .innerJoin(needs, eq(needs.id, needTakeUps.needId))
      .where(within(needs.parkId, parks))
      .groupBy(needTakeUps.institutionId),
  ]);
  const takenBy = new Map(taken.map((t) => [t.institutionId, t.taken]));
  return new Map(offered.filter((o) => o.needs > 0).map((o) => [o.institutionId, Math.min(1, (takenBy.get(o.institutionId) ?? 0) / o.needs)]));
}
