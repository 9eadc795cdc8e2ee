export type SpreadsheetErrorCode =
  | 'not_a_spreadsheet'
  | 'too_large'
  | 'zip_bomb'
  | 'formula'
  | 'mixed_encoding'
  | 'bad_encoding'
  | 'malformed'
  | 'empty'
  | 'too_many_columns';

export interface ErrorPlace {
  row?: number;
  /** Zero-based column index; the message shows it as a letter. */
  column?: number;
}

/**
 * Everything wrong with an uploaded file surfaces as this one error, with a message a park
 * administrator can act on (it names the row and column as Excel shows them).
 */
export class SpreadsheetError extends Error {
  readonly code: SpreadsheetErrorCode;
  /** The row number as the user sees it (header = 1). */
  readonly row?: number;
  /** Zero-based, like an index into SheetRow.cells; columnLetter gives "C". */
  readonly column?: number;

  constructor(code: SpreadsheetErrorCode, detail: string, place: ErrorPlace = {}) {
    super(prefixPlace(detail, place));
    this.name = 'SpreadsheetError';
    this.code = code;
    if (place.row !== undefined) this.row = place.row;
    if (place.column !== undefined) this.column = place.column;
  }

  /** The column as the user sees it ("C"), when the error names one. */
  get columnLetter(): string | undefined {
    return this.column === undefined ? undefined : columnLetter(this.column);
  }
}

/** "Row 7, column C: formulas are not allowed…", or just the detail, capitalised. */
function prefixPlace(detail: string, { row, column }: ErrorPlace): string {
  const place = [row === undefined ? '' : `row ${row}`, column === undefined ? '' : `column ${columnLetter(column)}`]
    .filter(Boolean)
    .join(', ');
  return capitalise(place ? `${place}: ${detail}` : detail);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "A" → 0, "AA" → 26; -1 when the text is not column letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n - 1;
}

export function formatBytes(bytes: number): string {
  const MiB = 1024 * 1024;
  return bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
