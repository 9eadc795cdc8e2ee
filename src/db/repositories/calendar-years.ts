// The working-day calendar years the operator has loaded (each replaces the package's year).
import { count, desc, max } from 'drizzle-orm';
import type { Executor, Tx } from '../client.ts';
import { calendarYears } from '../schema/index.ts';

export type CalendarYearRow = typeof calendarYears.$inferSelect;
export type NewCalendarYear = typeof calendarYears.$inferInsert;

/** The loaded years, the latest first. */
export async function listCalendarYears(db: Executor): Promise<CalendarYearRow[]> {
  return db.select().from(calendarYears).orderBy(desc(calendarYears.year));
}

/** How many years are loaded and when the last was: changes when any year is loaded or replaced. */
export async function readCalendarYearsStamp(db: Executor): Promise<{ n: number; at: Date | null } | undefined> {
  const [stamp] = await db.select({ n: count(), at: max(calendarYears.loadedAt) }).from(calendarYears);
  return stamp;
}

/** Loads a year, replacing the one already loaded for it. */
export async function upsertCalendarYear(tx: Tx, row: NewCalendarYear): Promise<void> {
  await tx.insert(calendarYears).values(row).onConflictDoUpdate({ target: calendarYears.year, set: { holidays: row.holidays, workdays: row.workdays, loadedBy: row.loadedBy, loadedAt: row.loadedAt } });
}

