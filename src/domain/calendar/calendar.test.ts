import { describe, expect, it } from 'vitest';
import { addDays } from '../shared/business-time.ts';
import { createRandom } from '../demo/random.ts';
import { DomainError } from '../shared/errors.ts';
import { workingCalendar, type CalendarYear } from './calendar.ts';
import { packageCalendarYears } from './package-data.ts';

const packageYears = packageCalendarYears();
const calendar = workingCalendar(packageYears);

const DAY_MS = 86_400_000;
const toMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromMs = (ms: number) => addDays('1970-01-01', ms / DAY_MS);

/** Day-by-day reference over the raw lists, sharing no code with the precomputed tables. */
function referenceCalendar(years: CalendarYear[]) {
  const off = new Set(years.flatMap((entry) => entry.holidays.map((day) => day.date)));
  const on = new Set(years.flatMap((entry) => entry.workdays.map((day) => day.date)));
  const isWorking = (date: string) => on.has(date) || (!off.has(date) && new Date(toMs(date)).getUTCDay() % 6 !== 0);
  return {
    add(date: string, n: number): string {
      let ms = toMs(date);
      if (n === 0) while (!isWorking(fromMs(ms))) ms += DAY_MS;
      for (let left = n; left > 0; ) if (isWorking(fromMs((ms += DAY_MS)))) left--;
      return fromMs(ms);
    },
    between(from: string, to: string): number {
      const [low, high, sign] = from <= to ? [toMs(from), toMs(to), 1] : [toMs(to), toMs(from), -1];
      let count = 0;
      for (let ms = low + DAY_MS; ms <= high; ms += DAY_MS) if (isWorking(fromMs(ms))) count++;
      return count === 0 ? 0 : sign * count;
    },
  };
}

function fieldsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).category).toBe('invalid_input');
    return (error as DomainError).fields.map(({ field, message }) => ({ field, message }));
  }
  throw new Error('expected an invalid_input error');
}

describe('isWorkingDay', () => {
  it.each([
    ['2025-01-24', true, 'Friday before the Spring Festival'],
    ['2025-01-25', false, 'Saturday'],
    ['2025-01-26', true, 'Sunday worked in exchange'],
    ['2025-01-27', true, 'Monday, the last working day before'],
    ['2025-01-28', false, 'Spring Festival eve'],
    ['2025-01-31', false, 'Spring Festival'],
    ['2025-02-03', false, 'Monday off in lieu'],
    ['2025-02-04', false, 'last day of the holiday'],
    ['2025-02-05', true, 'back to work'],
    ['2025-02-08', true, 'Saturday worked in exchange'],
    ['2025-02-09', false, 'ordinary Sunday'],
    ['2025-09-27', false, 'Saturday'],
    ['2025-09-28', true, 'Sunday worked for National Day'],
    ['2025-10-01', false, 'National Day'],
    ['2025-10-06', false, 'Mid-Autumn inside the National Day period'],
    ['2025-10-08', false, 'last day of the holiday'],
    ['2025-10-09', true, 'back to work'],
    ['2025-10-11', true, 'Saturday worked for National Day'],
    ['2025-10-12', false, 'ordinary Sunday'],
  ])('%s is working: %s (%s)', (date, working) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2025-03-07', 1, '2025-03-10', 'Friday + 1 is Monday'],
    ['2025-03-08', 1, '2025-03-10', 'Saturday + 1 is Monday too'],
    ['2025-01-24', 1, '2025-01-26', 'Friday + 1 is the Sunday worked in exchange'],
    ['2025-01-24', 2, '2025-01-27', 'then Monday'],
    ['2025-01-24', 3, '2025-02-05', 'then over the whole festival'],
    ['2025-01-27', 1, '2025-02-05', 'the day before the festival + 1'],
    ['2025-01-30', 1, '2025-02-05', 'submitted during the festival: counting starts after it'],
    ['2025-02-05', 3, '2025-02-08', 'ending on the Saturday worked in exchange'],
    ['2025-09-26', 1, '2025-09-28', 'Friday + 1 is the Sunday worked for National Day'],
    ['2025-09-30', 1, '2025-10-09', 'over National Day'],
    ['2025-10-03', 3, '2025-10-11', 'from inside the holiday to the Saturday worked'],
    ['2025-09-30', 10, '2025-10-21', 'ten working days over National Day'],
    ['2025-01-27', 0, '2025-01-27', '0 on a working day is that day'],
    ['2025-01-28', 0, '2025-02-05', '0 on a holiday is the next working day'],
    ['2025-01-26', 0, '2025-01-26', '0 on a Sunday worked is that Sunday'],
  ])('%s + %i working days is %s (%s)', (date, n, due) => {
    expect(calendar.addWorkingDays(date, n)).toBe(due);
  });

  it('refuses a negative or fractional number of days', () => {
    expect(fieldsOf(() => calendar.addWorkingDays('2025-01-27', -1))).toEqual([{ field: 'n', message: 'A number of working days must be a whole number, 0 or more; got -1' }]);
    expect(fieldsOf(() => calendar.addWorkingDays('2025-01-27', 1.5))).toEqual([{ field: 'n', message: 'A number of working days must be a whole number, 0 or more; got 1.5' }]);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2025-01-27', '2025-02-05', 1],
    ['2025-02-05', '2025-01-27', -1],
    ['2025-01-24', '2025-01-24', 0],
    ['2025-01-28', '2025-02-04', 0],
    ['2025-09-30', '2025-10-11', 3],
    ['2025-01-01', '2025-12-31', 248],
  ])('from %s to %s is %i', (from, to, count) => {
    expect(calendar.workingDaysBetween(from, to)).toBe(count);
  });

  it('inverts addWorkingDays and matches a day-by-day count, across the edges of the covered years', () => {
    const reference = referenceCalendar(packageYears);
    const random = createRandom(20250128);
    const low = toMs('2002-06-01');
    const high = toMs('2028-06-01');
    for (let i = 0; i < 1500; i++) {
      const date = fromMs(low + random.int(0, (high - low) / DAY_MS) * DAY_MS);
      const n = random.int(0, 300);
      const due = calendar.addWorkingDays(date, n);
      expect(due).toBe(reference.add(date, n));
      expect(calendar.isWorkingDay(due)).toBe(true);
      if (n > 0) expect([calendar.workingDaysBetween(date, due), calendar.workingDaysBetween(due, date)]).toEqual([n, -n]);
      const other = fromMs(toMs(date) + random.int(-400, 400) * DAY_MS);
      expect(calendar.workingDaysBetween(date, other)).toBe(reference.between(date, other));
    }
  });
});

describe('coverage', () => {
  it('falls back to Monday–Friday in years without data and reports them', () => {
    expect(calendar.covers('2026-10-01')).toBe(true);
    expect(calendar.covers('2027-10-01')).toBe(false);
    expect(calendar.isWorkingDay('2027-10-01')).toBe(true);
    expect(calendar.isWorkingDay('2027-10-02')).toBe(false);
    expect(calendar.addWorkingDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(calendar.uncoveredYears('2026-12-31', '2028-01-01')).toEqual([2027, 2028]);
    expect(calendar.uncoveredYears('2028-01-01', '2026-12-31')).toEqual([2027, 2028]);
    expect(calendar.uncoveredYears('2003-06-01', '2005-01-01')).toEqual([2003]);
    expect(calendar.uncoveredYears('2025-01-01', '2026-12-31')).toEqual([]);
  });

  it('without any data counts weekends only', () => {
    const plain = workingCalendar([]);
    expect(plain.coveredYears()).toEqual([]);
    expect(plain.addWorkingDays('2025-01-27', 1)).toBe('2025-01-28');
    expect(plain.workingDaysBetween('2025-01-24', '2025-02-07')).toBe(10);
    expect(plain.uncoveredYears('2025-01-01', '2025-12-31')).toEqual([2025]);
  });
});

describe('operator data', () => {
  const operator2025: CalendarYear = {
    year: 2025,
    holidays: [{ date: '2025-03-03', name: '测试假日' }],
    workdays: [{ date: '2025-03-08', name: '测试调休' }],
    source: 'operator',
  };
  const operator2027: CalendarYear = { year: 2027, holidays: [{ date: '2027-01-01', name: '元旦' }], workdays: [], source: 'operator' };

  it("replaces the package's data for its year, wherever it comes in the list", () => {
    for (const years of [[...packageYears, operator2025], [operator2025, ...packageYears]]) {
      const merged = workingCalendar(years);
      expect(merged.sourceOf(2025)).toBe('operator');
      expect(merged.sourceOf(2024)).toBe('package');
      expect(merged.isWorkingDay('2025-01-28')).toBe(true);
      expect(merged.isWorkingDay('2025-01-26')).toBe(false);
      expect(merged.isWorkingDay('2025-03-03')).toBe(false);
      expect(merged.isWorkingDay('2025-03-08')).toBe(true);
      expect(merged.isWorkingDay('2024-10-01')).toBe(false);
    }
  });

  it('extends coverage to a year the package lacks, with a gap year left on weekends', () => {
    const merged = workingCalendar([...packageYears, { ...operator2027, year: 2028, holidays: [{ date: '2028-01-03', name: '元旦' }] }, operator2027]);
    expect(merged.coveredYears()).toEqual([...packageYears.map((entry) => entry.year), 2027, 2028]);
    expect(merged.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(merged.uncoveredYears('2026-01-01', '2029-01-01')).toEqual([2029]);
    expect(merged.workingDaysBetween('2026-12-31', '2028-01-04')).toBe(calendar.workingDaysBetween('2026-12-31', '2028-01-04') - 2);
  });

  it('a later operator entry for the same year beats an earlier one', () => {
    const merged = workingCalendar([operator2027, { ...operator2027, holidays: [{ date: '2027-01-04', name: '更正' }] }]);
    expect([merged.isWorkingDay('2027-01-01'), merged.isWorkingDay('2027-01-04')]).toEqual([true, false]);
  });
});

describe('invalid input', () => {
  it('names the field of a date that is not a calendar date', () => {
    expect(fieldsOf(() => calendar.isWorkingDay('2025-02-30'))).toEqual([{ field: 'date', message: 'must be a date (YYYY-MM-DD)' }]);
    expect(fieldsOf(() => calendar.workingDaysBetween('2025-01-01', '2025/01/02'))).toMatchObject([{ field: 'to' }]);
  });

  it('refuses year data with a date outside its year or listed twice', () => {
    const bad: CalendarYear = { year: 2027, holidays: [{ date: '2026-10-01', name: 'x' }], workdays: [], source: 'operator' };
    expect(fieldsOf(() => workingCalendar([bad]))).toEqual([{ field: 'years[0].holidays[0].date', message: '2026-10-01 is not in 2027' }]);
    const twice: CalendarYear = { ...bad, holidays: [{ date: '2027-01-02', name: 'x' }], workdays: [{ date: '2027-01-02', name: 'y' }] };
    expect(fieldsOf(() => workingCalendar([bad, twice]))).toEqual([{ field: 'years[1].workdays[0].date', message: '2027-01-02 is listed twice' }]);
  });
});
