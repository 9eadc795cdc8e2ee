import { writeFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { handmadeWorkbook, readAll, useTempDir, writeZip } from './test-files.ts';
import type { Cell } from './types.ts';

const file = useTempDir();

/** The caller names its code columns by header text, as the import service does. */
const codeColumns = (header: readonly Cell[]) => header.flatMap((cell, i) => (cell === '代码' ? [i] : []));

describe('text columns keep the characters of number cells', () => {
  test('an unquoted 18-digit code in a CSV stays its digits in a text column, a number elsewhere', async () => {
    const path = file('codes.csv');
    // 913101156456892200 is exactly how JavaScript prints the nearest double, so without the
    // text column it reads as that double (whose digits the code does not keep).
    await writeFile(path, '代码,金额\r\n913101156456892200,913101156456892200\r\n310115,310115\r\n9.13101E+17,12.50\r\n');
    const rows = await readAll(path, { textColumns: codeColumns });
    expect(rows.map((row) => row.cells)).toEqual([
      ['代码', '金额'],
      ['913101156456892200', 913101156456892200],
      ['310115', 310115],
      ['9.13101E+17', '12.50'],
    ]);
    expect((await readAll(path)).map((row) => row.cells[0])).toEqual(['代码', 913101156456892200, 310115, '9.13101E+17']);
  });

  test('numeric XLSX cells in a text column are their <v> text, never a double', async () => {
    const path = file('codes.xlsx');
    await writeZip(path, handmadeWorkbook(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>金额</t></is></c><c r="B1" t="inlineStr"><is><t>代码</t></is></c></row>' +
        '<row r="2"><c r="A2"><v>913101156456892200</v></c><c r="B2"><v>913101156456892200</v></c></row>' +
        '<row r="3"><c r="A3"><v>9.13101156456892E+17</v></c><c r="B3"><v>9.13101156456892E+17</v></c></row>' +
        '<row r="4"><c r="A4"><v>310115.0</v></c><c r="B4" t="n"><v>310115.0</v></c></row>' +
        '<row r="5"><c r="B5" t="inlineStr"><is><t>91310115MA1K3YJ94Y</t></is></c></row>',
    ));
    expect((await readAll(path, { textColumns: codeColumns })).map((row) => row.cells)).toEqual([
      ['金额', '代码'],
      [913101156456892200, '913101156456892200'],
      [913101156456892000, '9.13101156456892E+17'],
      [310115, '310115.0'],
      [null, '91310115MA1K3YJ94Y'],
    ]);
  });

  test('the header row itself is read as usual', async () => {
    const path = file('numeric-header.csv');
    await writeFile(path, '2024,代码\r\n1,2\r\n');
    expect((await readAll(path, { textColumns: () => [0, 1] })).map((row) => row.cells)).toEqual([
      [2024, '代码'],
      ['1', '2'],
    ]);
  });
});
