// The working-day calendar the platform counts deadlines with: the chinese-days package's years,
// overridden by the years the operator has loaded (the State Council publishes the next year's
// calendar in November, often before the package is updated).
import { invalidFields, problem } from '../../domain/shared/errors.ts';
import type { Executor } from '../../db/client.ts';
import { listCalendarYears, readCalendarYearsStamp, upsertCalendarYear } from '../../db/repositories/calendar-years.ts';
import { authorize, mayAttempt, refusalOf } from '../../domain/access/policy.ts';
import { workingCalendar, type CalendarDay, type CalendarYear, type WorkingCalendar } from '../../domain/calendar/calendar.ts';
import { parseOperatorCalendar, type OperatorCalendarFormat } from '../../domain/calendar/operator-calendar.ts';
import { packageCalendarYears } from '../../domain/calendar/package-data.ts';
import { mutate, type ServiceContext, todayOf } from '../shared/context.ts';

let packageYears: CalendarYear[] | null = null;

async function operatorYears(db: Executor): Promise<CalendarYear[]> {
  const rows = await listCalendarYears(db);
  return rows.map((r) => ({ year: r.year, holidays: r.holidays as CalendarDay[], workdays: r.workdays as CalendarDay[], source: 'operator' as const }));
}

/** How long a calendar is used before asking whether the operator's years changed (in another process). */
const RECHECK_MS = 30_000;

/**
 * The calendar, rebuilt only when the operator's years change. Deadlines are read on every
 * application request, so the change is looked for at most every 30 s (a year loaded through this
 * store is seen at once).
 */
export class CalendarStore {
  private key = '';
  private calendar: WorkingCalendar | null = null;
  private checkedAt = 0;

  constructor(private readonly clock: () => number = Date.now) {}

  /** Forget the calendar: the next `get` rebuilds it. */
  invalidate(): void {
    this.calendar = null;
  }

  async get(db: Executor): Promise<WorkingCalendar> {
    if (this.calendar && this.clock() - this.checkedAt < RECHECK_MS) return this.calendar;
    this.checkedAt = this.clock();
    const stamp = await readCalendarYearsStamp(db);
    const key = `${stamp?.n ?? 0}/${stamp?.at?.toISOString() ?? ''}`;
    if (!this.calendar || key !== this.key) {
      packageYears ??= packageCalendarYears();
      this.calendar = workingCalendar([...packageYears, ...(await operatorYears(db))]);
      this.key = key;
    }
    return this.calendar;
  }
}

/** The years the calendar holds, where each came from, and the years ahead it cannot count yet. */
export async function calendarYearsView(ctx: ServiceContext, store: CalendarStore) {
  const decision = mayAttempt(ctx.actor, 'application.read');
  if (!decision.allowed) throw refusalOf(decision);
  const calendar = await store.get(ctx.database.db);
  packageYears ??= packageCalendarYears();
  const operator = new Map((await operatorYears(ctx.database.db)).map((y) => [y.year, y]));
  const years = calendar.coveredYears().map((year) => {
    const entry = operator.get(year) ?? packageYears!.find((y) => y.year === year)!;
    return { year, source: calendar.sourceOf(year)!, holidays: entry.holidays.length, workdays: entry.workdays.length };
  });
  const thisYear = Number(todayOf(ctx).slice(0, 4));
  return { years, uncoveredAhead: [thisYear, thisYear + 1].filter((y) => !calendar.coveredYears().includes(y)) };
}

/** The operator loads a year published by the State Council; it replaces the package's year. */
export async function loadCalendarYear(ctx: ServiceContext, year: number, format: OperatorCalendarFormat, content: string, store?: CalendarStore) {
  authorize(ctx.actor, 'calendar.manage');
  const parsed = parseOperatorCalendar(content, format);
  if (parsed.year !== year) throw invalidFields([problem('year', 'calendar.year_mismatch', { fileYear: parsed.year, year })]);
  const loaded = await mutate(ctx, async (tx) => {
    const row = { year, holidays: parsed.holidays, workdays: parsed.workdays, loadedBy: ctx.actor.userId, loadedAt: ctx.now() };
    await upsertCalendarYear(tx, row);
    return { result: { year, source: 'operator' as const, holidays: parsed.holidays.length, workdays: parsed.workdays.length }, audit: { action: 'calendar.load', targetType: 'calendar_year', targetId: String(year), details: { holidays: parsed.holidays.length, workdays: parsed.workdays.length } } };
  });
  store?.invalidate(); // after the commit, so nobody caches the year before it
  return loaded;
}
