import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { parseOperatorCalendar, type OperatorCalendarFormat } from './operator-calendar.ts';
import { packageCalendarYears } from './package-data.ts';

function problems(text: string, format: OperatorCalendarFormat) {
  try {
    parseOperatorCalendar(text, format);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).category).toBe('invalid_input');
    return (error as DomainError).fields.map(({ field, message }) => ({ field, message }));
  }
  throw new Error('expected an invalid_input error');
}

const json = (value: unknown) => JSON.stringify(value);
const SATURDAY_ONLY = '; a swapped working day (调休) is always a Saturday or Sunday';

describe('parseOperatorCalendar, valid files', () => {
  it('reads JSON into a year of operator data, days sorted and names trimmed', () => {
    const text = json({
      year: 2027,
      holidays: [{ date: '2027-02-06', name: '春节' }, { date: '2027-01-01', name: ' 元旦 ' }],
      workdays: [{ date: '2027-02-20', name: '春节调休' }],
    });
    expect(parseOperatorCalendar(text, 'json')).toEqual({
      year: 2027,
      holidays: [{ date: '2027-01-01', name: '元旦' }, { date: '2027-02-06', name: '春节' }],
      workdays: [{ date: '2027-02-20', name: '春节调休' }],
      source: 'operator',
    });
  });

  it('reads CSV with a BOM, a header, comments, blank lines, quoted names and CRLF', () => {
    const text = '\ufeffdate,kind,name\r\n# 国务院办公厅通知\r\n2027-01-01,holiday,元旦\r\n\r\n2027-02-20,WORKDAY,"春节调休, 星期六"\r\n';
    expect(parseOperatorCalendar(text, 'csv')).toEqual({
      year: 2027,
      holidays: [{ date: '2027-01-01', name: '元旦' }],
      workdays: [{ date: '2027-02-20', name: '春节调休, 星期六' }],
      source: 'operator',
    });
  });

  it('accepts a real State Council year (the package 2026 data) in both formats', () => {
    const { source: _source, ...year2026 } = packageCalendarYears().find((entry) => entry.year === 2026)!;
    const csv = [...year2026.holidays.map((d) => `${d.date},holiday,${d.name}`), ...year2026.workdays.map((d) => `${d.date},workday,${d.name}`)].join('\n');
    expect(parseOperatorCalendar(json(year2026), 'json')).toEqual({ ...year2026, source: 'operator' });
    expect(parseOperatorCalendar(csv, 'csv')).toEqual({ ...year2026, source: 'operator' });
  });
});

describe('parseOperatorCalendar, JSON problems by field', () => {
  it('reports every problem in one file', () => {
    const text = json({
      year: 2027,
      holidays: [
        { date: '2027-01-01', name: '元旦' },
        { date: '2027-01-02', name: '元旦' },
        { date: '2027-02-30', name: '春节' },
        { date: '2026-10-01', name: '国庆节' },
        { date: '2027-01-01', name: '元旦' },
        { date: '2027-05-01', name: ' ' },
        { date: '2027-05-02', name: '劳动节', note: 1 },
        '2027-10-01',
      ],
      workdays: [
        { date: '2027-02-09', name: '春节调休' },
        { date: '2027-01-02', name: '元旦调休' },
        { date: '2027-02-20', name: '春节调休' },
      ],
      source: 'gov.cn',
    });
    expect(problems(text, 'json')).toEqual([
      { field: 'source', message: 'unknown property' },
      { field: 'holidays[6].note', message: 'unknown property' },
      { field: 'holidays[7]', message: 'expected { date, name }' },
      { field: 'holidays[2].date', message: 'expected a real date as YYYY-MM-DD, got "2027-02-30"' },
      { field: 'holidays[3].date', message: '2026-10-01 is not in 2027' },
      { field: 'holidays[4].date', message: '2027-01-01 is listed twice (see holidays[0])' },
      { field: 'holidays[5].name', message: 'expected a name of 1 to 50 characters, e.g. 春节' },
      { field: 'workdays[0].date', message: `2027-02-09 is a weekday${SATURDAY_ONLY}` },
      { field: 'workdays[1].date', message: '2027-01-02 is listed both as a holiday and as a working day (see holidays[1])' },
    ]);
  });

  it.each([
    ['not JSON', '{"year": 2027,', [{ field: '', message: expect.stringContaining('not valid JSON') }]],
    ['a list', '[]', [{ field: '', message: 'expected an object { year, holidays, workdays }' }]],
    [
      'an empty object',
      '{}',
      [
        { field: 'year', message: 'expected a year from 2000 to 2099' },
        { field: 'holidays', message: 'expected a list of { date, name }' },
        { field: 'workdays', message: 'expected a list of { date, name }, empty if no weekend day is worked' },
      ],
    ],
    ['a mistyped year', json({ year: 2207, holidays: [{ date: '2207-01-01', name: '元旦' }], workdays: [] }), [{ field: 'year', message: 'expected a year from 2000 to 2099' }]],
    ['the year as text', json({ year: '2027', holidays: [{ date: '2027-01-01', name: '元旦' }], workdays: [] }), [{ field: 'year', message: 'expected a year from 2000 to 2099' }]],
    ['no holidays', json({ year: 2027, holidays: [], workdays: [] }), [{ field: 'holidays', message: 'expected at least one holiday' }]],
    ['a date not as YYYY-MM-DD', json({ year: 2027, holidays: [{ date: '2027/1/1', name: '元旦' }], workdays: [] }), [{ field: 'holidays[0].date', message: 'expected a real date as YYYY-MM-DD, got "2027/1/1"' }]],
    ['a missing date', json({ year: 2027, holidays: [{ name: '元旦' }], workdays: [] }), [{ field: 'holidays[0].date', message: 'expected a real date as YYYY-MM-DD, got null' }]],
  ])('%s', (_what, text, expected) => {
    expect(problems(text, 'json')).toEqual(expected);
  });
});

describe('parseOperatorCalendar, CSV problems by line', () => {
  it('reports every problem in one file', () => {
    const text = [
      'date,kind,name',
      '2027-01-01,holiday,元旦',
      '2027-01-01,holiday,元旦',
      '2027-02-09,workday,春节调休',
      '2027-02-07,rest,春节调休',
      '2027-10-01,holiday',
      '2026-10-01,holiday,国庆节',
      '2027-10-02,holiday,',
    ].join('\n');
    expect(problems(text, 'csv')).toEqual([
      { field: 'line 5.kind', message: 'expected holiday or workday, got "rest"' },
      { field: 'line 6', message: 'expected 3 columns (date,kind,name), found 2' },
      { field: 'line 3.date', message: '2027-01-01 is listed twice (see line 2)' },
      { field: 'line 4.date', message: `2027-02-09 is a weekday${SATURDAY_ONLY}` },
      { field: 'line 7.date', message: '2026-10-01 is not in 2027' },
      { field: 'line 8.name', message: 'expected a name of 1 to 50 characters, e.g. 春节' },
    ]);
  });

  it.each([
    ['an unclosed quote', '2027-01-01,holiday,"元旦', [{ field: '', message: expect.stringContaining('the CSV cannot be read') }]],
    ['workdays only', '2027-02-20,workday,春节调休', [{ field: '', message: 'expected at least one holiday' }]],
    ['an empty file', '', [{ field: '', message: 'expected at least one holiday' }]],
    [
      'a first date in a mistyped year',
      '2207-01-01,holiday,元旦',
      [{ field: 'line 1.date', message: "the file's year comes from its first date: expected a year from 2000 to 2099" }],
    ],
  ])('%s', (_what, text, expected) => {
    expect(problems(text, 'csv')).toEqual(expected);
  });
});
