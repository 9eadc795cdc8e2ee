import { asc, desc, lte, sql } from 'drizzle-orm';
import { quotedRate, type LprFixing } from '../../domain/loans/lpr.ts';
import type { Executor } from '../client.ts';
import { lprFixings } from '../schema/index.ts';

export type LprFixingRow = typeof lprFixings.$inferSelect;
export type LprSource = 'built_in' | 'operator' | 'demo';

export interface LprFixingValues {
  month: string;
  date: string;
  oneYear: string;
  fiveYear: string;
}

export const asFixing = (r: LprFixingRow): LprFixing => ({ month: r.month, date: r.date, oneYear: quotedRate(r.oneYear), fiveYear: quotedRate(r.fiveYear) });

/** The fixing in force on a date: the latest published on or before it (the earliest held when none is). */
export async function findLprFixingInForce(db: Executor, date: string): Promise<LprFixing | null> {
  const [row] = await db.select().from(lprFixings).where(lte(lprFixings.date, date)).orderBy(desc(lprFixings.date)).limit(1);
  if (row) return asFixing(row);
  const [first] = await db.select().from(lprFixings).orderBy(asc(lprFixings.date)).limit(1);
  return first ? asFixing(first) : null;
}

export async function listLprFixings(db: Executor): Promise<LprFixingRow[]> {
  return db.select().from(lprFixings).orderBy(asc(lprFixings.month));
}

/** Fixings for months the table does not hold yet (the built-in history, the demo's months). */
export async function insertMissingLprFixings(db: Executor, rows: LprFixingValues[], source: LprSource, at: Date): Promise<number> {
  if (!rows.length) return 0;
  const written = await db
    .insert(lprFixings)
    .values(rows.map((r) => ({ ...r, source, loadedBy: null, loadedAt: at })))
    .onConflictDoNothing()
    .returning({ month: lprFixings.month });
  return written.length;
}

/** The operator's fixings: a month already held is replaced by the loaded one. */
export async function upsertLprFixings(db: Executor, rows: LprFixingValues[], loadedBy: string | null, at: Date): Promise<void> {
  if (!rows.length) return;
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  await db
    .insert(lprFixings)
    .values(rows.map((r) => ({ ...r, source: 'operator', loadedBy, loadedAt: at })))
    .onConflictDoUpdate({ target: lprFixings.month, set: { date: excluded('date'), oneYear: excluded('one_year'), fiveYear: excluded('five_year'), source: excluded('source'), loadedBy: excluded('loaded_by'), loadedAt: excluded('loaded_at') } });
}
