import { formatCsvCell } from './csv-cells.ts';
import { type FileSink, TextBatch } from './file-sink.ts';
import type { Cell } from './types.ts';

/**
 * RFC 4180 CSV with CRLF line ends, in UTF-8 with a BOM: without the BOM Excel on a Chinese
 * Windows reads the file as GBK and shows mojibake. Cell conventions are in csv-cells.ts.
 */
export async function writeCsv(
  sink: FileSink,
  header: string[],
  rows: AsyncIterable<Cell[]> | Iterable<Cell[]>,
): Promise<number> {
  const batch = new TextBatch((text) => sink.write(text));
  await batch.add(`\uFEFF${formatLine(header)}`);
  let count = 0;
  for await (const row of rows) {
    count += 1;
    await batch.add(formatLine(row));
  }
  await batch.drain();
  return count;
}

function formatLine(cells: readonly Cell[]): string {
  return `${cells.map(formatCsvCell).join(',')}\r\n`;
}
