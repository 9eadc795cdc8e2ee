import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
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
 * Streams rows to a .csv or .xlsx file, chosen by the extension of path. The rows go to a
 * temporary file beside path, renamed to path only when complete, so path never holds a
 * half-written file; a failure (including one thrown by the rows iterable) removes the temporary
 * file once its stream has closed (removing it earlier races the stream's own open).
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
  const partial = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  const sink = new FileSink(partial);
  try {
    const count = format === '.csv' ? await writeCsv(sink, header, rows) : await writeXlsx(sink, header, rows, sheetName);
    await sink.close();
    await rename(partial, path);
    return { rows: count };
  } catch (error) {
    await sink.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}
