// The working-day calendar behind bank response deadlines: the State Council holidays and the
// weekend days swapped into working days (调休). Built from plain data so it stays pure; years it
// has no data for fall back to Monday–Friday, and uncoveredYears lets callers say so.
import { invalidFields, problem } from '../shared/errors.ts';
import { dayTable, type DayTable } from './day-table.ts';
import { dayNumberOf, firstDayOfYear, isWeekend, toIsoDate } from './days.ts';

export interface CalendarDay {
  /** YYYY-MM-DD */
  date: string;
  name: string;
}

export type CalendarSource = 'package' | 'operator';

export interface CalendarYear {
  year: number;
  /** Days off, weekend days of a holiday period included. */
  holidays: CalendarDay[];
  /** Weekend days worked in exchange (调休). */
  workdays: CalendarDay[];
  source: CalendarSource;
}

export interface WorkingCalendar {
  isWorkingDay(date: string): boolean;
  /**
   * The n-th working day after `date`, which itself never counts: submitted on a Friday with one
   * working day, due on Monday; submitted on a holiday, counting starts at the next working day.
   * n = 0 gives `date` when it is a working day, else the next working day.
   */
  addWorkingDays(date: string, n: number): string;
  /** Working days in (from, to]; negative when `to` is before `from`. */
  workingDaysBetween(from: string, to: string): number;
  /** True when the calendar has holiday data for the date's year. */
  covers(date: string): boolean;
  coveredYears(): number[];
  /** Years from `from` to `to` (either order) counted on weekends alone, for a warning. */
  uncoveredYears(from: string, to: string): number[];
  sourceOf(year: number): CalendarSource | undefined;
}

function dayOf(date: string, field: string): number {
  const day = dayNumberOf(date);
  if (day === null) {
    throw invalidFields([problem(field, 'field.invalid_date')]);
  }
  return day;
}

/** One entry per year: operator data beats package data, and a later entry beats an earlier one. */
function chooseYears(years: CalendarYear[]): Map<number, { entry: CalendarYear; index: number }> {
  const chosen = new Map<number, { entry: CalendarYear; index: number }>();
  years.forEach((entry, index) => {
    if (!Number.isInteger(entry.year) || entry.year < 1 || entry.year > 9999) {
      throw invalidFields([problem(`years[${index}].year`, 'calendar.year_out_of_range', { min: 1, max: 9999 })]);
    }
    const current = chosen.get(entry.year);
    if (!current || current.entry.source === 'package' || entry.source === 'operator') chosen.set(entry.year, { entry, index });
  });
  return chosen;
}

/** Marks one year's days in `working` (indexed from `first`), refusing dates outside the year or listed twice. */
function applyYear(working: Uint8Array, listed: Uint8Array, first: number, entry: CalendarYear, index: number): void {
  const start = firstDayOfYear(entry.year) - first;
  const end = firstDayOfYear(entry.year + 1) - first;
  const mark = (days: CalendarDay[], kind: 'holidays' | 'workdays', value: number) =>
    days.forEach((day, j) => {
      const field = `years[${index}].${kind}[${j}].date`;
      const offset = dayOf(day.date, field) - first;
      const wrong =
        offset < start || offset >= end ? problem(field, 'calendar.date_not_in_year', { date: day.date, year: entry.year }) : listed[offset] ? problem(field, 'calendar.date_repeated', { date: day.date }) : null;
      if (wrong) throw invalidFields([wrong], { details: { year: entry.year } });
      listed[offset] = 1;
      working[offset] = value;
    });
  mark(entry.holidays, 'holidays', 0);
  mark(entry.workdays, 'workdays', 1);
}

function buildTable(chosen: Map<number, { entry: CalendarYear; index: number }>): DayTable {
  if (chosen.size === 0) return dayTable(0, new Uint8Array(0));
  const years = [...chosen.keys()];
  const first = firstDayOfYear(Math.min(...years));
  const working = new Uint8Array(firstDayOfYear(Math.max(...years) + 1) - first);
  for (let i = 0; i < working.length; i++) working[i] = isWeekend(first + i) ? 0 : 1;
  const listed = new Uint8Array(working.length);
  for (const { entry, index } of chosen.values()) applyYear(working, listed, first, entry, index);
  return dayTable(first, working);
}

export function workingCalendar(years: CalendarYear[]): WorkingCalendar {
  const chosen = chooseYears(years);
  const table = buildTable(chosen);
  const yearOf = (date: string, field: string) => {
    dayOf(date, field); // refuses what is not a date before its first four characters are trusted
    return Number(date.slice(0, 4));
  };

  return {
    isWorkingDay: (date) => table.isWorking(dayOf(date, 'date')),
    addWorkingDays(date, n) {
      if (!Number.isSafeInteger(n) || n < 0) {
        throw invalidFields([problem('n', 'calendar.working_days', { value: String(n) })]);
      }
      const day = dayOf(date, 'date');
      const through = table.workingThrough(day);
      return toIsoDate(table.workingDayNumbered(n === 0 && !table.isWorking(day) ? through + 1 : through + n));
    },
    workingDaysBetween: (from, to) => table.workingThrough(dayOf(to, 'to')) - table.workingThrough(dayOf(from, 'from')),
    covers: (date) => chosen.has(yearOf(date, 'date')),
    coveredYears: () => [...chosen.keys()].sort((a, b) => a - b),
    uncoveredYears(from, to) {
      const [low, high] = [yearOf(from, 'from'), yearOf(to, 'to')].sort((a, b) => a - b) as [number, number];
      const missing: number[] = [];
      for (let year = low; year <= high; year++) if (!chosen.has(year)) missing.push(year);
      return missing;
    },
    sourceOf: (year) => chosen.get(year)?.entry.source,
  };
}
