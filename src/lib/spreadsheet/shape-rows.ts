import { SpreadsheetError } from './spreadsheet-error.ts';
import type { Cell, SheetRow } from './types.ts';

/**
 * Gives CSV and XLSX rows the same shape: blank rows are dropped (their numbers still count),
 * trailing empty cells are trimmed, and data rows are padded with null to the header's width so
 * callers can index cells by header position. The first non-blank row is the header.
 */
export class RowShaper {
  private headerWidth: number | undefined;

  constructor(private readonly maxColumns: number) {}

  shape(rowNumber: number, cells: Cell[]): SheetRow | undefined {
    let width = cells.length;
    while (width > 0 && cells[width - 1] === null) width -= 1;
    if (width === 0) return undefined;
    if (width > this.maxColumns) throw tooManyColumns(rowNumber, this.maxColumns);
    cells.length = width;
    if (this.headerWidth === undefined) this.headerWidth = width;
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
