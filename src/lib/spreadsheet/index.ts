/**
 * Spreadsheet import and export for bulk data: streaming .xlsx and .csv reading with limits that
 * refuse zip bombs, formulas and broken encodings; streaming .csv and .xlsx writing.
 */
export { detectFormat, type SpreadsheetFormat } from './detect-format.ts';
export { excelSerialToIsoDate } from './excel-date.ts';
export { readSpreadsheet } from './read-spreadsheet.ts';
export { columnLetter, SpreadsheetError, type SpreadsheetErrorCode } from './spreadsheet-error.ts';
export { DEFAULT_LIMITS, type Cell, type ReadOptions, type SheetRow, type TextColumns } from './types.ts';
export { writeSpreadsheet, type WriteOptions } from './write-spreadsheet.ts';
