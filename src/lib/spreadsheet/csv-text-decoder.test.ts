import { describe, expect, test } from 'vitest';
import { CsvTextDecoder } from './csv-text-decoder.ts';
import { SpreadsheetError } from './spreadsheet-error.ts';
import { encodeGbk } from './test-files.ts';

/** Decodes in chunks of the given size, so sequences split across chunks are exercised. */
function decodeInChunks(bytes: Buffer, size: number): string {
  const decoder = new CsvTextDecoder();
  let text = '';
  for (let i = 0; i < bytes.length; i += size) text += decoder.decode(bytes.subarray(i, i + size));
  return text + decoder.end();
}

function errorOf(run: () => unknown): SpreadsheetError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SpreadsheetError);
    return error as SpreadsheetError;
  }
  throw new Error('expected a SpreadsheetError');
}

describe('CsvTextDecoder', () => {
  const utf8 = Buffer.from('\uFEFFid,名称\n1,"科技\n中国"\n2,Zoë 😀\n');
  const gbk = encodeGbk('id,name\n1,中国\n2,科技中国\n');

  test.each([1, 2, 3, 7, 1024])('UTF-8 decodes the same in chunks of %i bytes, without the BOM', (size) => {
    expect(decodeInChunks(utf8, size)).toBe('id,名称\n1,"科技\n中国"\n2,Zoë 😀\n');
  });

  test.each([1, 2, 3, 1024])('GBK decodes the same in chunks of %i bytes', (size) => {
    expect(decodeInChunks(gbk, size)).toBe('id,name\n1,中国\n2,科技中国\n');
  });

  test('a GBK line that is valid UTF-8 by accident does not fool the decision when the line goes on', () => {
    // 中 alone (D6 D0) is valid UTF-8; 国 (B9 FA) on the same line is not.
    expect(decodeInChunks(encodeGbk('a\n中,国\n'), 1)).toBe('a\n中,国\n');
  });

  test.each([1, 5, 1024])('a GBK line after UTF-8 lines names its row (chunks of %i)', (size) => {
    const bytes = Buffer.concat([Buffer.from('h\n"多\n行",1\n'), encodeGbk('x\n中国\n')]);
    expect(errorOf(() => decodeInChunks(bytes, size))).toMatchObject({ code: 'mixed_encoding', row: 4 });
  });

  test('a UTF-8 file cut in the middle of a character is refused', () => {
    const bytes = Buffer.from('h\n中\n国').subarray(0, -1);
    expect(errorOf(() => decodeInChunks(bytes, 1024))).toMatchObject({ code: 'mixed_encoding', row: 3 });
  });
});
