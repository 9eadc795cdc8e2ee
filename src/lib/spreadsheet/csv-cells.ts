import { Numeral, type RawCell } from './shape-rows.ts';
import type { Cell } from './types.ts';

/*
 * How cells are written to and read from CSV, in one place so a round trip is exact:
 *
 * - null is an empty unquoted field; an empty string is "" (quoted).
 * - Strings are always quoted; numbers and booleans (TRUE / FALSE) are not. Quoted fields are
 *   always strings, so "12" and "TRUE" written as strings come back as strings.
 * - An unquoted field becomes a number only when it is exactly how JavaScript prints that number,
 *   so "0012", " 12", "1e5" or an 18-digit identity number stay strings and no digit is ever lost.
 *   A file saved by Excel quotes only when it must, so there "12" becomes 12 and "" becomes null.
 * - CSV formula injection: a string starting with = + - @ (or tab / carriage return, which Excel
 *   also treats as formula starts) is written with a leading apostrophe, so Excel shows it as text
 *   instead of running it. The reader removes one leading apostrophe only when what follows is
 *   apostrophes and then one of those characters, so a string the user really began with ' stays
 *   as it was.
 */

const FORMULA_START = /^'*[=+\-@\t\r]/;
const QUOTE = 0x22;
const COMMA = 0x2c;

export function formatCsvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number') return formatNumber(cell);
  const guarded = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return `"${guarded.replaceAll('"', '""')}"`;
}

export function parseCsvField(value: string, quoted: boolean): Cell {
  const cell = readCsvField(value, quoted);
  return cell instanceof Numeral ? cell.value : cell;
}

/** As parseCsvField, with a number kept beside its text for the columns read as text. */
export function readCsvField(value: string, quoted: boolean): RawCell {
  if (quoted) return unguard(value);
  if (value === '') return null;
  if (value === 'TRUE') return true;
  if (value === 'FALSE') return false;
  const number = Number(value);
  if (Number.isFinite(number) && String(number) === value) return new Numeral(value, number);
  return unguard(value);
}

/**
 * Whether each field of one raw CSV record was quoted. The parser has already refused stray
 * quotes, so every quote either opens, closes or doubles inside a quoted field, and toggling on
 * each one tracks "inside quotes" exactly.
 */
export function quotedFields(raw: string): boolean[] {
  const quoted = [raw.charCodeAt(0) === QUOTE];
  let inside = false;
  for (let i = 0; i < raw.length; i += 1) {
    const code = raw.charCodeAt(i);
    if (code === QUOTE) inside = !inside;
    else if (code === COMMA && !inside) quoted.push(raw.charCodeAt(i + 1) === QUOTE);
  }
  return quoted;
}

function unguard(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot write ${value} to a spreadsheet`);
  return String(value);
}
