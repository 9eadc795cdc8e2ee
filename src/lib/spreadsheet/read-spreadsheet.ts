import { stat } from 'node:fs/promises';
import { detectFormat } from './detect-format.ts';
import { readCsv } from './read-csv.ts';
import { readXlsx } from './read-xlsx.ts';
import { formatBytes, SpreadsheetError } from './spreadsheet-error.ts';
import { resolveLimits, type ReadOptions, type SheetRow } from './types.ts';

/**
 * Streams the rows of an uploaded .xlsx (first sheet) or .csv file. The header is the first row
 * yielded. Nothing is read before the size check, and no more than one chunk of rows is held.
 */
export async function* readSpreadsheet(path: string, options?: ReadOptions): AsyncGenerator<SheetRow> {
  const limits = resolveLimits(options);
  const { size } = await stat(path);
  if (size > limits.maxBytes) {
    throw new SpreadsheetError(
      'too_large',
      `the file is ${formatBytes(size)}; files up to ${formatBytes(limits.maxBytes)} are accepted. Split it into smaller files`,
    );
  }
  const format = await detectFormat(path);
  yield* format === 'xlsx' ? readXlsx(path, limits, options?.textColumns) : readCsv(path, limits, options?.textColumns);
}
