import { rm } from 'node:fs/promises';
import { extname } from 'node:path';
import { FileSink } from './file-sink.ts';
import type { Cell } from './types.ts';
import { writeCsv } from './write-csv.ts';
import { writeXlsx } from './write-xlsx.ts';
import { checkSheetName } from './xlsx-templates.ts';

export interface WriteOptions {
  /** XLSX only; default "Sheet1". */
  sheetName?: string;
}

/**
 * Streams rows to a .csv or .xlsx file, chosen by the extension of path. A failure (including one
 * thrown by the rows iterable) removes the half-written file.
 */
export async function writeSpreadsheet(
  path: string,
  header: string[],
  rows: AsyncIterable<Cell[]> | Iterable<Cell[]>,
  options: WriteOptions = {},
): Promise<{ rows: number }> {
  const format = extname(path).toLowerCase();
  if (format !== '.csv' && format !== '.xlsx') throw new RangeError(`Cannot write "${path}": use a .csv or .xlsx name`);
  const sheetName = checkSheetName(options.sheetName ?? 'Sheet1');
  const sink = new FileSink(path);
  try {
    const count = format === '.csv' ? await writeCsv(sink, header, rows) : await writeXlsx(sink, header, rows, sheetName);
    await sink.close();
    return { rows: count };
  } catch (error) {
    sink.destroy();
    await rm(path, { force: true });
    throw error;
  }
}
