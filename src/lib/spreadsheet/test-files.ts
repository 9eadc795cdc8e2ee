import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, expect } from 'vitest';
import { readSpreadsheet } from './read-spreadsheet.ts';
import { SpreadsheetError } from './spreadsheet-error.ts';
import type { ReadOptions, SheetRow } from './types.ts';

/** A fresh temporary directory for one test file; returns a function naming files inside it. */
export function useTempDir(): (name: string) => string {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kejin-spreadsheet-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return (name) => join(dir, name);
}

export async function readAll(path: string, options?: ReadOptions): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const row of readSpreadsheet(path, options)) rows.push(row);
  return rows;
}

export async function readError(path: string, options?: ReadOptions): Promise<SpreadsheetError> {
  const error = await readAll(path, options).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(SpreadsheetError);
  return error as SpreadsheetError;
}

export async function writeZip(path: string, files: Record<string, string | Uint8Array>): Promise<void> {
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(files)) zippable[name] = typeof content === 'string' ? strToU8(content) : content;
  await writeFile(path, zipSync(zippable));
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a hand-made workbook whose first sheet holds sheetData (and optional shared strings). */
export function handmadeWorkbook(sheetData: string, sharedStrings?: string): Record<string, string> {
  const parts: Record<string, string> = {
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'xl/workbook.xml': `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="企业" sheetId="1" r:id="rId7"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="${REL_NS}/worksheet" Target="worksheets/data.xml"/></Relationships>`,
    'xl/worksheets/data.xml': `<worksheet xmlns="${MAIN_NS}"><sheetData>${sheetData}</sheetData></worksheet>`,
  };
  if (sharedStrings !== undefined) parts['xl/sharedStrings.xml'] = `<sst xmlns="${MAIN_NS}">${sharedStrings}</sst>`;
  return parts;
}

/** GBK bytes for a few characters; Node can decode GBK but has no encoder. */
const GBK: Record<string, number[]> = { 中: [0xd6, 0xd0], 国: [0xb9, 0xfa], 科: [0xbf, 0xc6], 技: [0xbc, 0xbc] };

export function encodeGbk(text: string): Buffer {
  const bytes = [...text].flatMap((char) => {
    if (char.charCodeAt(0) < 0x80) return [char.charCodeAt(0)];
    const encoded = GBK[char];
    if (!encoded) throw new Error(`no GBK bytes for ${char} in the test table`);
    return encoded;
  });
  return Buffer.from(bytes);
}
