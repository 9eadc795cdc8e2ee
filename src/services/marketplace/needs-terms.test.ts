import { describe, expect, it } from 'vitest';
import { addDays } from '../../domain/shared/business-time.ts';
import { CATEGORY_INDEX, NUMERIC_FACTS } from '../../domain/marketplace/facts.ts';
import { workingCalendar } from '../../domain/calendar/calendar.ts';
import { packageCalendarYears } from '../../domain/calendar/package-data.ts';
import { needTermsOf, registrationFacts, validateNeed, workingDaysUntil } from './needs-terms.ts';

// A calendar without holiday data counts Monday to Friday: the plain-weekday cases below.
const WEEKDAYS = workingCalendar([]);
const workingDaysBetween = (from: string, to: string) => workingDaysUntil(WEEKDAYS, from, to);

describe('working days until a need is due', () => {
  it('counts Monday to Friday after today up to the day itself', () => {
    // 2026-03-02 is a Monday.
    expect(workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
    expect(workingDaysBetween('2026-03-02', '2026-03-03')).toBe(1);
    expect(workingDaysBetween('2026-03-02', '2026-03-06')).toBe(4);
    expect(workingDaysBetween('2026-03-02', '2026-03-08')).toBe(4); // the weekend adds nothing
    expect(workingDaysBetween('2026-03-02', '2026-03-09')).toBe(5);
    expect(workingDaysBetween('2026-03-06', '2026-03-09')).toBe(1); // Friday to Monday
    expect(workingDaysBetween('2026-03-02', '2026-03-30')).toBe(20);
    expect(workingDaysBetween('2026-03-09', '2026-03-02')).toBe(0);
  });

  it('skips the State Council holidays and counts the swapped working weekends', () => {
    const calendar = workingCalendar(packageCalendarYears());
    // National Day 2025: 1–8 October off, Saturday 11 October worked.
    expect(workingDaysUntil(calendar, '2025-09-30', '2025-10-09')).toBe(1);
    expect(workingDaysUntil(calendar, '2025-09-30', '2025-10-11')).toBe(3);
    expect(workingDaysUntil(WEEKDAYS, '2025-09-30', '2025-10-09')).toBe(7);
  });

  it('brute force agrees over a year of pairs', () => {
    const day = (n: number) => addDays('2026-01-01', n);
    for (let from = 0; from < 14; from++) {
      for (let span = 0; span < 60; span++) {
        let expected = 0;
        for (let d = from + 1; d <= from + span; d++) {
          const weekday = new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).getUTCDay();
          if (weekday !== 0 && weekday !== 6) expected++;
        }
        expect(workingDaysBetween(day(from), day(from + span))).toBe(expected);
      }
    }
  });
});

describe('need terms', () => {
  it('carries the amount, term and offers, and the working days left when a date is set', () => {
    const terms = needTermsOf({ kind: 'loan', amountFen: 500_000_00n, termMonths: 12, offers: ['ip_pledge'], neededBy: '2026-03-09' }, '2026-03-02', WEEKDAYS);
    expect(terms).toEqual({ kind: 'loan', amountFen: 500_000_00n, termMonths: 12, offers: ['ip_pledge'], workingDaysUntilNeeded: 5 });
    expect(needTermsOf({ kind: 'equity', amountFen: 1n, termMonths: null, offers: [], neededBy: null }, '2026-03-02', WEEKDAYS).workingDaysUntilNeeded).toBeNull();
  });

  it('gives an unrated enterprise its registration facts and unknown numbers', () => {
    const f = registrationFacts({ enterpriseId: 'e', parkCode: 'zhangjiang', industryCode: 'I6510', regionCode: '310115' });
    expect(f.categories[CATEGORY_INDEX.get('park')!]).toBe('zhangjiang');
    expect(f.categories[CATEGORY_INDEX.get('industry')!]).toBe('I6510');
    expect(f.categories[CATEGORY_INDEX.get('stage')!]).toBe('');
    expect(f.numbers.length).toBe(NUMERIC_FACTS.length);
    expect([...f.numbers].every(Number.isNaN)).toBe(true);
  });
});

describe('need validation', () => {
  const ok = { kind: 'loan', amountFen: 100n, termMonths: 12, purpose: '采购设备', neededBy: '2026-03-02', offers: ['ip_pledge'] };
  it('accepts a complete need due today', () => expect(validateNeed(ok, '2026-03-02')).toEqual([]));
  it('names every field in trouble', () => {
    const problems = validateNeed({ kind: 'gift', amountFen: 0n, termMonths: 601, purpose: ' ', neededBy: '2026-03-01', offers: ['none', 'gold'] }, '2026-03-02');
    expect(problems.map((p) => p.field)).toEqual(['kind', 'amountFen', 'termMonths', 'purpose', 'neededBy', 'offers.1']);
  });
  it('allows no term and no date', () => expect(validateNeed({ ...ok, termMonths: null, neededBy: null }, '2026-03-02')).toEqual([]));
});
