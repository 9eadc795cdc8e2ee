// What the park steers by: the pipeline from posted needs to money lent, and a league table of
// institutions by how fast and how often they answer (response time in working days, deadlines
// kept, approval and take-up rates).
import type { Executor } from '../../db/client.ts';
import { countInstitutionResponses, countNeedsOffered, countNeedsTakenUp, sumPipelineStages, type ParkIds } from '../../db/repositories/pipeline.ts';
import { administeredParks } from '../../domain/access/actor.ts';
import { authorize } from '../../domain/access/policy.ts';
import type { ServiceContext } from '../shared/context.ts';

/** The parks in view: the one asked for (authorised), or all the actor administers. */
function parksIn(ctx: ServiceContext, parkId: string | undefined): ParkIds {
  authorize(ctx.actor, 'workflow.stats', parkId ? { parkId } : {});
  return parkId ? [parkId] : administeredParks(ctx.actor);
}

export async function pipeline(ctx: ServiceContext, parkId?: string) {
  const parks = parksIn(ctx, parkId);
  return sumPipelineStages(ctx.database.db, parks);
}

export async function institutionLeague(ctx: ServiceContext, parkId?: string) {
  const parks = parksIn(ctx, parkId);
  const db = ctx.database.db;
  const rows = await countInstitutionResponses(db, parks, ctx.timezone);
  const takeUps = await takeUpRates(db, parks);
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
async function takeUpRates(db: Executor, parks: ParkIds): Promise<Map<string, number>> {
  const [offered, taken] = await Promise.all([countNeedsOffered(db, parks), countNeedsTakenUp(db, parks)]);
  const takenBy = new Map(taken.map((t) => [t.institutionId, t.taken]));
  return new Map(offered.filter((o) => o.needs > 0).map((o) => [o.institutionId, Math.min(1, (takenBy.get(o.institutionId) ?? 0) / o.needs)]));
}
