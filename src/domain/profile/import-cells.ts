// One spreadsheet cell → one typed value, and back. Each column declares a cell type; this file
// knows how every type is read (tolerantly: the ways people really type dates and numbers in
// Chinese spreadsheets) and written (canonically, so an export re-imports unchanged).
import { isValidIndustryCode, isValidRegionCode, normalizeCreditCode, validateCreditCode } from '../codes/index.ts';
import { codeTextOfNumber, describeDamagedCode, FIX_CODE_COLUMN, lostDigitsHint, type CodeShape } from './damaged-codes.ts';
import { dayNumberOf, excelSerialToIsoDate, isIsoMonth, monthOf, yearOf } from './dates.ts';
import { formatWan, numberToDecimalText, parseWan } from './money.ts';

export type Cell = string | number | boolean | null;
export type CellValue = string | number | bigint;

/** Stable codes the service translates; messages are English for logs and the CLI. */
export type ImportErrorCode =
  | 'required'
  | 'invalid_credit_code'
  | 'unknown_industry'
  | 'unknown_region'
  | 'negative_amount'
  | 'future_date'
  | 'not_a_number'
  | 'not_an_integer'
  | 'date_invalid'
  | 'too_precise'
  | 'too_long'
  | 'out_of_range'
  | 'invalid_enum'
  | 'invalid_ip_number'
  | 'date_order'
  | 'inconsistent'
  | 'damaged_code'
  | 'bad_character';

export interface EnumOption {
  value: string;
  /** Other spellings accepted on import, e.g. the Chinese label. */
  labels: readonly string[];
}

export type CellType =
  /** `code`: an identifier (patent or certificate number), read as the file's text, never as a number. */
  | { kind: 'text'; maxLength: number; code?: boolean }
  | { kind: 'credit_code' }
  | { kind: 'industry' }
  | { kind: 'region' }
  | { kind: 'date' }
  | { kind: 'month' }
  | { kind: 'year' }
  | { kind: 'wan'; allowNegative: boolean }
  | { kind: 'count' }
  | { kind: 'enum'; options: readonly EnumOption[] };

/** A problem's parameters: the cell's value as the file has it and what the rule expected. */
export type CellParams = Record<string, string | number | readonly string[]>;
export type CellResult = { ok: true; value: CellValue } | { ok: false; code: ImportErrorCode; message: string; params: CellParams };

const ok = (value: CellValue): CellResult => ({ ok: true, value });
const fail = (code: ImportErrorCode, message: string, params: CellParams = {}): CellResult => ({ ok: false, code, message, params });

export const isBlank = (cell: Cell | undefined): boolean =>
  cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

const shown = (cell: Cell): string => (typeof cell === 'string' ? `"${cell}"` : String(cell));

/** Counts at most this; amounts at most ¥10^15 (10^17 fen), far beyond any real statement. */
const MAX_COUNT = 10_000_000;
const MAX_FEN = 10n ** 17n;

function parseAmount(cell: Cell, allowNegative: boolean): CellResult {
  const text = typeof cell === 'number' ? numberToDecimalText(cell) : typeof cell === 'string' ? cell : null;
  if (text === null) return fail('not_a_number', `expected an amount in 万元 such as 1234.56, got ${shown(cell)}`, { value: String(cell), expected: 'amount' });
  const parsed = parseWan(text);
  if (!parsed.ok) {
    return parsed.reason === 'too_precise'
      ? fail('too_precise', `${shown(cell)} has more than 6 decimals of 万元 (one fen is 0.000001 万元)`, { value: String(cell) })
      : fail('not_a_number', `expected an amount in 万元 such as 1234.56, got text ${shown(cell)}`, { value: String(cell), expected: 'amount' });
  }
  if (parsed.fen < 0n && !allowNegative) return fail('negative_amount', `${shown(cell)} is negative; this figure cannot be`, { value: String(cell) });
  if (parsed.fen >= MAX_FEN || parsed.fen <= -MAX_FEN) return fail('out_of_range', `${shown(cell)} 万元 is implausibly large`, { value: String(cell) });
  return ok(parsed.fen);
}

function parseWholeNumber(cell: Cell): number | 'not_a_number' | 'not_an_integer' {
  const text = typeof cell === 'number' ? numberToDecimalText(cell) : typeof cell === 'string' ? cell.trim().replaceAll(',', '') : null;
  if (text === null || !/^[+-]?\d+(\.\d+)?$/.test(text)) return 'not_a_number';
  if (!/^[+-]?\d+(\.0+)?$/.test(text)) return 'not_an_integer';
  return Number(text.replace(/\.0+$/, ''));
}

function parseCount(cell: Cell): CellResult {
  const value = parseWholeNumber(cell);
  if (value === 'not_a_number') return fail('not_a_number', `expected a whole number, got ${shown(cell)}`, { value: String(cell), expected: 'count' });
  if (value === 'not_an_integer') return fail('not_an_integer', `expected a whole number, got ${shown(cell)}`, { value: String(cell) });
  if (value < 0 || value > MAX_COUNT) return fail('out_of_range', `${shown(cell)} must be between 0 and ${MAX_COUNT}`, { value: String(cell) });
  return ok(value);
}

const pad2 = (text: string) => text.padStart(2, '0');

/** 'YYYY-MM-DD', 'YYYY/M/D', 'YYYY.M.D', 'YYYY年M月D日', 'YYYYMMDD', an ISO date-time at any time, or an Excel serial. */
export function readDate(cell: Cell): string | null {
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 19_000_101 && cell <= 99_991_231) return readDate(String(cell));
    return excelSerialToIsoDate(cell);
  }
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  const match =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(text) ??
    /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (match === null) return null;
  const iso = `${match[1]}-${pad2(match[2]!)}-${pad2(match[3]!)}`;
  return dayNumberOf(iso) === null ? null : iso;
}

/** 'YYYY-MM', 'YYYY/M', 'YYYY年M月', 'YYYYMM' (also as a number), or any date (its month). */
export function readMonth(cell: Cell): string | null {
  const text = typeof cell === 'number' && Number.isInteger(cell) ? String(cell) : typeof cell === 'string' ? cell.trim() : null;
  const match = text === null ? null : (/^(\d{4})[-/.](\d{1,2})$/.exec(text) ?? /^(\d{4})年(\d{1,2})月$/.exec(text) ?? /^(\d{4})(\d{2})$/.exec(text));
  if (match) {
    const month = `${match[1]}-${pad2(match[2]!)}`;
    return isIsoMonth(month) ? month : null;
  }
  const date = readDate(cell);
  return date === null ? null : monthOf(date);
}

function parseYear(cell: Cell, today: string): CellResult {
  const text = typeof cell === 'string' ? cell.trim().replace(/年$/, '') : cell;
  const value = parseWholeNumber(text);
  if (typeof value !== 'number') return fail('not_a_number', `expected a year such as 2024, got ${shown(cell)}`, { value: String(cell), expected: 'year' });
  if (value < 1949) return fail('out_of_range', `${value} is not a plausible fiscal year`, { value: String(value) });
  if (value > yearOf(today)) return fail('future_date', `${value} is in the future`, { value: String(value), today });
  return ok(value);
}

/** Spellings compare after NFKC (full-width → half-width), lower case, no spaces, '-' as '_'. */
export const normalizeLabel = (text: string): string =>
  text.normalize('NFKC').toLowerCase().replace(/[\s\u3000]+/g, '').replaceAll('-', '_');

function parseEnum(cell: Cell, options: readonly EnumOption[]): CellResult {
  const wanted = normalizeLabel(String(cell));
  const found = options.find((o) => normalizeLabel(o.value) === wanted || o.labels.some((l) => normalizeLabel(l) === wanted));
  return found ? ok(found.value) : fail('invalid_enum', `${shown(cell)} is not one of ${options.map((o) => o.value).join(', ')}`, { value: String(cell), values: options.map((o) => o.labels[0] ?? o.value) });
}

/** GB/T 4754 divisions 01–97 to their section letter, so a bare '6513' reads as 'I6513'. */
const SECTION_STARTS: readonly (readonly [number, string])[] = [
  [1, 'A'], [6, 'B'], [13, 'C'], [44, 'D'], [47, 'E'], [51, 'F'], [53, 'G'], [61, 'H'], [63, 'I'], [66, 'J'],
  [70, 'K'], [71, 'L'], [73, 'M'], [76, 'N'], [80, 'O'], [83, 'P'], [84, 'Q'], [86, 'R'], [90, 'S'], [97, 'T'],
];

export function normalizeIndustryCode(text: string): string {
  const code = text.trim().toUpperCase();
  if (!/^\d{2,4}$/.test(code)) return code;
  const division = Number(code.slice(0, 2));
  const section = [...SECTION_STARTS].reverse().find(([start]) => division >= start)?.[1];
  return section ? section + code : code;
}

const asText = (cell: Cell): string => (typeof cell === 'number' ? (numberToDecimalText(cell) ?? String(cell)) : String(cell)).trim();

/** Which cell types hold codes: the reader keeps their cells' text, and damage is looked for. */
export function codeShapeOf(type: CellType): CodeShape | null {
  if (type.kind === 'credit_code' || type.kind === 'industry' || type.kind === 'region') return 'digits';
  return type.kind === 'text' && type.code ? 'mixed' : null;
}

/** A code cell's text, or why the spreadsheet has left no code in it. */
function codeText(cell: Cell, shape: CodeShape): { ok: true; text: string } | { ok: false; result: CellResult } {
  const text = typeof cell === 'number' ? codeTextOfNumber(cell) : String(cell).trim();
  if (text === null) return { ok: false, result: fail('damaged_code', `${shown(cell)} is a number too long to hold the code's digits; ${FIX_CODE_COLUMN}`, { value: String(cell), damage: 'too_long_number' }) };
  const damage = describeDamagedCode(text, shape);
  return damage === null ? { ok: true, text } : { ok: false, result: fail('damaged_code', damage.message, { value: text, damage: damage.kind }) };
}

function parseText(cell: Cell, type: CellType, today: string): CellResult {
  const shape = codeShapeOf(type);
  const code = shape === null ? null : codeText(cell, shape);
  if (code && !code.ok) return code.result;
  const text = code ? code.text : asText(cell);
  switch (type.kind) {
    case 'text':
      return text.length > type.maxLength ? fail('too_long', `has ${text.length} characters, at most ${type.maxLength} allowed`, { length: text.length, max: type.maxLength }) : ok(text);
    case 'credit_code':
      return parseCreditCode(text);
    case 'industry': {
      const code = normalizeIndustryCode(text);
      return isValidIndustryCode(code) ? ok(code) : fail('unknown_industry', `${shown(cell)} is not a GB/T 4754-2017 code we know, e.g. I6513`, { value: String(cell) });
    }
    case 'region':
      return isValidRegionCode(text) ? ok(text) : fail('unknown_region', `${shown(cell)} is not a GB/T 2260 region code we know, e.g. 310115`, { value: String(cell) });
    default:
      return parseDated(cell, type, today);
  }
}

function parseCreditCode(text: string): CellResult {
  const code = normalizeCreditCode(text);
  const check = validateCreditCode(code);
  if (check.ok) return ok(code);
  const hint = lostDigitsHint(code);
  return fail('invalid_credit_code', `${code}: ${check.message}${hint ? `; ${hint}` : ''}`, { value: code, reason: check.reason, lostDigits: hint ? 1 : 0 });
}

function parseDated(cell: Cell, type: CellType, today: string): CellResult {
  if (type.kind === 'month') {
    const month = readMonth(cell);
    if (month === null) return fail('date_invalid', `expected a month such as 2025-03, got ${shown(cell)}`, { value: String(cell), expected: 'month' });
    return month > monthOf(today) ? fail('future_date', `${month} is in the future`, { value: month, today }) : ok(month);
  }
  const date = readDate(cell);
  if (date === null) return fail('date_invalid', `expected a date such as 2024-03-15, got ${shown(cell)}`, { value: String(cell), expected: 'date' });
  return date > today ? fail('future_date', `${date} is after today (${today})`, { value: date, today }) : ok(date);
}

/** Parses a non-blank cell. Booleans are never valid data. */
export function parseCell(cell: Cell, type: CellType, today: string): CellResult {
  if (typeof cell === 'boolean') {
    const code = type.kind === 'wan' || type.kind === 'count' ? 'not_a_number' : 'invalid_enum';
    return fail(code, `${cell} is a true/false value, not data`, { value: String(cell), expected: 'data' });
  }
  if (type.kind === 'wan') return parseAmount(cell, type.allowNegative);
  if (type.kind === 'count') return parseCount(cell);
  if (type.kind === 'year') return parseYear(cell, today);
  if (type.kind === 'enum') return parseEnum(cell, type.options);
  return parseText(cell, type, today);
}

/** The canonical cell for a typed value: 万元 as exact decimal text, dates as YYYY-MM-DD. */
export function formatCell(value: CellValue | null | undefined, type: CellType): string | number | null {
  if (value === null || value === undefined) return null;
  if (type.kind === 'wan') return formatWan(typeof value === 'bigint' ? value : BigInt(value));
  if (typeof value === 'bigint') return value.toString();
  return value;
}
