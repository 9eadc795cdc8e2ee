// Calendar dates as whole days since 1970-01-01 (UTC), so deadline arithmetic is exact integer
// maths that no machine time zone can shift. Parsing is hand-rolled because it runs once per
// date on bulk deadline computations, where a regex plus a round trip through toIsoDate shows.
import { daysFromCivil, toIsoDate } from '../demo/dates.ts';

export { daysFromCivil, toIsoDate };

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** 1970-01-05, the first Monday after the epoch: origin of the weekday count below. */
const MONDAY = 4;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Day number of a strict YYYY-MM-DD calendar date, or null (including 2025-02-30). */
export function dayNumberOf(date: unknown): number | null {
  if (typeof date !== 'string' || date.length !== 10 || date[4] !== '-' || date[7] !== '-') return null;
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 7);
  const day = digits(date, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return null;
  if (day > (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!)) return null;
  return daysFromCivil(year, month, day);
}

/** 0 = Sunday … 6 = Saturday. */
export const dayOfWeek = (day: number): number => (((day + 4) % 7) + 7) % 7;
export const weekdayName = (day: number): string => WEEKDAY_NAMES[dayOfWeek(day)]!;
export const isWeekend = (day: number): boolean => dayOfWeek(day) % 6 === 0;
export const firstDayOfYear = (year: number): number => daysFromCivil(year, 1, 1);

/** Mondays to Fridays up to and including `day`, from a fixed origin: only differences mean anything. */
export function weekdaysThrough(day: number): number {
  const sinceMonday = day - MONDAY + 1;
  const weeks = Math.floor(sinceMonday / 7);
  return 5 * weeks + Math.min(sinceMonday - 7 * weeks, 5);
}

/** The weekday on which weekdaysThrough first reaches `count`. */
export function weekdayNumbered(count: number): number {
  const weeks = Math.floor((count - 1) / 5);
  return MONDAY - 1 + 7 * weeks + (count - 5 * weeks);
}
