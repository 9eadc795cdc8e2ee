import { open } from 'node:fs/promises';
import { SpreadsheetError } from './spreadsheet-error.ts';

export type SpreadsheetFormat = 'xlsx' | 'csv';

const SNIFF_BYTES = 8192;

/**
 * Decides by content, not by the name the uploader gave it: a ZIP is treated as XLSX (the XLSX
 * reader then checks it really is a workbook), text is CSV, anything else is refused.
 */
export async function detectFormat(path: string): Promise<SpreadsheetFormat> {
  const head = await readHead(path);
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return 'xlsx';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw notASpreadsheet('this is an old Excel 97–2003 (.xls) file; save it as .xlsx or CSV UTF-8 and upload it again');
  }
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) {
    throw notASpreadsheet('this is UTF-16 text ("Unicode Text"); save it as CSV UTF-8 and upload it again');
  }
  if (looksBinary(head)) throw notASpreadsheet('this file is neither an .xlsx workbook nor CSV text');
  return 'csv';
}

async function readHead(path: string): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/**
 * Binary data is full of control bytes; text has none, or a stray few inside cells. Those few must
 * reach the reader, so the import can name the row and column holding them instead of refusing
 * the whole file as "not a spreadsheet".
 */
function looksBinary(head: Buffer): boolean {
  let controls = 0;
  for (const byte of head) if (isBinaryControlByte(byte)) controls += 1;
  return controls > Math.max(MAX_STRAY_CONTROLS, head.length / 100);
}

const MAX_STRAY_CONTROLS = 8;

/** Control bytes other than tab, newline, carriage return, form feed and escape never occur in UTF-8 or GBK text. */
function isBinaryControlByte(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b;
}

export function notASpreadsheet(detail: string): SpreadsheetError {
  return new SpreadsheetError('not_a_spreadsheet', detail);
}
