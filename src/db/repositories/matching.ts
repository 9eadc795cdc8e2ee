// Matching's reads and writes: when an enterprise's facts were taken, which enterprises granted an
// institution access, names for a page of results, and the full runs with their stored top matches.
import { and, desc, eq, gte, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { lockUntilCommit } from './locks.ts';
import { grants, matchRuns, organisations, topMatches } from '../schema/index.ts';

export type MatchRunRow = typeof matchRuns.$inferSelect;
export type TopMatchRow = typeof topMatches.$inferInsert;

/** Of these enterprises, those holding an unrevoked, unexpired grant (any categories) to one of the institutions. */
export async function grantingEnterprises(db: Executor, institutionIds: readonly string[], enterpriseIds: string[], today: string): Promise<Set<string>> {
  if (!institutionIds.length || !enterpriseIds.length) return new Set();
  const rows = await db
    .selectDistinct({ enterpriseId: grants.enterpriseId })
    .from(grants)
    .where(and(inArray(grants.institutionId, [...institutionIds]), inArray(grants.enterpriseId, enterpriseIds), isNull(grants.revokedAt), gte(grants.expiresOn, today)));
  return new Set(rows.map((r) => r.enterpriseId));
}

export async function organisationNames(db: Executor, ids: string[]): Promise<Map<string, { name: string; nameEn: string | null }>> {
  if (!ids.length) return new Map();
  const rows = await db.select({ id: organisations.id, name: organisations.name, nameEn: organisations.nameEn }).from(organisations).where(inArray(organisations.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, { name: r.name, nameEn: r.nameEn }]));
}

/** Inserts a run's row unless it is there already (a job delivered again). */
export async function insertMatchRun(db: Executor, row: typeof matchRuns.$inferInsert): Promise<void> {
  await db.insert(matchRuns).values(row).onConflictDoNothing({ target: matchRuns.id });
}

export async function updateMatchRun(db: Executor, id: string, changes: Partial<typeof matchRuns.$inferInsert>): Promise<void> {
  await db.update(matchRuns).set(changes).where(eq(matchRuns.id, id));
}

export async function listMatchRuns(db: Executor, limit: number): Promise<MatchRunRow[]> {
  return db.select().from(matchRuns).orderBy(desc(matchRuns.startedAt), desc(matchRuns.id)).limit(limit);
}

/** Runs left "running" by a process that stopped: marked failed. */
export async function failInterruptedRuns(db: Executor, at: Date): Promise<number> {
  const rows = await db
    .update(matchRuns)
    .set({ status: 'failed', error: 'interrupted: the server stopped during the run', finishedAt: at })
    .where(eq(matchRuns.status, 'running'))
    .returning({ id: matchRuns.id });
  return rows.length;
}

export const TOP_MATCH_BATCH = 1000;

/**
 * Replaces every stored top match with the rows the generator yields, in statements of ≤ 1000 rows.
 * Runs in the caller's transaction; two runs at once (two servers) take turns, so the second
 * deletes what the first wrote instead of colliding with it.
 */
export async function replaceTopMatches(db: Executor, rows: Iterable<TopMatchRow>): Promise<number> {
  await lockUntilCommit(db, 'topMatches', 'all');
  await db.delete(topMatches);
  let batch: TopMatchRow[] = [];
  let written = 0;
  for (const row of rows) {
    batch.push(row);
    if (batch.length === TOP_MATCH_BATCH) {
      await db.insert(topMatches).values(batch);
      written += batch.length;
      batch = [];
    }
  }
  if (batch.length) await db.insert(topMatches).values(batch);
  return written + batch.length;
}

