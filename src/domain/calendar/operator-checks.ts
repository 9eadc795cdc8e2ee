// Checks shared by both operator formats. Each listed day remembers where it came from, so every
// problem names its field ('holidays[2].date' in JSON, 'line 5.kind' in CSV) and all are reported
// at once: an operator fixes the whole file in one pass rather than one error per upload.
import { problem, type ArgsOf, type ErrorCode, type FieldProblem } from '../shared/errors.ts';
import type { CalendarDay, CalendarYear } from './calendar.ts';
import { dayNumberOf, isWeekend } from './days.ts';

export type DayKind = 'holiday' | 'workday';

/** One day as read from the file, before any check; `at` prefixes its field paths. */
export interface ListedDay {
  kind: DayKind;
  date: unknown;
  name: unknown;
  at: string;
}

export class Problems {
  readonly list: FieldProblem[] = [];
  add<C extends ErrorCode>(field: string, code: C, ...args: ArgsOf<C>): void {
    this.list.push(problem(field, code, ...args));
  }
}

/** Operators load the coming year; the bounds catch a mistyped year (2207) rather than limit use. */
export const YEARS = { min: 2000, max: 2099 };
const MAX_NAME = 50;

export const isCalendarYear = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= YEARS.min && (value as number) <= YEARS.max;

/** The date when it is a real date; problems about its year and weekday are added on the way. */
function checkDate(problems: Problems, year: number | null, day: ListedDay): string | null {
  const field = `${day.at}.date`;
  const dayNumber = dayNumberOf(day.date);
  if (dayNumber === null) {
    problems.add(field, 'calendar.date_invalid', { value: JSON.stringify(day.date ?? null) });
    return null;
  }
  const date = day.date as string;
  if (year !== null && Number(date.slice(0, 4)) !== year) problems.add(field, 'calendar.date_not_in_year', { date, year });
  if (day.kind === 'workday' && !isWeekend(dayNumber)) problems.add(field, 'calendar.workday_not_weekend', { date });
  return date;
}

function checkName(problems: Problems, day: ListedDay): string | null {
  const name = typeof day.name === 'string' ? day.name.trim() : '';
  if (name === '' || name.length > MAX_NAME) {
    problems.add(`${day.at}.name`, 'calendar.name_invalid', { max: MAX_NAME });
    return null;
  }
  return name;
}

const byDate = (a: CalendarDay, b: CalendarDay) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * The listed days as a CalendarYear. `year` is null when the file gave none usable (dates are
 * then checked on their own); `holidaysField` is where a missing holiday list is reported.
 */
export function checkDays(problems: Problems, year: number | null, days: ListedDay[], holidaysField: string): CalendarYear {
  const seen = new Map<string, ListedDay>();
  const holidays: CalendarDay[] = [];
  const workdays: CalendarDay[] = [];
  for (const day of days) {
    const name = checkName(problems, day);
    const date = checkDate(problems, year, day);
    if (date === null) continue;
    const earlier = seen.get(date);
    if (earlier) {
      problems.add(`${day.at}.date`, earlier.kind === day.kind ? 'calendar.date_listed_twice' : 'calendar.date_holiday_and_workday', { date, at: earlier.at });
      continue;
    }
    seen.set(date, day);
    if (name !== null) (day.kind === 'holiday' ? holidays : workdays).push({ date, name });
  }
  const reported = problems.list.some((problem) => problem.field === holidaysField);
  if (!reported && !days.some((day) => day.kind === 'holiday')) problems.add(holidaysField, 'calendar.no_holiday');
  return { year: year ?? 0, holidays: holidays.sort(byDate), workdays: workdays.sort(byDate), source: 'operator' };
}
