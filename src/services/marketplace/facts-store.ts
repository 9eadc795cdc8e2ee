// The facts the matching engine reads, kept in match_facts alongside each rating, and a cached
// column table of all of them (rebuilt when any enterprise's facts change).
import type { Executor, KejinDb } from '../../db/client.ts';
import { allMatchFacts, findMatchFacts, matchFactsOf, matchFactsStamp, type MatchFactsRow, type StoredMatchFacts } from '../../db/repositories/match-facts.ts';
import { CATEGORY_FACTS, NUMERIC_FACTS, NUMERIC_INDEX, type EnterpriseFacts } from '../../domain/marketplace/facts.ts';
import { factTable, type FactTable } from '../../domain/marketplace/fact-table.ts';

/** The stored row for an enterprise's facts (numbers keyed by fact). */
export function matchFactsRow(parkId: string, facts: EnterpriseFacts, updatedAt: Date): MatchFactsRow {
  const numbers: Record<string, number> = {};
  NUMERIC_FACTS.forEach((f, i) => {
    const v = facts.numbers[i]!;
    if (!Number.isNaN(v)) numbers[f.key] = v;
  });
  const [parkCode, stage, industryCode, regionCode] = facts.categories as [string, string, string, string];
  return { enterpriseId: facts.enterpriseId, parkId, numbers, parkCode, stage, industryCode, regionCode, updatedAt };
}

function toFacts(row: StoredMatchFacts): EnterpriseFacts {
  const numbers = new Float64Array(NUMERIC_FACTS.length).fill(NaN);
  for (const [key, value] of Object.entries(row.numbers as Record<string, number>)) {
    const i = NUMERIC_INDEX.get(key);
    if (i !== undefined && typeof value === 'number') numbers[i] = value;
  }
  const categories = CATEGORY_FACTS.map((f) => ({ park: row.parkCode, stage: row.stage, industry: row.industryCode, region: row.regionCode })[f.key as 'park'] ?? '');
  return { enterpriseId: row.enterpriseId, numbers, categories };
}

export async function loadFacts(db: Executor, enterpriseIds: string[]): Promise<Map<string, EnterpriseFacts>> {
  const rows = await matchFactsOf(db, enterpriseIds);
  return new Map(rows.map((r) => [r.enterpriseId, toFacts(r)]));
}

/** One enterprise's facts with when they were written (its latest rating); undefined if never rated. */
export async function loadRatedFacts(db: Executor, enterpriseId: string): Promise<{ facts: EnterpriseFacts; ratedAt: Date } | undefined> {
  const row = await findMatchFacts(db, enterpriseId);
  return row ? { facts: toFacts(row), ratedAt: row.updatedAt } : undefined;
}

/** All enterprises' facts as columns, reloaded only when match_facts has changed. */
export class FactTableCache {
  private key = '';
  private table: FactTable | null = null;
  private parkIds: string[] = [];
  private loading: Promise<void> | null = null;

  async get(db: KejinDb): Promise<{ table: FactTable; parkIds: string[] }> {
    const key = await matchFactsStamp(db);
    if (key !== this.key || !this.table) {
      // One reload at a time; concurrent callers wait for it.
      this.loading ??= this.reload(db, key).finally(() => (this.loading = null));
      await this.loading;
    }
    return { table: this.table!, parkIds: this.parkIds };
  }

  private async reload(db: KejinDb, key: string): Promise<void> {
    const rows = await allMatchFacts(db);
    this.table = factTable(rows.map(toFacts));
    this.parkIds = rows.map((r) => r.parkId);
    this.key = key;
  }
}
