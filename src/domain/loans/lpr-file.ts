// The file an operator loads LPR fixings from: CSV with the header date,one_year,five_year (1y and
// 5y are accepted as column names too) or JSON, an array of { date, oneYear, fiveYear }. Rates are
// written in percent as published ("3.00" for 3.00%, a trailing % allowed), in whole basis points.
// Every problem is reported with its line (CSV) or index (JSON) and field, all in one pass.
import type { LprFileFormat } from '../../../shared/operations.ts';
import { CsvError, parse, type Info } from 'csv-parse/sync';
import { invalidFields, problem, type FieldProblem } from '../shared/errors.ts';
import { civilDate } from './due-dates.ts';
import { monthOf, type LprFixing } from './lpr.ts';

export { LPR_FILE_FORMATS, type LprFileFormat } from '../../../shared/operations.ts';

const PERCENT = /^(\d{1,2})(?:\.(\d{1,2}))?%?$/;
/** Below this a value is most likely a fraction (0.03) typed where a percent (3.00) belongs. */
const LOWEST_PERCENT_BP = 50n;
const HIGHEST_PERCENT_BP = 2000n;
const MAX_ROWS = 1000;

const ONE_YEAR = ['one_year', '1y', '1-year', '1_year', 'oneyear'];
const FIVE_YEAR = ['five_year', '5y', '5-year', '5_year', 'fiveyear'];

interface RawRow {
  at: string;
  date: unknown;
  oneYear: unknown;
  fiveYear: unknown;
  names: { date: string; oneYear: string; fiveYear: string };
}

type RateProblem = 'lpr.rate_invalid' | 'lpr.rate_as_fraction' | 'lpr.rate_too_high';

/** "3.45" (percent) → "0.0345" (a fraction with four places), or the code saying why it is not a rate. */
export function percentToFraction(value: unknown): { ok: true; rate: string } | { ok: false; code: RateProblem; value: string } {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : null;
  const match = text === null ? null : PERCENT.exec(text);
  if (!match) return { ok: false, code: 'lpr.rate_invalid', value: JSON.stringify(value ?? null) };
  const bp = BigInt(match[1]!) * 100n + BigInt((match[2] ?? '').padEnd(2, '0') || '0');
  if (bp < LOWEST_PERCENT_BP) return { ok: false, code: 'lpr.rate_as_fraction', value: text! };
  if (bp > HIGHEST_PERCENT_BP) return { ok: false, code: 'lpr.rate_too_high', value: text! };
  return { ok: true, rate: `0.${bp.toString().padStart(4, '0')}` };
}

function checkRows(rows: RawRow[], today: string, problems: FieldProblem[]): LprFixing[] {
  const fixings: LprFixing[] = [];
  const seen = new Map<string, string>();
  for (const row of rows) {
    const at = (field: string) => `${row.at}.${field}`;
    const dateField = at(row.names.date);
    const date = typeof row.date === 'string' ? row.date.trim() : '';
    const civil = civilDate(date);
    if (!civil) problems.push(problem(dateField, 'lpr.date_invalid', { value: JSON.stringify(row.date ?? null) }));
    else if (civil.day < 20 || civil.day > 28) problems.push(problem(dateField, 'lpr.date_not_fixing_day', { date, day: civil.day }));
    else if (date > today) problems.push(problem(dateField, 'lpr.date_in_future', { date }));
    else if (seen.has(monthOf(date))) problems.push(problem(dateField, 'lpr.month_repeated', { month: monthOf(date), at: seen.get(monthOf(date))! }));
    if (civil) seen.set(monthOf(date), seen.get(monthOf(date)) ?? row.at);
    const one = percentToFraction(row.oneYear);
    const five = percentToFraction(row.fiveYear);
    if (!one.ok) problems.push(problem(at(row.names.oneYear), one.code, { value: one.value }));
    if (!five.ok) problems.push(problem(at(row.names.fiveYear), five.code, { value: five.value }));
    if (civil && one.ok && five.ok) fixings.push({ month: monthOf(date), date, oneYear: one.rate, fiveYear: five.rate });
  }
  return fixings;
}

function csvRows(text: string, problems: FieldProblem[]): RawRow[] {
  let parsed: { record: string[]; info: Info }[];
  try {
    const options = { bom: true, info: true, trim: true, skip_empty_lines: true, relax_column_count: true, comment: '#', comment_no_infix: true };
    parsed = parse(text, options) as unknown as { record: string[]; info: Info }[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    problems.push(problem('content', 'lpr.csv_unreadable'));
    return [];
  }
  const header = parsed.shift()?.record.map((c) => c.toLowerCase()) ?? [];
  const column = { date: header.indexOf('date'), oneYear: header.findIndex((c) => ONE_YEAR.includes(c)), fiveYear: header.findIndex((c) => FIVE_YEAR.includes(c)) };
  if (column.date < 0 || column.oneYear < 0 || column.fiveYear < 0) {
    problems.push(problem('line 1', 'lpr.header_invalid', { value: JSON.stringify(header.join(',')) }));
    return [];
  }
  const names = { date: 'date', oneYear: header[column.oneYear]!, fiveYear: header[column.fiveYear]! };
  return parsed.map(({ record, info }) => ({ at: `line ${info.lines}`, date: record[column.date], oneYear: record[column.oneYear], fiveYear: record[column.fiveYear], names }));
}

function jsonRows(text: string, problems: FieldProblem[]): RawRow[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    problems.push(problem('content', 'lpr.json_unreadable'));
    return [];
  }
  const list = Array.isArray(value) ? value : value && typeof value === 'object' && Array.isArray((value as { fixings?: unknown }).fixings) ? (value as { fixings: unknown[] }).fixings : null;
  if (!list) {
    problems.push(problem('content', 'lpr.json_not_list'));
    return [];
  }
  const names = { date: 'date', oneYear: 'oneYear', fiveYear: 'fiveYear' };
  return list.map((item: unknown, i) => {
    const o = item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
    return { at: `[${i}]`, date: o.date, oneYear: o.oneYear, fiveYear: o.fiveYear, names };
  });
}

/** The fixings in the file, or a 400 listing every problem in it (nothing is loaded then). */
export function parseLprFile(text: string, format: LprFileFormat, today: string): LprFixing[] {
  const problems: FieldProblem[] = [];
  const rows = format === 'csv' ? csvRows(text, problems) : jsonRows(text, problems);
  if (!problems.length && !rows.length) problems.push(problem('content', 'lpr.no_fixings'));
  if (rows.length > MAX_ROWS) problems.push(problem('content', 'lpr.too_many_fixings', { max: MAX_ROWS, count: rows.length }));
  const fixings = problems.length ? [] : checkRows(rows, today, problems);
  if (problems.length) throw invalidFields(problems);
  return fixings;
}
