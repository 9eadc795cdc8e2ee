import { describe, expect, it } from 'vitest';
import { addMonths, addYears, calendarYearsBetween, excelSerialToIsoDate, isIsoDate, isIsoMonth } from './dates.ts';

describe('profile dates', () => {
  it.each([
    ['2025-06', -12, '2024-06'],
    ['2025-01', -1, '2024-12'],
    ['2024-12', 1, '2025-01'],
    ['2025-03', 0, '2025-03'],
  ])('addMonths(%s, %i) = %s', (month, count, expected) => {
    expect(addMonths(month, count)).toBe(expected);
  });

  it.each([
    ['2021-12-06', 3, '2024-12-06'],
    ['2024-02-29', 1, '2025-02-28'], // no 29 February in 2025
    ['2024-02-29', 4, '2028-02-29'],
    ['2025-06-30', -3, '2022-06-30'],
  ])('addYears(%s, %i) = %s', (date, count, expected) => {
    expect(addYears(date, count)).toBe(expected);
  });

  it.each([
    ['2024-06-30', '2025-06-30', 1], // exactly one year on the anniversary
    ['2024-07-01', '2025-06-30', 364 / 365],
    ['2018-03-15', '2025-06-30', 7 + 107 / 365], // 2025-03-15 → 06-30 is 107 days
    ['2025-06-30', '2024-06-30', -1],
  ])('calendarYearsBetween(%s, %s) = %f', (from, to, expected) => {
    expect(calendarYearsBetween(from, to)).toBeCloseTo(expected, 12);
  });

  it.each([
    [45_000, '2023-03-15'],
    [45_000.75, '2023-03-15'], // a time of day is dropped
    [61, '1900-03-01'],
    [25_569, '1970-01-01'],
    [60, null], // Excel's phantom 1900-02-29
    [0, null],
    [-5, null],
    [3_000_000, null],
    [Number.NaN, null],
  ])('Excel serial %d → %s', (serial, expected) => {
    expect(excelSerialToIsoDate(serial)).toBe(expected);
  });

  it('recognises strict dates and months', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoMonth('2025-12')).toBe(true);
    expect(isIsoMonth('2025-13')).toBe(false);
    expect(isIsoMonth('2025-1')).toBe(false);
  });
});
