// The full match: every rated enterprise against every published product, keeping each
// enterprise's top N in top_matches. One run at a time per process, in the background; started by
// the operator or nightly at KEJIN_MATCH_NIGHTLY_AT (in KEJIN_TIMEZONE, whatever the server's TZ). A run replaces the stored top
// matches and records its counts in one transaction, so readers see the old set or the new one.
import type { Database } from '../../db/client.ts';
import { failInterruptedRuns, insertMatchRun, listMatchRuns, replaceTopMatches, updateMatchRun, type MatchRunRow, type TopMatchRow } from '../../db/repositories/matching.ts';
import { authorize } from '../../domain/access/policy.ts';
import type { FactTable } from '../../domain/marketplace/fact-table.ts';
import type { CompiledProduct } from '../../domain/marketplace/compile.ts';
import { topMatches, type TopMatches } from '../../domain/marketplace/match.ts';
import { nextTimeOfDay } from '../../domain/shared/business-time.ts';
import { conflict } from '../../domain/shared/errors.ts';
import { mutate, systemContext, type ServiceContext, todayOf } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import type { Market } from './market.ts';

export type MatchTrigger = 'nightly' | 'on_demand';

/** Milliseconds from `now` to the next HH:MM in `timezone` (tomorrow's if today's has passed). */
export const msUntilLocalTime = (hhmm: string, now: Date, timezone: string): number => nextTimeOfDay(now, hhmm, timezone).getTime() - now.getTime();

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
  private current: { id: string; done: Promise<void> } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly market: Market) {}

  /** Starts a full match in the background; 409 while one runs. */
  async start(ctx: ServiceContext, trigger: MatchTrigger = 'on_demand'): Promise<{ id: string; status: 'running' }> {
    authorize(ctx.actor, 'match.run');
    if (this.current) throw conflict('A full match is already running');
    const id = newId(ctx.now().getTime());
    let finish!: () => void;
    this.current = { id, done: new Promise<void>((resolve) => (finish = resolve)) };
    try {
      await mutate(ctx, async (tx) => {
        await insertMatchRun(tx, { id, trigger, triggeredBy: ctx.actor.userId, status: 'running', startedAt: ctx.now() });
        return { result: null, audit: { action: 'match.run_start', targetType: 'match_run', targetId: id, details: { trigger } } };
      });
    } catch (err) {
      this.current = null;
      finish();
      throw err;
    }
    void this.run(ctx.database, id, ctx.now, ctx.timezone).finally(() => {
      this.current = null;
      finish();
    });
    return { id, status: 'running' };
  }

  async list(ctx: ServiceContext): Promise<MatchRunRow[]> {
    authorize(ctx.actor, 'match.run');
    return listMatchRuns(ctx.database.db, 20);
  }

  /** Resolves once no run is in progress. */
  async idle(): Promise<void> {
    await this.current?.done;
  }

  private async run(database: Database, id: string, now: () => Date, timezone: string): Promise<void> {
    const started = performance.now();
    const seconds = () => Math.round((performance.now() - started) / 10) / 100;
    try {
      const db = database.db;
      const { products } = await this.market.products(db, todayOf({ now, timezone }));
      const { table, parkIds } = await this.market.facts.get(db);
      const top = topMatches(products, table, this.market.context(), this.market.settings.topN);
      const eligiblePairs = top.eligibleCount.reduce((s, n) => s + n, 0);
      await db.transaction(async (tx) => {
        await replaceTopMatches(tx, topMatchRows(top, table, parkIds, products, id));
        await updateMatchRun(tx, id, { status: 'done', enterprises: table.size, products: products.length, eligiblePairs: BigInt(eligiblePairs), seconds: seconds(), finishedAt: now() });
      });
    } catch (err) {
      await updateMatchRun(database.db, id, { status: 'failed', error: err instanceof Error ? err.message : String(err), seconds: seconds(), finishedAt: now() }).catch(() => {});
    }
  }

  /**
   * Runs the full match every day at HH:MM in `deps.timezone` (null: never). Runs left "running" by a stopped
   * process are marked failed first. The timer does not keep the process alive.
   */
  async scheduleNightly(deps: { database: Database; now: () => Date; timezone: string; log?: (message: string) => void }, at: string | null): Promise<void> {
    this.stop();
    await failInterruptedRuns(deps.database.db, deps.now());
    if (!at) return;
    // After a run fires, the next is looked for from a minute on, so an early tick cannot fire twice.
    const arm = (from = 0) => {
      const delay = from + msUntilLocalTime(at, new Date(deps.now().getTime() + from), deps.timezone);
      this.timer = setTimeout(() => {
        const ctx = systemContext(deps);
        this.start(ctx, 'nightly').then(
          (run) => deps.log?.(`Nightly full match ${run.id} started`),
          (err: unknown) => deps.log?.(`Nightly full match not started: ${err instanceof Error ? err.message : String(err)}`),
        );
        arm(60_000);
      }, delay);
      this.timer.unref();
    };
    arm();
  }

  /** Stops the nightly timer (a run in progress finishes; wait with idle()). */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
