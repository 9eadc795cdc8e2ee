import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { formatBytes, SpreadsheetError } from './spreadsheet-error.ts';
import type { ReadLimits } from './types.ts';

/** Ratios are only judged on entries this large: small XML parts compress very well and harm nobody. */
const RATIO_CHECK_FROM_BYTES = 1024 * 1024;
/** A workbook has tens of parts; a central directory listing thousands is an attack or not a workbook. */
const MAX_ENTRIES = 10_000;

/**
 * A ZIP opened for reading with the zip-bomb checks done up front from the central directory
 * (total declared size, per-entry ratio), and inflated bytes counted while reading because the
 * declared sizes can lie.
 */
export class ZipArchive {
  private inflatedBytes = 0;

  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
    private readonly limits: ReadLimits,
  ) {}

  static async open(path: string, limits: ReadLimits): Promise<ZipArchive> {
    const zip = await openZip(path);
    try {
      if (zip.entryCount > MAX_ENTRIES) throw zipBomb(`the archive lists ${zip.entryCount} files`);
      const entries = new Map<string, Entry>();
      for await (const entry of zip.eachEntry()) entries.set(entry.fileName.toLowerCase(), entry);
      checkDeclaredSizes([...entries.values()], limits);
      return new ZipArchive(zip, entries, limits);
    } catch (error) {
      zip.close();
      throw asZipError(error);
    }
  }

  /** Part names in OOXML are case-insensitive. */
  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  async *read(name: string): AsyncGenerator<Buffer> {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) throw new SpreadsheetError('malformed', `the workbook has no part "${name}"`);
    if (entry.isEncrypted()) throw new SpreadsheetError('not_a_spreadsheet', 'the workbook is encrypted');
    const stream = await this.zip.openReadStreamPromise(entry).catch((error: unknown) => {
      throw asZipError(error);
    });
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        this.inflatedBytes += chunk.length;
        if (this.inflatedBytes > this.limits.maxUncompressedBytes) {
          throw zipBomb(`it inflates to more than ${formatBytes(this.limits.maxUncompressedBytes)}`);
        }
        yield chunk;
      }
    } catch (error) {
      throw asZipError(error);
    } finally {
      stream.destroy();
    }
  }

  close(): void {
    this.zip.close();
  }
}

async function openZip(path: string): Promise<ZipFile> {
  try {
    return await yauzl.openPromise(path, { autoClose: false, validateEntrySizes: true, strictFileNames: false });
  } catch (error) {
    throw new SpreadsheetError('not_a_spreadsheet', `the file is not a readable .xlsx workbook (${messageOf(error)})`);
  }
}

function checkDeclaredSizes(entries: Entry[], limits: ReadLimits): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > RATIO_CHECK_FROM_BYTES && ratio > limits.maxCompressionRatio) {
      throw zipBomb(`"${entry.fileName}" would inflate ${Math.round(ratio)} times`);
    }
  }
  if (total > limits.maxUncompressedBytes) {
    throw zipBomb(`it would inflate to ${formatBytes(total)}, above the ${formatBytes(limits.maxUncompressedBytes)} limit`);
  }
}

function zipBomb(reason: string): SpreadsheetError {
  return new SpreadsheetError('zip_bomb', `the file was refused because ${reason}; this looks like a zip bomb, not a workbook`);
}

/** yauzl's "too many bytes" means an entry inflated past its declared size: a lie only a bomb tells. */
function asZipError(error: unknown): unknown {
  if (error instanceof SpreadsheetError) return error;
  const message = messageOf(error);
  if (message.includes('too many bytes')) return zipBomb('an entry inflates beyond its declared size');
  return new SpreadsheetError('malformed', `the workbook is damaged (${message})`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
