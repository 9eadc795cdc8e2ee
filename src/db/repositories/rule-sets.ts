import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { ruleSets } from '../schema/index.ts';

export type RuleSetRow = typeof ruleSets.$inferSelect;

export async function activeRuleSetRows(db: Executor): Promise<RuleSetRow[]> {
  return db.select().from(ruleSets).where(eq(ruleSets.status, 'active')).orderBy(asc(ruleSets.code), asc(ruleSets.effectiveFrom));
}

export async function findRuleSet(db: Executor, code: string, version: string): Promise<RuleSetRow | undefined> {
  const [row] = await db.select().from(ruleSets).where(and(eq(ruleSets.code, code), eq(ruleSets.version, version)));
  return row;
}

/** Inserts the version unless (code, version) is there already; true when this call did. */
export async function insertRuleSet(db: Executor, row: typeof ruleSets.$inferInsert): Promise<boolean> {
  const inserted = await db.insert(ruleSets).values(row).onConflictDoNothing({ target: [ruleSets.code, ruleSets.version] }).returning({ id: ruleSets.id });
  return inserted.length > 0;
}
