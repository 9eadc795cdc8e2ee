import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { encodeGbk, readAll, readError, useTempDir } from './test-files.ts';
import type { Cell } from './types.ts';
import { writeSpreadsheet } from './write-spreadsheet.ts';

const file = useTempDir();

const header = ['企业名称', '统一社会信用代码', '注册资本（万元）', '备注'];
const tricky: Cell[][] = [
  ['北京科金科技有限公司', '0012', 1200.5, '含逗号, 和 "引号"'],
  ['第二行\n换行', '91110108MA01ABCD2X', -3, null],
  ['=1+2', '+86 138', '-5', '@SUM(A1)'],
  ["'=already", "'plain apostrophe", '', true],
  ['TRUE', '12', '1e5', false],
  ['\ttab first', 'a\r\nb', ' padded ', 0],
];

describe('CSV round trip', () => {
  test('strings, numbers, booleans and nulls come back exactly', async () => {
    const path = file('round-trip.csv');
    expect(await writeSpreadsheet(path, header, tricky)).toEqual({ rows: tricky.length });
    const rows = await readAll(path);
    expect(rows.map((row) => row.cells)).toEqual([header, ...tricky]);
    expect(rows.map((row) => row.rowNumber)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test('the file is UTF-8 with a BOM, CRLF lines, quoted strings and guarded formulas', async () => {
    const path = file('written.csv');
    await writeSpreadsheet(path, ['名称', '金额'], [['=HYPERLINK("x")', 12], [null, '']]);
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('"名称","金额"\r\n"\'=HYPERLINK(""x"")",12\r\n,""\r\n');
  });

  test('rows from an async iterable are streamed', async () => {
    const path = file('async.csv');
    async function* rows() {
      for (let i = 0; i < 1000; i += 1) yield [`企业${i}`, i];
    }
    expect(await writeSpreadsheet(path, ['名称', '序号'], rows())).toEqual({ rows: 1000 });
    const read = await readAll(path);
    expect(read).toHaveLength(1001);
    expect(read[1000]).toEqual({ rowNumber: 1001, cells: ['企业999', 999] });
  });
});

describe('reading CSV from other tools', () => {
  test('a UTF-8 BOM is dropped and unquoted text stays text', async () => {
    const path = file('bom.csv');
    await writeFile(path, '\uFEFF名称,代码\n中关村,0012\n');
    expect((await readAll(path)).map((row) => row.cells)).toEqual([['名称', '代码'], ['中关村', '0012']]);
  });

  test('quoted cells may hold commas, quotes and line breaks; row numbers count records, not lines', async () => {
    const path = file('multiline.csv');
    await writeFile(path, 'name,note\r\n"a, b","line 1\r\nline 2"\r\n"say ""hi""",x\r\n');
    expect(await readAll(path)).toEqual([
      { rowNumber: 1, cells: ['name', 'note'] },
      { rowNumber: 2, cells: ['a, b', 'line 1\r\nline 2'] },
      { rowNumber: 3, cells: ['say "hi"', 'x'] },
    ]);
  });

  test('blank lines are skipped but still counted, and short rows are padded to the header', async () => {
    const path = file('blank-lines.csv');
    await writeFile(path, 'a,b,c\n\n1,2\n,,\n3\n\n\n');
    expect(await readAll(path)).toEqual([
      { rowNumber: 1, cells: ['a', 'b', 'c'] },
      { rowNumber: 3, cells: [1, 2, null] },
      { rowNumber: 5, cells: [3, null, null] },
    ]);
  });

  test('a GBK file (what Excel saves as "CSV" on Chinese Windows) is decoded', async () => {
    const path = file('gbk.csv');
    await writeFile(path, encodeGbk('name,city\r\n科技,中国\r\n中国科技,x\r\n'));
    expect((await readAll(path)).map((row) => row.cells)).toEqual([['name', 'city'], ['科技', '中国'], ['中国科技', 'x']]);
  });

  test('GBK after UTF-8 Chinese is refused naming the row', async () => {
    const path = file('mixed.csv');
    await writeFile(path, Buffer.concat([Buffer.from('name\n"中国\n北京"\nok\n'), encodeGbk('中国科技\n')]));
    const error = await readError(path);
    expect(error.code).toBe('mixed_encoding');
    expect(error.row).toBe(4);
    expect(error.message).toMatch(/^Row 4: .*CSV UTF-8/);
  });

  test('bytes that are neither UTF-8 nor GBK are refused naming the row', async () => {
    const path = file('bad-gbk.csv');
    await writeFile(path, Buffer.concat([encodeGbk('name\n中国\nab'), Buffer.from([0xff, 0x0a])]));
    const error = await readError(path);
    expect(error).toMatchObject({ code: 'bad_encoding', row: 3 });
  });

  test.each([
    ['an empty file', ''],
    ['only a BOM and blank lines', '\uFEFF\r\n\r\n'],
  ])('%s has no header', async (_, content) => {
    const path = file('empty.csv');
    await writeFile(path, content);
    const error = await readError(path);
    expect(error.code).toBe('empty');
  });

  test.each([
    ['a stray quote', 'a"b,c'],
    ['an unclosed quote', '"open,c'],
  ])('%s deep in a long file is malformed, naming its row', async (_, badLine) => {
    const path = file('bad-quote.csv');
    const lines = Array.from({ length: 20_000 }, (_, i) => (i === 14_999 ? badLine : `r${i},"多\n行"`));
    await writeFile(path, `${lines.join('\n')}\n`);
    expect(await readError(path)).toMatchObject({ code: 'malformed', row: 15_000 });
  });

  test('too many columns are refused', async () => {
    const path = file('wide.csv');
    await writeFile(path, `${Array.from({ length: 5 }, (_, i) => `c${i}`).join(',')}\n`);
    expect(await readError(path, { maxColumns: 4 })).toMatchObject({ code: 'too_many_columns', row: 1 });
  });
});
