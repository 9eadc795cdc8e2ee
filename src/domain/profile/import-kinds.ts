// The four spreadsheet kinds a park can import, keyed for idempotent upserts. Headers match in
// Chinese, English or by key; every cell is validated with a stable error code; toCells is
// parseRow's inverse, so an export re-imports with no change.
import type { ImportKind } from '../../../shared/profile.ts';
import { badCharacterProblem, describeBadCharacter, findBadCharacter } from '../shared/text.ts';
import { codeShapeOf, formatCell, isBlank, normalizeLabel, parseCell, type Cell, type CellValue } from './import-cells.ts';
import { FINANCIALS_IMPORT, type FinancialImportRow } from './import-financials.ts';
import { IP_IMPORT, type IpImportRow } from './import-ip.ts';
import { PROFILES_IMPORT, type ProfileImportRow } from './import-profiles.ts';
import type { CellValues, ImportColumn, ImportKindSpec, RowError } from './import-spec.ts';
import { STAFF_IMPORT, type StaffImportRow } from './import-staff.ts';

export type { Cell, CellType, ImportErrorCode } from './import-cells.ts';
export type { ImportColumn, RowError } from './import-spec.ts';
export type { FinancialImportRow, IpImportRow, ProfileImportRow, StaffImportRow };

export { IMPORT_KINDS, type ImportKind } from '../../../shared/profile.ts';

export interface ImportRows {
  profiles: ProfileImportRow;
  financials: FinancialImportRow;
  ip: IpImportRow;
  staff: StaffImportRow;
}
export type ImportRowOf<K extends ImportKind> = ImportRows[K];

export const IMPORT_KIND_SPECS: Readonly<Record<ImportKind, ImportKindSpec>> = {
  profiles: PROFILES_IMPORT,
  financials: FINANCIALS_IMPORT,
  ip: IP_IMPORT,
  staff: STAFF_IMPORT,
};

export const columnsOf = (kind: ImportKind): readonly ImportColumn[] => IMPORT_KIND_SPECS[kind].columns;

/** Each kind's columns in template order: key, headers, whether required, an example, a Chinese description. */
export const IMPORT_COLUMNS: Readonly<Record<ImportKind, readonly ImportColumn[]>> = {
  profiles: PROFILES_IMPORT.columns,
  financials: FINANCIALS_IMPORT.columns,
  ip: IP_IMPORT.columns,
  staff: STAFF_IMPORT.columns,
};

/** The header row of a template or an export. */
export function templateHeader(kind: ImportKind, language: 'zh' | 'en' = 'zh'): string[] {
  return columnsOf(kind).map((c) => (language === 'zh' ? c.headerZh : c.headerEn));
}

export interface HeaderError {
  /** The column key when known, else the header text as found. */
  column: string;
  /** The header as the file has it (the template's for a missing column). */
  header: string;
  headerEn?: string;
  /** 1-based positions of the column and, for a repeat, of its first occurrence. */
  position?: number;
  first?: number;
  code: 'unknown_column' | 'missing_column' | 'duplicate_column';
  message: string;
}

export type HeaderMatch = { ok: true; columnIndex: Record<string, number> } | { ok: false; errors: HeaderError[] };

/** Header spellings compare like enum labels, ignoring a '*' that marks required columns. */
const headerLabel = (text: string): string => normalizeLabel(text).replace(/^\*+|\*+$/g, '');

function headerLookup(kind: ImportKind): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const c of columnsOf(kind)) for (const label of [c.key, c.headerZh, c.headerEn]) lookup.set(headerLabel(label), c.key);
  return lookup;
}

/** Blank header cells (trailing columns) are skipped; their data is never read. */
export function matchHeaders(kind: ImportKind, headerCells: readonly string[]): HeaderMatch {
  const lookup = headerLookup(kind);
  const columnIndex: Record<string, number> = {};
  const errors: HeaderError[] = [];
  headerCells.forEach((text, index) => {
    if (text.trim() === '') return;
    const key = lookup.get(headerLabel(text));
    if (key === undefined) {
      errors.push({ column: text, header: text, position: index + 1, code: 'unknown_column', message: `column ${index + 1} "${text}" is not part of the ${kind} template` });
    } else if (key in columnIndex) {
      errors.push({ column: key, header: text, position: index + 1, first: columnIndex[key]! + 1, code: 'duplicate_column', message: `"${text}" (column ${index + 1}) repeats column ${columnIndex[key]! + 1}` });
    } else {
      columnIndex[key] = index;
    }
  });
  for (const c of columnsOf(kind)) {
    if (c.required && !(c.key in columnIndex)) {
      errors.push({ column: c.key, header: c.headerZh, headerEn: c.headerEn, code: 'missing_column', message: `required column "${c.headerZh}" (${c.headerEn}) is missing` });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, columnIndex };
}

/**
 * The positions of the code columns (credit code, region, industry, IP numbers) in a header row,
 * for the reader to hand out as the file's text: such a code must never pass through a number.
 */
export function codeColumnIndexes(kind: ImportKind, headerCells: readonly Cell[]): number[] {
  const lookup = headerLookup(kind);
  const codes = new Set(columnsOf(kind).filter((c) => codeShapeOf(c.type) !== null).map((c) => c.key));
  return headerCells.flatMap((cell, index) => {
    const key = typeof cell === 'string' ? lookup.get(headerLabel(cell)) : undefined;
    return key !== undefined && codes.has(key) ? [index] : [];
  });
}

export type RowParse<Row> = { ok: true; value: Row } | { ok: false; errors: RowError[] };

/** Validates every cell of one data row; a column absent from the file reads as blank. */
export function parseRow<K extends ImportKind>(
  kind: K,
  cells: readonly Cell[],
  columnIndex: Readonly<Record<string, number>>,
  today: string,
): RowParse<ImportRowOf<K>> {
  const spec = IMPORT_KIND_SPECS[kind];
  const values: CellValues = {};
  const errors: RowError[] = [];
  for (const c of spec.columns) {
    const index = columnIndex[c.key];
    const cell = index === undefined ? null : cells[index];
    // The text rule comes first: a cell of control characters is refused, not read as blank.
    const bad = typeof cell === 'string' ? findBadCharacter(cell) : null;
    if (bad !== null) {
      values[c.key] = null;
      const { code, params } = badCharacterProblem(cell as string, bad);
      errors.push({ column: c.key, code: 'bad_character', message: `${c.headerEn} ${describeBadCharacter(cell as string, bad)}`, params: { ...params, textCode: code } });
      continue;
    }
    if (cell === undefined || isBlank(cell)) {
      values[c.key] = null;
      if (c.required) errors.push({ column: c.key, code: 'required', message: `${c.headerEn} is required` });
      continue;
    }
    const parsed = parseCell(cell, c.type, today);
    if (parsed.ok) values[c.key] = parsed.value;
    else errors.push({ column: c.key, code: parsed.code, message: `${c.headerEn}: ${parsed.message}`, params: parsed.params });
  }
  const refined = spec.refine ? spec.refine(values, today) : { values, errors: [] };
  errors.push(...refined.errors.filter((e) => !errors.some((earlier) => earlier.column === e.column)));
  // Every column key is set above and the cell types match the row types, column by column.
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: refined.values as unknown as ImportRowOf<K> };
}

/** Identifies a row within a file, for duplicate detection: the key columns' values. */
export function rowKey<K extends ImportKind>(kind: K, value: ImportRowOf<K>): string {
  const row = value as unknown as Record<string, CellValue | null>;
  return JSON.stringify(IMPORT_KIND_SPECS[kind].keyColumns.map((key) => String(row[key] ?? '')));
}

/** The inverse of parseRow: cells in template order, amounts as exact 万元 text. */
export function toCells<K extends ImportKind>(kind: K, value: ImportRowOf<K>): (string | number | null)[] {
  const row = value as unknown as Record<string, CellValue | null | undefined>;
  return columnsOf(kind).map((c) => formatCell(row[c.key], c.type));
}
