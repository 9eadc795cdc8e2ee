// CSV bytes → a column-oriented Dataset with a binary label. Two streaming passes over the bytes
// (csv-parse's on_record drops each record after use), so a large file is never held as one
// string nor as an array of string rows: pass 1 decides each column's type, pass 2 fills arrays.
import { CsvError, parse } from 'csv-parse/sync';
import { fail, type DomainError } from '../shared/errors.ts';
import type { Dataset, Feature } from './types.ts';

export const MAX_ROWS = 5_000_000;
/** A column whose non-missing cells are at least this share numbers is meant to be numeric. */
const MOSTLY_NUMERIC = 0.95;
const MISSING = new Set(['', '?', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL']);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export interface CsvDatasetOptions {
  label: string;
  /** The label value of the positive class; default 1 when the label values are 0 and 1. */
  positive?: string;
  maxRows?: number;
}

export interface CsvDataset {
  dataset: Dataset;
  label: string;
  positive: string;
  negative: string;
}

interface ColumnStats {
  name: string;
  present: number;
  numeric: number;
  firstText?: { line: number; value: string };
  first?: string;
  varies: boolean;
}

const isMissing = (cell: string) => MISSING.has(cell);
const toNumber = (cell: string) => (NUMBER.test(cell) ? Number(cell) : NaN);

export function datasetFromCsv(input: Uint8Array | string, options: CsvDatasetOptions): CsvDataset {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  assertText(bytes);
  const maxRows = options.maxRows ?? MAX_ROWS;
  const lines = countLines(bytes);
  if (lines > maxRows + 1) throw fail('dataset.too_many_rows', { lines, max: maxRows });

  const scan = scanColumns(bytes, options.label);
  if (scan.rows < 2) throw fail('dataset.too_few_rows', { rows: scan.rows });
  const { positive, negative } = chooseClasses(options.label, scan.labelCounts, options.positive);
  const types = scan.columns.map((c, i) => (i === scan.labelIndex ? 'label' : columnType(c)));
  return { dataset: fillDataset(bytes, scan, types, positive), label: options.label, positive, negative };
}

function assertText(bytes: Uint8Array) {
  if (bytes.length === 0) throw fail('dataset.empty');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) throw fail('dataset.zip');
  const head = bytes.subarray(0, 1 << 20);
  if (head.includes(0)) throw fail('dataset.binary');
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true }); // stream: a character cut at the end is fine
  } catch {
    throw fail('dataset.not_utf8');
  }
}

function countLines(bytes: Uint8Array): number {
  let lines = 0;
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) lines++;
  return bytes[bytes.length - 1] === 10 ? lines : lines + 1;
}

/** Calls visit for each data row (header excluded) with its cells trimmed and its line number. */
function eachRow(bytes: Uint8Array, onHeader: (cells: string[]) => void, visit: (cells: string[], line: number) => void) {
  let header = true;
  let columns = 0;
  try {
    parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      bom: true,
      skip_empty_lines: true,
      on_record: (record: string[], context) => {
        const cells = record.map((c) => c.trim());
        if (header) {
          columns = cells.length;
          onHeader(cells);
        } else visit(cells, context.lines);
        header = false;
        return null; // keep nothing: the caller has taken what it needs
      },
    });
  } catch (err) {
    if (err instanceof CsvError) throw csvUnreadable(err, columns);
    throw err;
  }
}

/** Why csv-parse gave up, as a code with the line (and, for a row of the wrong width, both widths). */
function csvUnreadable(err: CsvError, columns: number): DomainError {
  const line = Number((err as CsvError & { lines?: number }).lines ?? 0);
  switch (err.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH': {
      const record = (err as CsvError & { record?: unknown[] }).record;
      return fail('dataset.csv_row_width', { line, expected: columns, got: Array.isArray(record) ? record.length : 0 });
    }
    case 'CSV_QUOTE_NOT_CLOSED':
      return fail('dataset.csv_quote_not_closed', { line });
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return fail('dataset.csv_stray_quote', { line });
    default:
      return fail('dataset.csv_unreadable', { line });
  }
}

interface Scan {
  columns: ColumnStats[];
  labelIndex: number;
  labelCounts: Map<string, number>;
  rows: number;
}

function scanColumns(bytes: Uint8Array, label: string): Scan {
  const scan: Scan = { columns: [], labelIndex: -1, labelCounts: new Map(), rows: 0 };
  eachRow(
    bytes,
    (names) => {
      scan.columns = names.map((name) => ({ name, present: 0, numeric: 0, varies: false }));
      checkHeader(names, label);
      scan.labelIndex = names.indexOf(label);
    },
    (cells, line) => {
      scan.rows++;
      const value = cells[scan.labelIndex] ?? '';
      if (isMissing(value)) throw fail('dataset.label_missing_on_line', { label, line });
      if (scan.labelCounts.size <= 2 || scan.labelCounts.has(value)) scan.labelCounts.set(value, (scan.labelCounts.get(value) ?? 0) + 1);
      cells.forEach((cell, i) => observe(scan.columns[i]!, cell, line));
    },
  );
  if (scan.labelIndex < 0) throw fail('dataset.no_header');
  return scan;
}

function checkHeader(names: string[], label: string) {
  if (!names.includes(label)) {
    throw fail('dataset.label_column_missing', { label, columns: names.length > 30 ? [...names.slice(0, 30), '…'] : names });
  }
  const seen = new Set<string>();
  for (const name of names) {
    if (!name) throw fail('dataset.empty_column_name');
    if (seen.has(name)) throw fail('dataset.duplicate_column', { name });
    seen.add(name);
  }
  if (names.length < 2) throw fail('dataset.no_features');
}

function observe(column: ColumnStats, cell: string, line: number) {
  if (isMissing(cell)) return;
  column.present++;
  if (Number.isFinite(toNumber(cell))) column.numeric++;
  else column.firstText ??= { line, value: cell };
  if (column.first === undefined) column.first = cell;
  else if (!column.varies && cell !== column.first && !(toNumber(cell) === toNumber(column.first))) column.varies = true;
}

function chooseClasses(label: string, counts: Map<string, number>, positive?: string) {
  const values = [...counts.keys()];
  if (values.length > 2) throw fail('dataset.label_not_binary', { label, values: values.slice(0, 3) });
  if (values.length < 2) throw fail('dataset.label_one_class', { label, value: values[0] ?? '' });
  if (positive !== undefined) {
    if (!counts.has(positive)) throw fail('dataset.positive_absent', { positive, label, values });
    return { positive, negative: values.find((v) => v !== positive)! };
  }
  const asNumbers = values.map(toNumber).sort();
  if (asNumbers[0] === 0 && asNumbers[1] === 1) {
    return { positive: values.find((v) => toNumber(v) === 1)!, negative: values.find((v) => toNumber(v) === 0)! };
  }
  throw fail('dataset.positive_required', { label, values });
}

type ColumnType = 'numeric' | 'categorical' | 'label';

function columnType(column: ColumnStats): ColumnType {
  if (column.present === 0) throw fail('dataset.column_empty', { name: column.name });
  if (column.numeric === column.present) return 'numeric';
  if (column.numeric >= MOSTLY_NUMERIC * column.present && column.firstText) {
    const { line, value } = column.firstText;
    throw fail('dataset.text_in_numeric', { name: column.name, line, value });
  }
  return 'categorical';
}

function fillDataset(bytes: Uint8Array, scan: Scan, types: ColumnType[], positive: string): Dataset {
  assertNotConstant(scan.columns, types, scan.rows);
  const rows = scan.rows;
  const labels = new Uint8Array(rows);
  const fillers = scan.columns.map((c, i) => columnFiller(c.name, types[i]!, rows));
  let row = 0;
  eachRow(
    bytes,
    () => undefined,
    (cells) => {
      labels[row] = cells[scan.labelIndex] === positive ? 1 : 0;
      for (let i = 0; i < fillers.length; i++) fillers[i]?.set(row, cells[i] ?? '');
      row++;
    },
  );
  const features = fillers.flatMap((f) => (f ? [f.done()] : []));
  return { features, labels, rows };
}

function assertNotConstant(columns: ColumnStats[], types: ColumnType[], rows: number) {
  // A column with one value and some blanks still says something (blank or not), so it stays.
  const constant = columns.filter((c, i) => types[i] !== 'label' && !c.varies && c.present === rows);
  if (constant.length) throw fail('dataset.constant_columns', { columns: constant.map((c) => `${c.name} (${c.first})`) });
}

interface ColumnFiller {
  set(row: number, cell: string): void;
  done(): Feature;
}

function columnFiller(name: string, type: ColumnType, rows: number): ColumnFiller | undefined {
  if (type === 'numeric') {
    const values = new Float64Array(rows);
    return { set: (row, cell) => (values[row] = isMissing(cell) ? NaN : toNumber(cell)), done: () => ({ kind: 'numeric', name, values }) };
  }
  if (type === 'label') return undefined;
  const codes = new Int32Array(rows);
  const index = new Map<string, number>();
  const categories: string[] = [];
  const codeOf = (cell: string) => {
    let code = index.get(cell);
    if (code === undefined) index.set(cell, (code = categories.push(cell) - 1));
    return code;
  };
  return { set: (row, cell) => (codes[row] = isMissing(cell) ? -1 : codeOf(cell)), done: () => ({ kind: 'categorical', name, categories, codes }) };
}
