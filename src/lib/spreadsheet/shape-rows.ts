import { SpreadsheetError } from './spreadsheet-error.ts';
import type { Cell, SheetRow, TextColumns } from './types.ts';

/**
 * A number cell as the file wrote it. The readers keep the text until the header is known, so the
 * columns the caller reads as text (codes) get exactly the file's characters, never a double's.
 */
export class Numeral {
  constructor(
    readonly text: string,
    readonly value: number,
  ) {}
}

export type RawCell = Cell | Numeral;

/**
 * Gives CSV and XLSX rows the same shape: blank rows are dropped (their numbers still count),
 * trailing empty cells are trimmed, and data rows are padded with null to the header's width so
 * callers can index cells by header position. The first non-blank row is the header; numbers in
 * the text columns it names come out as the text the file holds.
 */
export class RowShaper {
  private headerWidth: number | undefined;
  private textColumns: ReadonlySet<number> = new Set();

  constructor(
    private readonly maxColumns: number,
    private readonly textColumnsOf?: TextColumns,
  ) {}

  shape(rowNumber: number, raw: RawCell[]): SheetRow | undefined {
    let width = raw.length;
    while (width > 0 && raw[width - 1] === null) width -= 1;
    if (width === 0) return undefined;
    if (width > this.maxColumns) throw tooManyColumns(rowNumber, this.maxColumns);
    const cells = new Array<Cell>(width);
    for (let i = 0; i < width; i += 1) {
      const cell = raw[i]!;
      cells[i] = cell instanceof Numeral ? (this.textColumns.has(i) ? cell.text : cell.value) : cell;
    }
    if (this.headerWidth === undefined) {
      this.headerWidth = width;
      if (this.textColumnsOf) this.textColumns = new Set(this.textColumnsOf(cells));
    }
    while (cells.length < this.headerWidth) cells.push(null);
    return { rowNumber, cells };
  }

  get sawHeader(): boolean {
    return this.headerWidth !== undefined;
  }
}

export function tooManyColumns(row: number, maxColumns: number): SpreadsheetError {
  return new SpreadsheetError('too_many_columns', `the row has more than ${maxColumns} columns`, { row });
}

export function emptyFile(): SpreadsheetError {
  return new SpreadsheetError('empty', 'the file has no header row; it is empty');
}
