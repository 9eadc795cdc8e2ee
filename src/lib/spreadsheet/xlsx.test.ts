import { access, readdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { describe, expect, test } from 'vitest';
import { handmadeWorkbook, readAll, readError, useTempDir, writeZip } from './test-files.ts';
import type { Cell } from './types.ts';
import { writeSpreadsheet } from './write-spreadsheet.ts';

const file = useTempDir();

describe('XLSX round trip', () => {
  test('strings, numbers, booleans and nulls come back exactly', async () => {
    const header = ['企业名称', '代码', '金额', '备注', '上市'];
    const rows: Cell[][] = [
      ['北京科金, "引号" & <标签>', '0012', 1200.5, '第一行\r\n第二行\n第三行', true],
      ['  前后空格  ', '_x000D_ literal', -0.000123, null, false],
      [null, '', 1e21, '=1+2', null],
      ['bad \u0001 control \uD800 surrogate', 'Zoë 😀', 9007199254740991, '\t', null],
    ];
    const path = file('round-trip.xlsx');
    expect(await writeSpreadsheet(path, header, rows, { sheetName: '企业名单' })).toEqual({ rows: 4 });
    const read = await readAll(path);
    expect(read.map((row) => row.rowNumber)).toEqual([1, 2, 3, 4, 5]);
    const expected = rows.map((row) => [...row]);
    expected[3]![0] = 'bad  control  surrogate'; // characters XML cannot carry are dropped
    expect(read.map((row) => row.cells)).toEqual([header, ...expected]);
  });

  test.each(['csv', 'xlsx'])('a failing row source leaves no half-written .%s file', async (format) => {
    const path = file(`failing.${format}`);
    function* rows(): Generator<Cell[]> {
      yield ['ok'];
      throw new Error('database went away');
    }
    await expect(writeSpreadsheet(path, ['a'], rows())).rejects.toThrow('database went away');
    await expect(access(path)).rejects.toThrow(/ENOENT/);
  });

  test.each(['csv', 'xlsx'])('a row source failing at once leaves neither the file nor a temporary one (.%s)', async (format) => {
    const path = file(`at-once.${format}`);
    // eslint-disable-next-line require-yield -- fails before its first row, while the file is still opening
    function* rows(): Generator<Cell[]> {
      throw new Error('no rows today');
    }
    for (let i = 0; i < 20; i += 1) await expect(writeSpreadsheet(path, ['a'], rows())).rejects.toThrow('no rows today');
    expect((await readdir(dirname(path))).filter((name) => name.includes('at-once'))).toEqual([]);
  });

  test('a failed write leaves an earlier file at the same path as it was', async () => {
    const path = file('kept.csv');
    await writeSpreadsheet(path, ['a'], [['first']]);
    const before = await readFile(path);
    function* rows(): Generator<Cell[]> {
      yield ['second'];
      throw new Error('database went away');
    }
    await expect(writeSpreadsheet(path, ['a'], rows())).rejects.toThrow('database went away');
    expect(await readFile(path)).toEqual(before);
  });

  test('numbers that no spreadsheet can hold are refused', async () => {
    await expect(writeSpreadsheet(file('nan.xlsx'), ['a'], [[Number.NaN]])).rejects.toThrow(/NaN/);
  });

  test('sheet names Excel would reject are refused before anything is written', async () => {
    await expect(writeSpreadsheet(file('bad-name.xlsx'), ['a'], [], { sheetName: 'a/b' })).rejects.toThrow(/sheet name/);
  });
});

describe('reading workbooks from other tools', () => {
  test('sparse rows keep their numbers and cells their columns', async () => {
    const path = file('sparse.xlsx');
    await writeZip(path, handmadeWorkbook(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="C1" t="inlineStr"><is><t>c</t></is></c></row>' +
        '<row r="4"><c r="B4"><v>2</v></c><c r="D4" s="3"/></row>' +
        '<row r="6" spans="1:3"><c r="E6" t="b"><v>1</v></c></row>' +
        '<row r="7"><c r="A7" s="1"/></row>',
    ));
    expect(await readAll(path)).toEqual([
      { rowNumber: 1, cells: ['a', null, 'c'] },
      { rowNumber: 4, cells: [null, 2, null] },
      { rowNumber: 6, cells: [null, null, null, null, true] },
    ]);
  });

  test('rows and cells without references follow on from the previous ones', async () => {
    const path = file('no-references.xlsx');
    await writeZip(path, handmadeWorkbook('<row><c t="str"><v>x</v></c><c><v>1</v></c></row><row><c><v>2</v></c></row>'));
    expect(await readAll(path)).toEqual([
      { rowNumber: 1, cells: ['x', 1] },
      { rowNumber: 2, cells: [2, null] },
    ]);
  });

  test('shared strings join rich text runs and skip phonetic guides', async () => {
    const path = file('shared.xlsx');
    await writeZip(path, handmadeWorkbook(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>',
      '<si><t>名称</t></si>' +
        '<si><r><rPr><b/></rPr><t>科金</t></r><r><t xml:space="preserve"> 科技</t></r><rPh sb="0" eb="1"><t>kejin</t></rPh></si>' +
        '<si><t>line_x000D_break</t></si>',
    ));
    expect((await readAll(path))[0]!.cells).toEqual(['名称', '科金 科技', 'line\rbreak']);
  });

  test('prefixed element names, ISO dates and inline rich text are read', async () => {
    const path = file('prefixed.xlsx');
    const parts = handmadeWorkbook('');
    parts['xl/worksheets/data.xml'] =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="2"><x:c r="A2" t="d"><x:v>2024-03-01T00:00:00</x:v></x:c>' +
      '<x:c r="B2" t="inlineStr"><x:is><x:r><x:t>富</x:t></x:r><x:r><x:t>文本</x:t></x:r></x:is></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    await writeZip(path, parts);
    expect(await readAll(path)).toEqual([{ rowNumber: 2, cells: ['2024-03-01T00:00:00', '富文本'] }]);
  });

  test('a formula is refused naming its row and column', async () => {
    const path = file('formula.xlsx');
    await writeZip(path, handmadeWorkbook(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>h</t></is></c></row>' +
        '<row r="7"><c r="A7"><v>1</v></c><c r="C7"><f>A7*2</f><v>2</v></c></row>',
    ));
    const error = await readError(path);
    expect(error).toMatchObject({ code: 'formula', row: 7, column: 2, columnLetter: 'C' });
    expect(error.message).toBe('Row 7, column C: formulas are not allowed; paste values instead');
  });

  test('an error value such as #N/A is refused naming its cell', async () => {
    const path = file('error-cell.xlsx');
    await writeZip(path, handmadeWorkbook('<row r="3"><c r="AB3" t="e"><v>#N/A</v></c></row>'));
    const error = await readError(path);
    expect(error).toMatchObject({ code: 'malformed', row: 3, column: 27 });
    expect(error.message).toBe('Row 3, column AB: the cell shows the error #N/A; correct or clear it');
  });

  test.each([
    ['a shared string index out of range', '<row r="1"><c r="A1" t="s"><v>5</v></c></row>'],
    ['a number that is not one', '<row r="1"><c r="A1"><v>abc</v></c></row>'],
    ['broken XML', '<row r="1"><c r="A1"><v>1</v></row>'],
  ])('%s is malformed', async (_, sheetData) => {
    const path = file('malformed.xlsx');
    await writeZip(path, handmadeWorkbook(sheetData, ''));
    expect((await readError(path)).code).toBe('malformed');
  });

  test('a DOCTYPE (entity expansion attacks) is refused', async () => {
    const path = file('doctype.xlsx');
    const parts = handmadeWorkbook('');
    parts['xl/worksheets/data.xml'] = '<!DOCTYPE x [<!ENTITY a "aaaaaaaa">]><worksheet><sheetData/></worksheet>';
    await writeZip(path, parts);
    expect(await readError(path)).toMatchObject({ code: 'malformed' });
  });

  test('a sheet with no rows is empty', async () => {
    const path = file('no-rows.xlsx');
    await writeZip(path, handmadeWorkbook('<row r="1"><c r="A1" s="2"/></row>'));
    expect((await readError(path)).code).toBe('empty');
  });

  test('a cell beyond the column limit is refused', async () => {
    const path = file('wide.xlsx');
    await writeZip(path, handmadeWorkbook('<row r="2"><c r="XFD2"><v>1</v></c></row>'));
    expect(await readError(path)).toMatchObject({ code: 'too_many_columns', row: 2 });
  });
});
