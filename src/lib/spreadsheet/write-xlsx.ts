import { Zip, ZipDeflate } from 'fflate';
import { type FileSink, TextBatch } from './file-sink.ts';
import type { Cell } from './types.ts';
import { rowXml, SHEET_END, SHEET_PART, SHEET_START, workbookParts } from './xlsx-templates.ts';

/**
 * Streams a one-sheet workbook: the small fixed parts first, then the sheet, deflated as rows
 * arrive. Strings are inline (no shared string table to hold in memory), numbers are numbers.
 */
export async function writeXlsx(
  sink: FileSink,
  header: string[],
  rows: AsyncIterable<Cell[]> | Iterable<Cell[]>,
  sheetName: string,
): Promise<number> {
  const zip = new ZipOutput(sink);
  for (const [name, xml] of workbookParts(sheetName)) zip.addWhole(name, xml);
  const sheet = zip.addStreamed(SHEET_PART);
  const batch = new TextBatch(async (text) => {
    sheet.push(Buffer.from(text));
    await zip.flush();
  });
  await batch.add(SHEET_START + rowXml(1, header, true));
  let count = 0;
  for await (const row of rows) {
    count += 1;
    await batch.add(rowXml(count + 1, row));
  }
  await batch.add(SHEET_END);
  await batch.drain();
  sheet.push(new Uint8Array(0), true);
  await zip.end();
  return count;
}

/** fflate hands out ZIP bytes synchronously; they wait here until the file can take them. */
class ZipOutput {
  private readonly zip: Zip;
  private readonly ready: Uint8Array[] = [];
  private failure: Error | undefined;

  constructor(private readonly sink: FileSink) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else this.ready.push(chunk);
    });
  }

  addWhole(name: string, text: string): void {
    const file = new ZipDeflate(name, { level: 6 });
    this.zip.add(file);
    file.push(Buffer.from(text), true);
  }

  addStreamed(name: string): ZipDeflate {
    const file = new ZipDeflate(name, { level: 6 });
    this.zip.add(file);
    return file;
  }

  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    for (const chunk of this.ready.splice(0)) await this.sink.write(chunk);
  }

  async end(): Promise<void> {
    this.zip.end();
    await this.flush();
  }
}
