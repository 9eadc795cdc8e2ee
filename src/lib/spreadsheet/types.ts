export type Cell = string | number | boolean | null;

export interface SheetRow {
  /** The row number the spreadsheet user sees: the header is row 1, blank rows still count. */
  rowNumber: number;
  cells: Cell[];
}

export interface ReadOptions {
  /** Largest input file accepted, in bytes. Default 100 MiB. */
  maxBytes?: number;
  /** XLSX only: largest total of inflated bytes. Default 1 GiB. */
  maxUncompressedBytes?: number;
  /** XLSX only: largest inflated/compressed ratio for entries over 1 MiB. Default 100. */
  maxCompressionRatio?: number;
  /** Most columns a row may use. Default 200. */
  maxColumns?: number;
  /**
   * The columns whose number cells are handed out as the text the file holds (a CSV field's
   * characters, an XLSX cell's <v> text), given the header row: codes that are all digits must
   * never pass through a double, which keeps only 15–17 significant digits.
   */
  textColumns?: TextColumns;
}

export type TextColumns = (header: readonly Cell[]) => Iterable<number>;

export type ReadLimits = Required<Omit<ReadOptions, 'textColumns'>>;

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: ReadLimits = {
  maxBytes: 100 * MiB,
  maxUncompressedBytes: 1024 * MiB,
  maxCompressionRatio: 100,
  maxColumns: 200,
};

/** Excel refuses longer cells, so the reader and the writer both hold to it. */
export const MAX_CELL_CHARS = 32_767;

export function resolveLimits(options: ReadOptions = {}): ReadLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof ReadLimits)[]) {
    const value = options[key];
    if (value !== undefined) limits[key] = value;
  }
  return limits;
}
