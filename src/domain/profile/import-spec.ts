// The shape every import kind is declared in: its columns (with how each cell is read), the
// columns that key a row for upserts, and the checks that span several cells.
import type { CellParams, CellType, CellValue, ImportErrorCode } from './import-cells.ts';

export interface ImportColumn {
  key: string;
  headerZh: string;
  headerEn: string;
  required: boolean;
  example: string;
  descriptionZh: string;
  type: CellType;
}

export interface RowError {
  /** The column key (not the header text), so the service can point at the cell. */
  column: string;
  code: ImportErrorCode;
  message: string;
  /** What the error code needs to be said in words; a parameter named `…Column` holds a column key. */
  params?: CellParams;
  /** A cross-cell rule's own name (`import.row.<rule>` in the error catalogue). */
  rule?: string;
}

/** Parsed cells by column key; a blank optional cell is null. */
export type CellValues = Record<string, CellValue | null>;

export interface ImportKindSpec {
  nameZh: string;
  nameEn: string;
  columns: readonly ImportColumn[];
  /** Together these identify a row: an import upserts on them, and a file may not repeat them. */
  keyColumns: readonly string[];
  /** Cross-cell checks once every cell has parsed; may return normalised values (e.g. IP numbers). */
  refine?(values: CellValues, today: string): { values: CellValues; errors: RowError[] };
}

interface ColumnOptions {
  required?: boolean;
  example: string;
  descriptionZh: string;
}

export function column(key: string, headerZh: string, headerEn: string, type: CellType, options: ColumnOptions): ImportColumn {
  return { key, headerZh, headerEn, type, required: options.required ?? false, example: options.example, descriptionZh: options.descriptionZh };
}

/** Amounts are in fen, so compare bigints; null (not given) never conflicts. */
export function exceeds(values: CellValues, part: string, whole: string): boolean {
  const a = values[part];
  const b = values[whole];
  return typeof a === typeof b && a !== null && b !== null && a! > b!;
}
