// The facts the matching engine reads, kept in match_facts alongside each rating, and a cached
// column table of all of them (rebuilt when any enterprise's facts change).
import { count, eq, inArray, max, sql } from 'drizzle-orm';
import type { Executor, KejinDb } from '../../db/client.ts';
import { matchFacts } from '../../db/schema/index.ts';
import { CATEGORY_FACTS, NUMERIC_FACTS, NUMERIC_INDEX, type EnterpriseFacts } from '../../domain/marketplace/facts.ts';
import { factTable, type FactTable } from '../../domain/marketplace/fact-table.ts';

export type MatchFactsRow = typeof matchFacts.$inferInsert;

const BATCH = 1000;

export async function upsertMatchFacts(db: Executor, rows: MatchFactsRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await db
      .insert(matchFacts)
      .values(rows.slice(i, i + BATCH))
      .onConflictDoUpdate({
        target: matchFacts.enterpriseId,
        set: {
          parkId: sql`excluded.park_id`,
          numbers: sql`excluded.numbers`,
          parkCode: sql`excluded.park_code`,
          stage: sql`excluded.stage`,
          industryCode: sql`excluded.industry_code`,
          regionCode: sql`excluded.region_code`,
          updatedAt: sql`excluded.updated_at`,
        },
      });
  }
}

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

function toFacts(row: typeof matchFacts.$inferSelect): EnterpriseFacts {
  const numbers = new Float64Array(NUMERIC_FACTS.length).fill(NaN);
  for (const [key, value] of Object.entries(row.numbers as Record<string, number>)) {
    const i = NUMERIC_INDEX.get(key);
    if (i !== undefined && typeof value === 'number') numbers[i] = value;
  }
  const categories = CATEGORY_FACTS.map((f) => ({ park: row.parkCode, stage: row.stage, industry: row.industryCode, region: row.regionCode })[f.key as 'park'] ?? '');
  return { enterpriseId: row.enterpriseId, numbers, categories };
}

export async function loadFacts(db: Executor, enterpriseIds: string[]): Promise<Map<string, EnterpriseFacts>> {
  if (!enterpriseIds.length) return new Map();
  const rows = await db.select().from(matchFacts).where(inArray(matchFacts.enterpriseId, enterpriseIds));
  return new Map(rows.map((r) => [r.enterpriseId, toFacts(r)]));
}

/** One enterprise's facts with when they were written (its latest rating); undefined if never rated. */
export async function loadRatedFacts(db: Executor, enterpriseId: string): Promise<{ facts: EnterpriseFacts; ratedAt: Date } | undefined> {
  const [row] = await db.select().from(matchFacts).where(eq(matchFacts.enterpriseId, enterpriseId));
  return row ? { facts: toFacts(row), ratedAt: row.updatedAt } : undefined;
}

/** All enterprises' facts as columns, reloaded only when match_facts has changed. */
export class FactTableCache {
  private key = '';
  private table: FactTable | null = null;
  private parkIds: string[] = [];
  private loading: Promise<void> | null = null;

  async get(db: KejinDb): Promise<{ table: FactTable; parkIds: string[] }> {
    const [state] = await db.select({ n: count(), at: max(matchFacts.updatedAt) }).from(matchFacts);
    const key = `${state?.n ?? 0}:${state?.at?.getTime() ?? 0}`;
    if (key !== this.key || !this.table) {
      // One reload at a time; concurrent callers wait for it.
      this.loading ??= this.reload(db, key).finally(() => (this.loading = null));
      await this.loading;
    }
    return { table: this.table!, parkIds: this.parkIds };
  }

  private async reload(db: KejinDb, key: string): Promise<void> {
    const rows = await db.select().from(matchFacts).orderBy(matchFacts.enterpriseId);
    this.table = factTable(rows.map(toFacts));
    this.parkIds = rows.map((r) => r.parkId);
    this.key = key;
  }
}
