import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { addDays } from '../shared/business-time.ts';
import { workingCalendar } from './calendar.ts';
import { packageCalendarYears } from './package-data.ts';

const years = packageCalendarYears();
const year = (n: number) => years.find((entry) => entry.year === n)!;
const inRange = (from: string, to: string) => (day: { date: string }) => day.date >= from && day.date <= to;
const dates = (from: string, to: string) => {
  const list: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) list.push(d);
  return list;
};

describe('packageCalendarYears', () => {
  it('covers every year from 2004 to 2026, from the package', () => {
    expect(years.map((entry) => entry.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(new Set(years.map((entry) => entry.source))).toEqual(new Set(['package']));
  });

  it('has the 2025 Spring Festival: 28 January to 4 February off, Sunday 26 January and Saturday 8 February worked', () => {
    expect(year(2025).holidays.filter(inRange('2025-01-15', '2025-02-28'))).toEqual(dates('2025-01-28', '2025-02-04').map((date) => ({ date, name: '春节' })));
    expect(year(2025).workdays.filter(inRange('2025-01-15', '2025-02-28'))).toEqual([
      { date: '2025-01-26', name: '春节调休' },
      { date: '2025-02-08', name: '春节调休' },
    ]);
  });

  it('has National Day 2025: 1 to 8 October off (the 6th is Mid-Autumn), 28 September and 11 October worked', () => {
    const off = year(2025).holidays.filter(inRange('2025-09-15', '2025-10-31'));
    expect(off.map((day) => day.date)).toEqual(dates('2025-10-01', '2025-10-08'));
    expect(off.find((day) => day.date === '2025-10-06')?.name).toBe('中秋');
    expect(year(2025).workdays.filter(inRange('2025-09-15', '2025-10-31')).map((day) => day.date)).toEqual(['2025-09-28', '2025-10-11']);
  });

  it('builds a calendar that agrees with the package itself on every day it covers', () => {
    const calendar = workingCalendar(years);
    const disagreements = dates('2004-01-01', '2026-12-31').filter((date) => calendar.isWorkingDay(date) !== chineseDays.isWorkday(date));
    expect(disagreements).toEqual([]);
  });
});
