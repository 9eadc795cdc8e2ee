import { readFile, truncate, writeFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { detectFormat } from './detect-format.ts';
import { handmadeWorkbook, readAll, readError, useTempDir, writeZip } from './test-files.ts';
import { writeSpreadsheet } from './write-spreadsheet.ts';

const file = useTempDir();
const MiB = 1024 * 1024;

describe('input size', () => {
  test('a 200 MB file is refused from its size alone', async () => {
    const path = file('huge.csv');
    await writeFile(path, '');
    await truncate(path, 200 * MiB); // sparse: nothing is written, and nothing may be read
    const error = await readError(path);
    expect(error.code).toBe('too_large');
    expect(error.message).toBe('The file is 200.0 MB; files up to 100.0 MB are accepted. Split it into smaller files');
  });

  test('maxBytes lowers the limit', async () => {
    const path = file('small.csv');
    await writeFile(path, 'a\n'.repeat(1000));
    expect((await readError(path, { maxBytes: 1000 })).code).toBe('too_large');
    await expect(readAll(path, { maxBytes: 2000 })).resolves.toHaveLength(1000);
  });
});

describe('zip bombs', () => {
  test('a highly compressible 50 MB entry is refused before inflating', async () => {
    const path = file('bomb.xlsx');
    await writeZip(path, { ...handmadeWorkbook(''), 'xl/media/padding.bin': new Uint8Array(50 * MiB) });
    const error = await readError(path);
    expect(error.code).toBe('zip_bomb');
    expect(error.message).toMatch(/"xl\/media\/padding\.bin" would inflate \d+ times/);
  });

  test('the ratio is only judged on entries over 1 MiB, and the limit is an option', async () => {
    const path = file('compressible.xlsx');
    const rows = Array.from({ length: 40_000 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>1</v></c></row>`);
    await writeZip(path, handmadeWorkbook(`<row r="1"><c r="A1"><v>0</v></c></row>${rows.join('')}`));
    await expect(readAll(path)).resolves.toHaveLength(40_001);
    expect((await readError(path, { maxCompressionRatio: 5 })).code).toBe('zip_bomb');
  });

  test('a total declared size above maxUncompressedBytes is refused up front', async () => {
    const path = file('total.xlsx');
    await writeSpreadsheet(path, ['a'], Array.from({ length: 100 }, (_, i) => [i]));
    expect((await readError(path, { maxUncompressedBytes: 2000 })).code).toBe('zip_bomb');
  });

  test('an entry that inflates past its declared size is stopped while inflating', async () => {
    const path = file('liar.xlsx');
    const parts = handmadeWorkbook('');
    parts['xl/worksheets/data.xml'] = `<worksheet><sheetData>${' '.repeat(5 * MiB)}</sheetData></worksheet>`;
    await writeZip(path, parts);
    await writeFile(path, declareSize(await readFile(path), 'xl/worksheets/data.xml', 1000));
    expect((await readError(path)).code).toBe('zip_bomb');
  });
});

describe('files that are not spreadsheets', () => {
  test('a Word document is not a workbook', async () => {
    const path = file('letter.xlsx');
    await writeZip(path, { '[Content_Types].xml': '<Types/>', 'word/document.xml': '<document/>' });
    const error = await readError(path);
    expect(error.code).toBe('not_a_spreadsheet');
    expect(error.message).toMatch(/no xl\/workbook\.xml/);
  });

  test('random bytes named .xlsx are refused', async () => {
    const path = file('random.xlsx');
    await writeFile(path, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
    expect((await readError(path)).code).toBe('not_a_spreadsheet');
  });

  test('a CSV with a stray control character is still CSV, so the cell can be named', async () => {
    const path = file('stray-control.csv');
    await writeFile(path, 'name,code\r\n"bell\u0007",1\r\n"nul\u0000",2\r\n');
    expect(await detectFormat(path)).toBe('csv');
    expect((await readAll(path)).map((row) => row.cells[0])).toEqual(['name', 'bell\u0007', 'nul\u0000']);
  });

  test('a file that starts like a ZIP but is cut short is refused', async () => {
    const path = file('truncated.xlsx');
    await writeFile(path, Buffer.from('PK\u0003\u0004 and then nothing useful'));
    expect((await readError(path)).code).toBe('not_a_spreadsheet');
  });

  test.each([
    ['xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /\.xls/],
    ['utf16', Buffer.from('\uFEFFname\tcity\n', 'utf16le'), /UTF-16/],
  ])('%s gets a message saying what to do', async (name, bytes, message) => {
    const path = file(`${name}.csv`);
    await writeFile(path, bytes);
    await expect(detectFormat(path)).rejects.toMatchObject({ code: 'not_a_spreadsheet', message: expect.stringMatching(message) });
  });

  test('the format comes from the content, not the name', async () => {
    const zipNamedCsv = file('really-a-workbook.csv');
    await writeSpreadsheet(file('source.xlsx'), ['a'], [[1]]);
    await writeFile(zipNamedCsv, await readFile(file('source.xlsx')));
    expect(await detectFormat(zipNamedCsv)).toBe('xlsx');
    expect((await readAll(zipNamedCsv)).map((row) => row.cells)).toEqual([['a'], [1]]);
    await writeFile(file('text.xlsx'), 'a,b\n');
    expect(await detectFormat(file('text.xlsx'))).toBe('csv');
  });
});

/** Rewrites an entry's declared uncompressed size in both its local and central headers. */
function declareSize(zip: Buffer, name: string, size: number): Buffer {
  for (let at = zip.indexOf('PK\u0001\u0002'); at !== -1; at = zip.indexOf('PK\u0001\u0002', at + 4)) {
    const nameLength = zip.readUInt16LE(at + 28);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) !== name) continue;
    zip.writeUInt32LE(size, at + 24);
    zip.writeUInt32LE(size, zip.readUInt32LE(at + 42) + 22);
  }
  return zip;
}
