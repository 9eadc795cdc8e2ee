import { describe, expect, it } from 'vitest';
import { addDays } from '../shared/business-time.ts';
import { toDayNumber, toIsoDate, yearsBetween } from './dates.ts';

describe('dates', () => {
  it.each([
    ['1970-01-01', 0],
    ['2000-03-01', 11_017],
    ['2024-02-29', 19_782],
    ['1969-12-31', -1],
  ])('%s is day %i', (date, day) => {
    expect(toDayNumber(date)).toBe(day);
    expect(toIsoDate(day)).toBe(date);
  });

  it('agrees with Date for every day from 1900 to 2100', () => {
    for (let day = toDayNumber('1900-01-01'); day <= toDayNumber('2100-12-31'); day++) {
      const expected = addDays('1970-01-01', day);
      if (toIsoDate(day) !== expected) expect(toIsoDate(day)).toBe(expected);
    }
  });

  it.each(['2025-02-30', '2023-02-29', '2025-13-01', '2025-1-01', '20250101', ''])('rejects "%s"', (date) => {
    expect(() => toDayNumber(date)).toThrow(RangeError);
  });

  it('measures years', () => {
    expect(yearsBetween(toDayNumber('2000-01-01'), toDayNumber('2010-01-01'))).toBeCloseTo(10, 2);
  });
});
