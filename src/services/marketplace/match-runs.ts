// The full match: every rated enterprise against every published product, keeping each
// enterprise's top N in top_matches. A job of the job system (kind match.full): started by the
// operator (one at a time across every server) or nightly at KEJIN_MATCH_NIGHTLY_AT in
// KEJIN_TIMEZONE, one run per night however many servers run. A run replaces the stored top
// matches and records its counts in one transaction, so readers see the old set or the new one;
// running it twice leaves the same rows (idempotent).
import type { Database } from '../../db/client.ts';
import { failInterruptedRuns, insertMatchRun, listMatchRuns, replaceTopMatches, updateMatchRun, type MatchRunRow, type TopMatchRow } from '../../db/repositories/matching.ts';
import { authorize } from '../../domain/access/policy.ts';
import type { FactTable } from '../../domain/marketplace/fact-table.ts';
import type { CompiledProduct } from '../../domain/marketplace/compile.ts';
import { topMatches, type TopMatches } from '../../domain/marketplace/match.ts';
import type { JobSystem } from '../jobs/job-system.ts';
import type { JobKind, JobRun } from '../jobs/types.ts';
import { mutate, type ServiceContext, todayOf } from '../shared/context.ts';
import type { Market } from './market.ts';
import type { JobKindName } from '../../../shared/operations.ts';

export type MatchTrigger = 'nightly' | 'on_demand';
export const MATCH_JOB: JobKindName = 'match.full';

/** The rows of top_matches for a run, made one at a time (a million enterprises × N never sit in memory as objects). */
export function* topMatchRows(top: TopMatches, table: FactTable, parkIds: readonly string[], products: readonly CompiledProduct[], runId: string): Generator<TopMatchRow> {
  const n = top.perEnterprise;
  for (let row = 0; row < table.size; row++) {
    for (let k = 0; k < n; k++) {
      const index = top.products[row * n + k]!;
      if (index < 0) break;
      yield {
        enterpriseId: table.enterpriseIds[row]!,
        rank: k + 1,
        parkId: parkIds[row]!,
        productId: products[index]!.product.id,
        score: top.scores[row * n + k]!,
        runId,
        eligibleProducts: top.eligibleCount[row]!,
      };
    }
  }
}

export class MatchRuns {
  constructor(
    private readonly market: Market,
    private readonly jobs: JobSystem,
  ) {
    jobs.define(this.jobKind());
  }

  /** Starts a full match in the background; 409 while one is queued or running. */
  async start(ctx: ServiceContext, trigger: MatchTrigger = 'on_demand'): Promise<{ id: string; status: 'running' }> {
    authorize(ctx.actor, 'match.run');
    const job = await this.jobs.enqueue(ctx, MATCH_JOB, {
      key: 'full',
      params: { trigger },
      alsoWrite: (tx, j) => insertMatchRun(tx, { id: j.id, trigger, triggeredBy: ctx.actor.userId, status: 'running', startedAt: ctx.now() }),
      audit: (j) => ({ action: 'match.run_start', targetType: 'match_run', targetId: j.id, details: { trigger } }),
    });
    return { id: job.id, status: 'running' };
  }

  async list(ctx: ServiceContext): Promise<MatchRunRow[]> {
    authorize(ctx.actor, 'match.run');
    return listMatchRuns(ctx.database.db, 20);
  }

  /** Resolves once no run is queued or running. */
  async idle(): Promise<void> {
    await this.jobs.idle(MATCH_JOB);
  }

  /**
   * Runs the full match every day at HH:MM in the business time zone (null: never). On one
   * process (PGlite), runs left "running" by a stopped process are marked failed first.
   */
  async scheduleNightly(database: Database, now: () => Date, at: string | null): Promise<void> {
    if (this.jobs.provider.singleProcess) await failInterruptedRuns(database.db, now());
    await this.jobs.schedule(MATCH_JOB, at ? { dailyAt: at } : null);
  }

  private jobKind(): JobKind {
    return { kind: MATCH_JOB, run: (run) => this.run(run) };
  }

  private async run({ job, ctx }: JobRun): Promise<Record<string, unknown>> {
    const started = performance.now();
    const seconds = () => Math.round((performance.now() - started) / 10) / 100;
    const id = job.id;
    if (job.trigger === 'schedule') {
      await mutate(ctx, async (tx) => {
        await insertMatchRun(tx, { id, trigger: 'nightly', triggeredBy: null, status: 'running', startedAt: ctx.now() });
        return { result: null, audit: { action: 'match.run_start', targetType: 'match_run', targetId: id, details: { trigger: 'nightly' } } };
      });
    }
    try {
      const db = ctx.database.db;
      const { products } = await this.market.products(db, todayOf(ctx));
      const { table, parkIds } = await this.market.facts.get(db);
      const top = topMatches(products, table, this.market.context(), this.market.settings.topN);
      const eligiblePairs = top.eligibleCount.reduce((s, n) => s + n, 0);
      await db.transaction(async (tx) => {
        await replaceTopMatches(tx, topMatchRows(top, table, parkIds, products, id));
        await updateMatchRun(tx, id, { status: 'done', enterprises: table.size, products: products.length, eligiblePairs: BigInt(eligiblePairs), seconds: seconds(), finishedAt: ctx.now() });
      });
      return { enterprises: table.size, products: products.length, eligiblePairs };
    } catch (err) {
      await updateMatchRun(ctx.database.db, id, { status: 'failed', error: err instanceof Error ? err.message : String(err), seconds: seconds(), finishedAt: ctx.now() }).catch(() => {});
      throw err;
    }
  }
}
