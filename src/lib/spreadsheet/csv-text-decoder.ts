import { SpreadsheetError } from './spreadsheet-error.ts';
import { scanUtf8 } from './utf8-scan.ts';

type Encoding = 'utf8' | 'gbk';

/** A first non-ASCII line this long that is still valid UTF-8 is UTF-8; stop holding it back. */
const HOLD_LIMIT = 1024 * 1024;
const EMPTY = Buffer.alloc(0);

/**
 * Turns the bytes of an uploaded CSV into text, telling UTF-8 from GBK (GB18030) as it goes.
 *
 * Short GBK runs are often valid UTF-8 by accident (中 is D6 D0, also a valid two-byte UTF-8
 * sequence), so the decision waits until the first line holding non-ASCII bytes is complete: if
 * that whole line is valid UTF-8 the file is UTF-8, and a later invalid byte means a mixed file.
 * An invalid byte on that first line means GBK from the start — everything before it was ASCII,
 * which both encodings read the same, so nothing already emitted changes.
 */
export class CsvTextDecoder {
  private encoding: Encoding | undefined;
  /** Undecided: the raw bytes from the first non-ASCII byte on. UTF-8: a sequence cut by the chunk end. */
  private pending: Buffer = EMPTY;
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private readonly gbk = new TextDecoder('gb18030', { ignoreBOM: true });
  private readonly rows = new RowTracker();
  private atStart = true;

  decode(chunk: Buffer): string {
    return this.next(chunk, false);
  }

  end(): string {
    return this.next(EMPTY, true);
  }

  private next(chunk: Buffer, final: boolean): string {
    if (this.encoding === 'gbk') return this.decodeGbk(chunk, final);
    if (this.encoding === 'utf8') return this.decodeUtf8(chunk, final);
    return this.decodeUndecided(chunk, final);
  }

  private decodeUndecided(chunk: Buffer, final: boolean): string {
    let ascii = '';
    if (this.pending.length === 0) {
      const firstNonAscii = chunk.findIndex((byte) => byte >= 0x80);
      ascii = this.emit(chunk.toString('latin1', 0, firstNonAscii === -1 ? chunk.length : firstNonAscii));
      chunk = firstNonAscii === -1 ? EMPTY : chunk.subarray(firstNonAscii);
    }
    this.pending = Buffer.concat([this.pending, chunk]);
    this.encoding = this.chooseEncoding(final);
    if (this.encoding === undefined) return ascii;
    const held = this.pending;
    this.pending = EMPTY;
    return ascii + this.next(held, final);
  }

  private chooseEncoding(final: boolean): Encoding | undefined {
    const held = this.pending;
    if (held.length === 0) return final ? 'utf8' : undefined;
    if (held[0] === 0xef && held[1] === 0xbb && held[2] === 0xbf) return 'utf8'; // a UTF-8 BOM settles it
    const { invalidAt, completeEnd } = scanUtf8(held);
    const firstBad = invalidAt !== -1 ? invalidAt : final && completeEnd < held.length ? completeEnd : -1;
    const newline = held.indexOf(0x0a);
    if (newline !== -1 && (firstBad === -1 || newline < firstBad)) return 'utf8';
    if (firstBad !== -1) return 'gbk';
    return final || held.length > HOLD_LIMIT ? 'utf8' : undefined;
  }

  private decodeUtf8(chunk: Buffer, final: boolean): string {
    const bytes = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const { invalidAt, completeEnd } = scanUtf8(bytes);
    const firstBad = invalidAt !== -1 ? invalidAt : final && completeEnd < bytes.length ? completeEnd : -1;
    if (firstBad !== -1) {
      this.rows.advance(this.utf8.decode(bytes.subarray(0, firstBad)));
      throw new SpreadsheetError(
        'mixed_encoding',
        'this line is not UTF-8 although earlier lines are (probably GBK); save the whole file again as "CSV UTF-8"',
        { row: this.rows.row },
      );
    }
    this.pending = Buffer.from(bytes.subarray(completeEnd));
    return this.emit(this.utf8.decode(bytes.subarray(0, completeEnd)));
  }

  private decodeGbk(chunk: Buffer, final: boolean): string {
    const text = this.gbk.decode(chunk, { stream: !final });
    const bad = text.indexOf('\uFFFD');
    if (bad !== -1) {
      this.rows.advance(text.slice(0, bad));
      throw new SpreadsheetError(
        'bad_encoding',
        'this line holds bytes that are neither GBK nor UTF-8 text; save the file again as "CSV UTF-8"',
        { row: this.rows.row },
      );
    }
    return this.emit(text);
  }

  private emit(text: string): string {
    if (this.atStart && text.length > 0) {
      this.atStart = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.rows.advance(text);
    return text;
  }
}

/**
 * Follows record boundaries in CSV text so an encoding error can name the row the user sees. A
 * newline inside quotes does not end a record; doubled quotes toggle twice, so a plain toggle is exact.
 */
class RowTracker {
  row = 1;
  private quoted = false;

  advance(text: string): void {
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code === 0x22) this.quoted = !this.quoted;
      else if (code === 0x0a && !this.quoted) this.row += 1;
    }
  }
}
