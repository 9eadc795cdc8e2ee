// Calendar helpers for profile rules and imports. The day arithmetic is demo/dates.ts (pure
// integer civil-date maths, no Date, no time zone); it belongs in domain/shared once moved.
import { daysFromCivil, toDayNumber, toIsoDate } from '../demo/dates.ts';

export { toDayNumber, toIsoDate };

/** Day number of a strict YYYY-MM-DD calendar date, or null for anything else. */
export function dayNumberOf(text: string): number | null {
  try {
    return toDayNumber(text);
  } catch {
    return null;
  }
}

export function isIsoDate(text: string): boolean {
  return dayNumberOf(text) !== null;
}

export function isIsoMonth(text: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

export const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4));
export const monthOf = (isoDate: string): string => isoDate.slice(0, 7);

/** 'YYYY-MM' shifted by whole months (negative goes back). */
export function addMonths(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  const year = Math.floor(index / 12);
  return `${year}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

/** Same month and day `count` years later; 29 February falls back to the 28th. */
export function addYears(isoDate: string, count: number): string {
  const year = yearOf(isoDate) + count;
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  const shifted = daysFromCivil(year, month, day);
  return toIsoDate(toIsoDate(shifted).slice(5, 7) === isoDate.slice(5, 7) ? shifted : shifted - 1);
}

/**
 * Years from one date to another, exactly 1 on the first anniversary (a 365.25-day year
 * would put "registered one year" a few hours late). Fractions count days to the next anniversary.
 */
export function calendarYearsBetween(from: string, to: string): number {
  const fromDay = toDayNumber(from);
  const toDay = toDayNumber(to);
  if (toDay < fromDay) return -calendarYearsBetween(to, from);
  let whole = yearOf(to) - yearOf(from);
  if (toDayNumber(addYears(from, whole)) > toDay) whole -= 1;
  const anniversary = toDayNumber(addYears(from, whole));
  const next = toDayNumber(addYears(from, whole + 1));
  return whole + (toDay - anniversary) / (next - anniversary);
}

/**
 * Excel's 1900 date system: serial 1 is 1900-01-01 and Excel counts a 29 February 1900
 * that never was, so from serial 61 (1900-03-01) on, day 0 is 1899-12-30. Earlier serials
 * are refused; a fractional part (a time of day) is dropped.
 */
const EXCEL_DAY_ZERO = daysFromCivil(1899, 12, 30);
const FIRST_EXACT_SERIAL = 61;
const LAST_SERIAL = 2_958_465; // 9999-12-31, Excel's own limit

export function excelSerialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < FIRST_EXACT_SERIAL || serial > LAST_SERIAL) return null;
  return toIsoDate(EXCEL_DAY_ZERO + Math.floor(serial));
}
