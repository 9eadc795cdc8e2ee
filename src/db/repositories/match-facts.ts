// match_facts: each enterprise's facts as the matching engine reads them, written with every rating.
import { asc, count, eq, inArray, max, sql } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { matchFacts } from '../schema/index.ts';

export type MatchFactsRow = typeof matchFacts.$inferInsert;
export type StoredMatchFacts = typeof matchFacts.$inferSelect;

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

export async function matchFactsOf(db: Executor, enterpriseIds: string[]): Promise<StoredMatchFacts[]> {
  if (!enterpriseIds.length) return [];
  return db.select().from(matchFacts).where(inArray(matchFacts.enterpriseId, enterpriseIds));
}

export async function findMatchFacts(db: Executor, enterpriseId: string): Promise<StoredMatchFacts | undefined> {
  const [row] = await db.select().from(matchFacts).where(eq(matchFacts.enterpriseId, enterpriseId));
  return row;
}

/** What changes when any enterprise's facts change: how many rows, and the latest write. */
export async function matchFactsStamp(db: Executor): Promise<string> {
  const [state] = await db.select({ n: count(), at: max(matchFacts.updatedAt) }).from(matchFacts);
  return `${state?.n ?? 0}:${state?.at?.getTime() ?? 0}`;
}

/** Every enterprise's facts, by enterprise id. */
export async function allMatchFacts(db: Executor): Promise<StoredMatchFacts[]> {
  return db.select().from(matchFacts).orderBy(asc(matchFacts.enterpriseId));
}
