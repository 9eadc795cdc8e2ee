import { createReadStream } from 'node:fs';
import { Readable, pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { readCsvField, quotedFields } from './csv-cells.ts';
import { CsvTextDecoder } from './csv-text-decoder.ts';
import { emptyFile, RowShaper, type RawCell } from './shape-rows.ts';
import { SpreadsheetError } from './spreadsheet-error.ts';
import { MAX_CELL_CHARS, type ReadLimits, type SheetRow, type TextColumns } from './types.ts';

/** Streams the records of a UTF-8 or GBK CSV file; every record is one row, as Excel shows it. */
export async function* readCsv(path: string, limits: ReadLimits, textColumns?: TextColumns): AsyncGenerator<SheetRow> {
  const shaper = new RowShaper(limits.maxColumns, textColumns);
  const records = pipeline(Readable.from(decodeFile(path)), createParser(limits), () => {
    // errors surface through the iteration below
  });
  let rowNumber = 0;
  try {
    for await (const { record, raw } of records as AsyncIterable<{ record: string[]; raw: string }>) {
      rowNumber += 1;
      const row = shaper.shape(rowNumber, typeCells(record, raw));
      if (row) yield row;
    }
  } catch (error) {
    throw asSpreadsheetError(error);
  } finally {
    records.destroy();
  }
  if (!shaper.sawHeader) throw emptyFile();
}

async function* decodeFile(path: string): AsyncGenerator<string> {
  const decoder = new CsvTextDecoder();
  for await (const chunk of createReadStream(path)) yield decoder.decode(chunk as Buffer);
  yield decoder.end();
}

function createParser(limits: ReadLimits) {
  return parse({
    record_delimiter: ['\r\n', '\n'],
    relax_column_count: true,
    skip_empty_lines: false,
    // Bounds the memory one record can take: every column at Excel's longest cell.
    max_record_size: limits.maxColumns * MAX_CELL_CHARS,
    // Which fields were quoted decides their type (see csv-cells.ts). csv-parse reports that per
    // field only to a cast function, which makes parsing ten times slower; reading it from the raw
    // record text costs a quarter.
    raw: true,
  });
}

function typeCells(record: string[], raw: string): RawCell[] {
  const quoted = quotedFields(raw);
  return record.map((value, i) => readCsvField(value, quoted[i] ?? false));
}

/** The parser runs ahead of the rows handed out, so the row comes from its own record count. */
function asSpreadsheetError(error: unknown): unknown {
  if (!(error instanceof CsvError)) return error;
  const row = Number(error.records) + 1;
  return new SpreadsheetError('malformed', `the CSV cannot be read here (${describeCsvError(error)})`, { row });
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted cell is never closed';
    case 'CSV_MAX_RECORD_SIZE':
      return 'the row is too long';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'INVALID_OPENING_QUOTE':
      return 'a quote character is out of place; quotes inside a cell must be doubled';
    default:
      return error.message;
  }
}
