import type { SaxesParser, SaxesTagPlain } from 'saxes';
import { Numeral, tooManyColumns, type RawCell } from './shape-rows.ts';
import { columnIndex, SpreadsheetError } from './spreadsheet-error.ts';
import { MAX_CELL_CHARS } from './types.ts';
import { localName, unescapeOoxml } from './xml-text.ts';

export interface RawRow {
  rowNumber: number;
  cells: RawCell[];
}

interface OpenCell {
  column: number;
  type: string;
  text: string;
  hasValue: boolean;
}

/**
 * Collects the rows of a worksheet's <sheetData> as SAX events arrive. Rows may skip numbers and
 * cells may skip columns (sparse sheets); the cell reference ("C7") says where each one goes.
 */
export class SheetParser {
  private completed: RawRow[] = [];
  private rowNumber = 0;
  private cells: RawCell[] = [];
  private nextColumn = 0;
  private cell: OpenCell | undefined;
  private textDepth = 0;
  private phoneticDepth = 0;

  constructor(
    parser: SaxesParser,
    private readonly sharedStrings: readonly string[],
    private readonly maxColumns: number,
  ) {
    parser.on('opentag', (tag) => this.open(tag));
    parser.on('closetag', (tag) => this.close(localName(tag.name)));
    parser.on('text', (text) => this.addText(text));
    parser.on('cdata', (text) => this.addText(text));
  }

  /** The rows completed since the last call. */
  takeRows(): RawRow[] {
    const rows = this.completed;
    this.completed = [];
    return rows;
  }

  private open(tag: SaxesTagPlain): void {
    const name = localName(tag.name);
    if (name === 'row') this.openRow(tag.attributes.r);
    else if (name === 'c') this.openCell(tag.attributes.r, tag.attributes.t);
    else if (name === 'f' && this.cell) throw this.error('formula', 'formulas are not allowed; paste values instead');
    else if (name === 'v' || name === 't') this.openText();
    else if (name === 'rPh') this.phoneticDepth += 1;
  }

  private close(name: string): void {
    if (name === 'row') this.completed.push({ rowNumber: this.rowNumber, cells: this.cells });
    else if (name === 'c') this.closeCell();
    else if (name === 'v' || name === 't') this.textDepth -= 1;
    else if (name === 'rPh') this.phoneticDepth -= 1;
  }

  private openRow(reference: string | undefined): void {
    this.rowNumber = reference === undefined ? this.rowNumber + 1 : Number(reference);
    if (!Number.isSafeInteger(this.rowNumber) || this.rowNumber < 1) {
      throw new SpreadsheetError('malformed', `a row has the invalid number "${reference}"`);
    }
    this.cells = [];
    this.nextColumn = 0;
  }

  private openCell(reference: string | undefined, type: string | undefined): void {
    const column = reference === undefined ? this.nextColumn : columnIndex(reference.replace(/\d+$/, ''));
    if (column < 0) {
      throw new SpreadsheetError('malformed', `a cell has the invalid reference "${reference}"`, { row: this.rowNumber });
    }
    this.cell = { column, type: type ?? 'n', text: '', hasValue: false };
    this.nextColumn = column + 1;
  }

  private openText(): void {
    this.textDepth += 1;
    if (this.cell) this.cell.hasValue = true;
  }

  private addText(text: string): void {
    if (!this.cell || this.textDepth === 0 || this.phoneticDepth > 0) return;
    this.cell.text += text;
    if (this.cell.text.length > MAX_CELL_CHARS) {
      throw this.error('malformed', `the cell is longer than Excel's ${MAX_CELL_CHARS} characters`);
    }
  }

  private closeCell(): void {
    const value = this.cellValue();
    const { column } = this.cell!;
    this.cell = undefined;
    if (value === null) return;
    if (column >= this.maxColumns) throw tooManyColumns(this.rowNumber, this.maxColumns);
    while (this.cells.length < column) this.cells.push(null);
    this.cells[column] = value;
  }

  private cellValue(): RawCell {
    const { type, text, hasValue } = this.cell!;
    if (!hasValue) return null;
    switch (type) {
      case 's':
        return this.sharedString(text);
      case 'inlineStr':
      case 'str':
        return unescapeOoxml(text);
      case 'd':
        return text;
      case 'b':
        return this.boolean(text);
      case 'e':
        throw this.error('malformed', `the cell shows the error ${text}; correct or clear it`);
      default:
        return this.number(text);
    }
  }

  private sharedString(text: string): string {
    const value = this.sharedStrings[Number(text)];
    if (value === undefined) throw this.error('malformed', `the cell refers to a missing shared string (${text})`);
    return value;
  }

  private boolean(text: string): boolean {
    if (text !== '0' && text !== '1') throw this.error('malformed', `"${text}" is not a boolean`);
    return text === '1';
  }

  /** The <v> text is kept: a code column takes it as it is, never through a double. */
  private number(text: string): Numeral | null {
    if (text.trim() === '') return null;
    const value = Number(text);
    if (!Number.isFinite(value)) throw this.error('malformed', `"${text}" is not a number`);
    return new Numeral(text.trim(), value);
  }

  private error(code: 'formula' | 'malformed', detail: string): SpreadsheetError {
    return new SpreadsheetError(code, detail, { row: this.rowNumber, column: this.cell?.column });
  }
}
