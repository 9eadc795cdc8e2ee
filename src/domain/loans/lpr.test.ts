import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../calendar/calendar.ts';
import { packageCalendarYears } from '../calendar/package-data.ts';
import { BUILT_IN_LAST_MONTH, builtInLprFixings, demoLprFixings, LPR_CHANGES } from './lpr-history.ts';
import { parseLprFile, percentToFraction } from './lpr-file.ts';
import { fixingInForce, lprDueOn, lprStatus, shiftMonth, type LprFixing } from './lpr.ts';

const calendar = workingCalendar(packageCalendarYears());
const fixing = (month: string, date: string, oneYear = '0.0300', fiveYear = '0.0350'): LprFixing => ({ month, date, oneYear, fiveYear });

describe('the day a fixing is due', () => {
  it.each([
    ['2025-06', '2025-06-20', 'a Friday'],
    ['2024-07', '2024-07-22', 'the 20th a Saturday: the Monday'],
    ['2026-12', '2026-12-21', 'the 20th a Sunday: the Monday'],
    ['2026-02', '2026-02-24', 'the 20th in the Spring Festival holiday: the first working day after it'],
    ['2021-02', '2021-02-20', 'the 20th a Saturday worked in exchange (调休): that Saturday'],
  ])('%s is due on %s (%s)', (month, due) => {
    expect(lprDueOn(month, calendar)).toBe(due);
  });

  it('follows an operator-loaded holiday on the 20th', () => {
    const year = { year: 2031, source: 'operator' as const, holidays: [{ date: '2031-01-20', name: 'x' }, { date: '2031-01-21', name: 'x' }], workdays: [] };
    expect(lprDueOn('2031-01', workingCalendar([year]))).toBe('2031-01-22');
  });

  it('counts months across years', () => {
    expect([shiftMonth('2026-12', 1), shiftMonth('2026-01', -1), shiftMonth('2025-05', 19)]).toEqual(['2027-01', '2025-12', '2026-12']);
  });
});

describe('the fixing in force on a date', () => {
  const fixings = [fixing('2026-10', '2026-10-20', '0.0300'), fixing('2026-11', '2026-11-20', '0.0290')];

  it('is last month’s before this month’s is published, and this month’s from its date', () => {
    expect(fixingInForce('2026-11-19', fixings, calendar)).toEqual({ ok: true, fixing: fixings[0] });
    expect(fixingInForce('2026-11-20', fixings, calendar)).toEqual({ ok: true, fixing: fixings[1] });
    expect(fixingInForce('2026-12-21', fixings, calendar)).toEqual({ ok: true, fixing: fixings[1] });
  });

  it('is refused after the day the next one was due, naming the month and the day', () => {
    expect(fixingInForce('2026-12-22', fixings, calendar)).toEqual({ ok: false, missing: { month: '2026-12', dueOn: '2026-12-21' }, message: 'LPR for 2026-12 is not loaded (due 2026-12-21)' });
  });

  it('is refused when last month’s is missing, even before this month’s is due', () => {
    expect(fixingInForce('2026-10-05', [fixings[1]!], calendar)).toMatchObject({ ok: false, missing: { month: '2026-09', dueOn: '2026-09-20' } });
  });

  it('counts the due day by the working calendar (a weekend 20th moves it)', () => {
    const july = [fixing('2024-06', '2024-06-20')];
    expect(fixingInForce('2024-07-22', july, calendar).ok).toBe(true);
    expect(fixingInForce('2024-07-23', july, calendar)).toMatchObject({ ok: false, missing: { month: '2024-07', dueOn: '2024-07-22' } });
  });
});

describe('the status of the fixings', () => {
  it('is up to date when every fixing due by today is loaded', () => {
    const status = lprStatus('2026-12-21', [fixing('2026-11', '2026-11-20')], calendar);
    expect(status).toMatchObject({ outOfDate: false, missing: [], next: { month: '2026-12', dueOn: '2026-12-21' } });
  });

  it('lists the months due and missing, and is out of date', () => {
    const status = lprStatus('2026-12-22', [fixing('2026-10', '2026-10-20')], calendar);
    expect(status.outOfDate).toBe(true);
    expect(status.missing).toEqual([
      { month: '2026-11', dueOn: '2026-11-20' },
      { month: '2026-12', dueOn: '2026-12-21' },
    ]);
  });

  it('is out of date with no fixings at all', () => {
    expect(lprStatus('2026-12-22', [], calendar)).toMatchObject({ latest: null, outOfDate: true });
  });
});

describe('the built-in history', () => {
  const history = builtInLprFixings(calendar);

  it('has every month from August 2019 to May 2025, the published changes on their own dates', () => {
    expect(history[0]).toEqual(fixing('2019-08', '2019-08-20', '0.0425', '0.0485'));
    expect(history.at(-1)).toEqual(fixing(BUILT_IN_LAST_MONTH, '2025-05-20', '0.0300', '0.0350'));
    expect(history).toHaveLength(70);
    for (const change of LPR_CHANGES) expect(history.find((f) => f.date === change.date)).toMatchObject({ oneYear: change.oneYear, fiveYear: change.fiveYear });
    // Between changes a month repeats the rates, on its own publication day.
    expect(history.find((f) => f.month === '2024-09')).toEqual(fixing('2024-09', '2024-09-20', '0.0335', '0.0385'));
    expect(history.find((f) => f.month === '2019-10')).toEqual(fixing('2019-10', '2019-10-21', '0.0420', '0.0485'));
  });

  it('demo fixings carry the last rates forward, each month once it is due', () => {
    const demo = demoLprFixings('2025-08-19', calendar);
    expect(demo).toEqual([fixing('2025-06', '2025-06-20'), fixing('2025-07', '2025-07-21')]);
  });
});

describe('an LPR file', () => {
  it('reads CSV in percent with its header, 1y/5y as column names too', () => {
    const csv = 'date,one_year,five_year\n2026-11-20,3.00,3.50\n2026-12-21,2.95%,3.4\n';
    expect(parseLprFile(csv, 'csv', '2026-12-31')).toEqual([fixing('2026-11', '2026-11-20'), fixing('2026-12', '2026-12-21', '0.0295', '0.0340')]);
    expect(parseLprFile('Date,1y,5y\n2026-11-20,3,3.5', 'csv', '2026-12-31')).toEqual([fixing('2026-11', '2026-11-20')]);
  });

  it('reads JSON, strings or numbers', () => {
    const json = JSON.stringify([{ date: '2026-11-20', oneYear: '3.00', fiveYear: 3.5 }]);
    expect(parseLprFile(json, 'json', '2026-12-31')).toEqual([fixing('2026-11', '2026-11-20')]);
    expect(parseLprFile(JSON.stringify({ fixings: JSON.parse(json) }), 'json', '2026-12-31')).toHaveLength(1);
  });

  it('reports every bad row with its line and field', () => {
    const csv = ['date,one_year,five_year', '2026-11-20,0.03,3.50', '2026-11-31,3.00,3.50', '2026-12-05,3.00,abc', '2026-11-23,3.00,3.50', '2027-01-20,3.00,3.50', '2026-10-20,3.005,25'].join('\n');
    let fields: { field: string; message: string }[] = [];
    try {
      parseLprFile(csv, 'csv', '2026-12-31');
    } catch (error) {
      fields = (error as { details: { fields: typeof fields } }).details.fields;
    }
    expect(fields.map((f) => f.field)).toEqual(['line 2.one_year', 'line 3.date', 'line 4.date', 'line 4.five_year', 'line 5.date', 'line 6.date', 'line 7.one_year', 'line 7.five_year']);
    expect(fields.map((f) => (f as { code?: string }).code)).toEqual(['lpr.rate_as_fraction', 'lpr.date_invalid', 'lpr.date_not_fixing_day', 'lpr.rate_invalid', 'lpr.month_repeated', 'lpr.date_in_future', 'lpr.rate_invalid', 'lpr.rate_too_high']);
    expect(fields[0]!.message).toMatch(/in percent \(3\.00 for 3%\), not as a fraction/);
    expect(fields[4]!.message).toMatch(/a second fixing for 2026-11 \(the first is at line 2\)/);
    expect(fields[5]!.message).toMatch(/in the future/);
  });

  it('names the JSON index and a missing header', () => {
    expect(() => parseLprFile(JSON.stringify([{ date: '2026-11-20', oneYear: '3.00' }]), 'json', '2026-12-31')).toThrow(expect.objectContaining({ fields: [expect.objectContaining({ field: '[0].fiveYear', code: 'lpr.rate_invalid', params: { value: 'null' }, message: expect.stringMatching(/got null/) })] }));
    expect(() => parseLprFile('day,rate\n2026-11-20,3', 'csv', '2026-12-31')).toThrow(expect.objectContaining({ fields: [expect.objectContaining({ field: 'line 1', message: expect.stringMatching(/header date,one_year,five_year/) })] }));
    expect(() => parseLprFile('{', 'json', '2026-12-31')).toThrow(/JSON cannot be read/);
  });

  it('converts percent to an exact fraction', () => {
    expect(['3.45', '3', '3.1', '10.00'].map((v) => percentToFraction(v))).toEqual(['0.0345', '0.0300', '0.0310', '0.1000'].map((rate) => ({ ok: true, rate })));
  });
});
