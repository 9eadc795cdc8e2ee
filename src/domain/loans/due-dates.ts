// Due dates: the start date plus whole calendar months, the day of month kept where the month
// has it and clamped to the month's end where it does not. Integer civil-date maths, no Date,
// so no time zone can shift a due date.
import { daysFromCivil, toDayNumber } from '../demo/dates.ts';

export interface CivilDate {
  year: number;
  month: number; // 1–12
  day: number;
  dayNumber: number; // days since 1970-01-01
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const daysInMonth = (year: number, month: number): number => (month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!);

/** A strict YYYY-MM-DD calendar date, or null (2025-02-30 and 2025-2-1 are not dates). */
export function civilDate(text: string): CivilDate | null {
  let dayNumber: number;
  try {
    dayNumber = toDayNumber(text);
  } catch {
    return null;
  }
  return { year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)), day: Number(text.slice(8, 10)), dayNumber };
}

/**
 * `count` months after `start`, always measured from the start itself: 31 January gives
 * 28 February and then 31 March, not 28 March.
 */
export function addMonthsClamped(start: CivilDate, count: number): CivilDate {
  const index = start.year * 12 + start.month - 1 + count;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = daysInMonth(year, month);
  const day = start.day < last ? start.day : last;
  return { year, month, day, dayNumber: daysFromCivil(year, month, day) };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export const isoDate = (date: CivilDate): string => `${String(date.year).padStart(4, '0')}-${pad2(date.month)}-${pad2(date.day)}`;
