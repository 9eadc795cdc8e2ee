// Spreadsheet imports through the HTTP API: validation of every row, the two modes, idempotent
// re-imports, export → re-import round trips, and hostile files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type DemoRole, type TestApp } from '../../../../test/app.ts';
import { freshCreditCode, freshDigitsCreditCode, withWrongCheck } from '../../../../test/codes.ts';
import { multipart } from '../../../../test/multipart.ts';
import { templateHeader } from '../../../domain/profile/import-kinds.ts';
import { writeSpreadsheet } from '../../../lib/spreadsheet/index.ts';
import { handmadeWorkbook, writeZip } from '../../../lib/spreadsheet/test-files.ts';

describe('spreadsheet imports', () => {
  let t: TestApp;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kejin-import-test-'));
  beforeAll(async () => {
    t = await createTestApp({ enterprises: 30 });
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const upload = async (file: string, fields: Record<string, string>, as: DemoRole = 'parkAdmin') => {
    const body = multipart(fields, { name: path.basename(file), content: fs.readFileSync(file) });
    return t.app.inject({ method: 'POST', url: '/api/v1/imports', payload: body.payload, headers: { ...body.headers, cookie: await t.cookieOf(as) } });
  };
  const profileRow = (creditCode: string, name: string, industry = 'I6513') => [creditCode, name, '王芳', '2019-04-01', '500', '310115', industry, '上海市浦东新区张江路1号', '2020-01-01', 35];
  const countEnterprises = async () => (await t.request('GET', '/api/v1/enterprises?pageSize=1', { as: 'operator' })).json().total as number;

  it('reports every bad row with row number and column, and imports the valid rows', async () => {
    const file = path.join(dir, 'profiles.csv');
    const good = freshCreditCode();
    await writeSpreadsheet(file, templateHeader('profiles'), [
      profileRow(good, '上海导入测试科技有限公司'),
      profileRow(withWrongCheck(freshCreditCode()), '错码公司'),
      profileRow(freshCreditCode(), '怪行业公司', 'Z9999'),
      profileRow(good, '重复行公司'),
    ]);
    const before = await countEnterprises();
    const res = await upload(file, { kind: 'profiles', mode: 'valid_rows', dryRun: 'false' });
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json();
    expect(result).toMatchObject({ rows: 4, valid: 1, imported: 1, status: 'imported' });
    expect(result.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, '统一社会信用代码'],
      [4, '行业代码'],
      [5, '统一社会信用代码'],
    ]);
    expect(await countEnterprises()).toBe(before + 1);
    const created = (await t.request('GET', `/api/v1/enterprises/${good}`, { as: 'parkAdmin' })).json();
    expect(created).toMatchObject({ parkCode: 'zhangjiang', registeredCapitalFen: 500_000_000, source: 'import' });

    const again = (await upload(file, { kind: 'profiles', mode: 'valid_rows' })).json();
    expect(again).toMatchObject({ imported: 1, changed: 0 });
    const history = (await t.request('GET', '/api/v1/imports', { as: 'parkAdmin' })).json();
    expect(history.items[0]).toMatchObject({ kind: 'profiles', actorEmail: 'admin@zhangjiang.kejin.demo', fileSha256: result.fileSha256 });
  });

  it('imports nothing in all-or-nothing mode when any row is bad', async () => {
    const file = path.join(dir, 'strict.xlsx');
    await writeSpreadsheet(file, templateHeader('profiles'), [profileRow(freshCreditCode(), '严格模式公司'), profileRow(freshCreditCode(), '负资本公司').map((c, i) => (i === 4 ? '-5' : c))]);
    const before = await countEnterprises();
    const result = (await upload(file, { kind: 'profiles', mode: 'all_or_nothing' })).json();
    expect(result).toMatchObject({ rows: 2, valid: 1, imported: 0, status: 'rejected' });
    expect(result.errors[0]).toMatchObject({ row: 3, column: '注册资本（万元）' });
    expect(await countEnterprises()).toBe(before);
  });

  it('exports financials that re-import without a change', async () => {
    const xlsx = path.join(dir, 'financials-export.xlsx');
    const res = await t.request('GET', '/api/v1/imports/templates/financials.xlsx', { as: 'parkAdmin' });
    expect(res.statusCode).toBe(200);
    const { exportKind } = await import('../../../services/imports/export-kind.ts');
    const { systemContext } = await import('../../../services/shared/context.ts');
    const ctx = systemContext({ database: t.database });
    const exported = await exportKind(ctx, 'financials', xlsx, 'zhangjiang');
    expect(exported.rows).toBeGreaterThan(0);
    const result = (await upload(xlsx, { kind: 'financials', mode: 'all_or_nothing' })).json();
    expect(result).toMatchObject({ rows: exported.rows, valid: exported.rows, imported: exported.rows, changed: 0, errors: [] });
  });

  it('refuses rows of another park’s enterprises for a park administrator', async () => {
    const qd = (await t.request('GET', `/api/v1/enterprises?pageSize=1&parkId=${(await t.request('GET', '/api/v1/parks', { as: 'operator' })).json().items.find((p: { code: string }) => p.code === 'qingdao').id}`, { as: 'operator' })).json().items[0];
    const file = path.join(dir, 'staff.csv');
    await writeSpreadsheet(file, templateHeader('staff'), [[qd.creditCode, '2026-10', 50, 20, 15, 5, 48]]);
    const result = (await upload(file, { kind: 'staff', mode: 'valid_rows' })).json();
    expect(result.errors[0]).toMatchObject({ row: 2, column: '统一社会信用代码', message: expect.stringMatching(/park you do not administer/) });
    expect(result.imported).toBe(0);
  });

  it.each([
    ['a zip bomb', 'bomb.xlsx', () => Buffer.from(zipSync({ '[Content_Types].xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 })), 'import.sheet.zip_bomb', { field: 'file' }, /zip bomb/i],
    ['a zip that is not a spreadsheet', 'notes.xlsx', () => Buffer.from(zipSync({ 'word/document.xml': new TextEncoder().encode('<w/>') })), 'import.sheet.not_a_spreadsheet', { field: 'file' }, /not an Excel workbook/i],
    ['random bytes', 'random.xlsx', () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), 'import.sheet.not_a_spreadsheet', { field: 'file' }, /not an Excel workbook/i],
    ['a wrong header', 'header.csv', () => Buffer.from('foo,bar\n1,2\n'), 'import.header.unknown_column', { column: 'foo', position: 1, field: 'foo' }, /Column 1 "foo" is not part of the template/],
  ])('answers %s with a clear 400 and writes nothing', async (_name, fileName, content, code, params, message) => {
    const file = path.join(dir, fileName);
    fs.writeFileSync(file, content());
    const before = (await t.request('GET', '/api/v1/imports?pageSize=1', { as: 'parkAdmin' })).json().total;
    const res = await upload(file, { kind: 'profiles', mode: 'valid_rows' });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({ code, message, details: { category: 'invalid_input', params } });
    expect((await t.request('GET', '/api/v1/imports?pageSize=1', { as: 'parkAdmin' })).json().total).toBe(before);
  });

  it('names each header problem: columns not in the template, and the required ones missing', async () => {
    const file = path.join(dir, 'header-problems.csv');
    fs.writeFileSync(file, 'foo,bar\n1,2\n');
    const res = await upload(file, { kind: 'profiles', mode: 'valid_rows' });
    expect(res.statusCode, res.body).toBe(400);
    const fields = res.json().error.details.fields;
    expect(fields.slice(0, 2)).toEqual([
      { field: 'foo', code: 'import.header.unknown_column', params: { column: 'foo', position: 1 }, message: 'Column 1 "foo" is not part of the template' },
      { field: 'bar', code: 'import.header.unknown_column', params: { column: 'bar', position: 2 }, message: 'Column 2 "bar" is not part of the template' },
    ]);
    expect(fields).toContainEqual({
      field: 'creditCode',
      code: 'import.header.missing_column',
      params: { column: '统一社会信用代码', columnEn: 'Unified social credit code' },
      message: 'The required column "统一社会信用代码" (Unified social credit code) is missing',
    });
  });

  it('refuses a formula cell, naming its row and column', async () => {
    const file = path.join(dir, 'formula.xlsx');
    await writeSpreadsheet(file, templateHeader('profiles'), [profileRow(freshCreditCode(), '公式公司')]);
    const parts = unzipSync(fs.readFileSync(file));
    const sheet = Object.keys(parts).find((k) => k.startsWith('xl/worksheets/'))!;
    const xml = new TextDecoder().decode(parts[sheet]).replace(/<c r="J2"([^>]*)>/, '<c r="J2"$1><f>SUM(1,2)</f>');
    parts[sheet] = new TextEncoder().encode(xml);
    fs.writeFileSync(file, zipSync(parts));
    const res = await upload(file, { kind: 'profiles', mode: 'valid_rows' });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'import.sheet.formula', message: expect.stringMatching(/Cell J2 holds a formula/), details: { params: { row: 2, column: 'J' } } });
  });

  it('accepts uploads larger than the JSON body limit and validates them in a dry run', async () => {
    const file = path.join(dir, 'large.csv');
    const rows = Array.from({ length: 12_000 }, (_, i) => profileRow(freshCreditCode(), `上海大批量测试${i}号科技有限公司`));
    await writeSpreadsheet(file, templateHeader('profiles'), rows);
    expect(fs.statSync(file).size).toBeGreaterThan(1024 * 1024);
    const before = await countEnterprises();
    const result = (await upload(file, { kind: 'profiles', mode: 'all_or_nothing', dryRun: 'true' })).json();
    expect(result).toMatchObject({ rows: 12_000, valid: 12_000, imported: 0, status: 'dry_run', errors: [] });
    expect(await countEnterprises()).toBe(before);
  });

  /** A CSV as Excel, WPS or Python write it: nothing quoted that need not be. */
  const bareCsv = (file: string, rows: (string | number)[][]) =>
    fs.writeFileSync(file, [templateHeader('profiles'), ...rows].map((cells) => cells.join(',')).join('\r\n') + '\r\n');
  const bareRow = (creditCode: string, name: string, region = '310115', industry = '6513') => [creditCode, name, '王芳', '2019-04-01', 500, region, industry, '上海市浦东新区张江路1号', '2020-01-01', 35];
  type RowError = { row: number; column: string; message: string };
  const errorsOf = (result: { errors: RowError[] }) => result.errors.map((e) => [e.row, e.column]);

  it('keeps every digit of unquoted 18-digit codes in a CSV, and explains codes a spreadsheet already damaged', async () => {
    const file = path.join(dir, 'excel-style.csv');
    const digits = freshDigitsCreditCode();
    bareCsv(file, [
      bareRow(digits, '上海全数字代码科技有限公司'),
      bareRow('9.13101E+17', '科学计数法公司'),
      bareRow('9.13101156456892E+17', '十五位公司'),
      bareRow('913101156456892000', '末三位归零公司'), // 913101156456892200 as a double keeps 15 digits
      bareRow(freshDigitsCreditCode(), '区划小数公司', '310115.0'),
    ]);
    const result = (await upload(file, { kind: 'profiles', mode: 'valid_rows' })).json();
    expect(result).toMatchObject({ rows: 5, valid: 1, imported: 1, status: 'imported' });
    expect(errorsOf(result)).toEqual([
      [3, '统一社会信用代码'],
      [4, '统一社会信用代码'],
      [5, '统一社会信用代码'],
      [6, '注册地区划代码'],
    ]);
    for (const e of result.errors as RowError[]) expect(e.message).toMatch(/format the column as text/);
    const created = (await t.request('GET', `/api/v1/enterprises/${digits}`, { as: 'parkAdmin' })).json();
    expect(created).toMatchObject({ creditCode: digits, regionCode: '310115', industryCode: 'I6513' });
  });

  it('reads numeric XLSX cells of code columns from their text, never through a double', async () => {
    const file = path.join(dir, 'numeric-codes.xlsx');
    const digits = freshDigitsCreditCode();
    const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const numeric = (ref: string, value: string | number) => `<c r="${ref}"><v>${value}</v></c>`;
    const row = (r: number, code: string, name: string) =>
      `<row r="${r}">${numeric(`A${r}`, code)}${inline(`B${r}`, name)}${inline(`C${r}`, '王芳')}${inline(`D${r}`, '2019-04-01')}` +
      `${numeric(`E${r}`, 500)}${numeric(`F${r}`, 310115)}${numeric(`G${r}`, 6513)}${inline(`H${r}`, '上海市浦东新区张江路1号')}${numeric(`J${r}`, 35)}</row>`;
    const header = `<row r="1">${templateHeader('profiles').map((h, i) => inline(`${String.fromCharCode(65 + i)}1`, h)).join('')}</row>`;
    await writeZip(file, handmadeWorkbook(header + row(2, digits, '上海数值单元格科技有限公司') + row(3, '9.13101156456892E+17', 'Excel 损坏的代码')));
    const result = (await upload(file, { kind: 'profiles', mode: 'valid_rows' })).json();
    expect(result).toMatchObject({ rows: 2, valid: 1, imported: 1 });
    expect(result.errors).toEqual([
      {
        row: 3,
        column: '统一社会信用代码',
        code: 'import.cell.damaged_scientific',
        params: { row: 3, column: '统一社会信用代码', value: '9.13101156456892E+17', damage: 'scientific' },
        message: expect.stringMatching(/scientific notation.*format the column as text/),
      },
    ]);
    expect((await t.request('GET', `/api/v1/enterprises/${digits}`, { as: 'parkAdmin' })).json()).toMatchObject({ creditCode: digits, regionCode: '310115' });
  });

  it.each([
    ['csv', '\u0000', 'text.nul', 'U+0000', /NUL character/],
    // UTF-8 cannot carry a lone surrogate; Excel writes it, like other characters XML cannot carry, as an _xHHHH_ escape.
    ['xlsx', '_xD800_', 'text.lone_surrogate', 'U+D800', /lone UTF-16 surrogate/],
  ])('refuses cells with control characters, naming row and column (.%s)', async (format, fifth, fifthCode, fifthCharacter, fifthMessage) => {
    const file = path.join(dir, `control.${format}`);
    const bad = (name: string, address = '上海市浦东新区张江路1号') => [...profileRow(freshCreditCode(), name).slice(0, 7), address, '2020-01-01', 35];
    await writeSpreadsheet(file, templateHeader('profiles'), [
      profileRow(freshCreditCode(), '上海干净文本科技有限公司'),
      bad('响铃BEL公司'),
      bad('换行地址公司', '上海市\n浦东新区'),
      bad('第五行FIFTH公司'),
    ]);
    const escape = format === 'xlsx' ? (text: string) => text.replace('\u0007', '_x0007_') : (text: string) => text;
    replaceInFile(file, format, [
      ['BEL', escape('\u0007')],
      ['FIFTH', fifth],
    ]);
    const result = (await upload(file, { kind: 'profiles', mode: 'valid_rows' })).json();
    expect(result).toMatchObject({ rows: 4, valid: 1, imported: 1 });
    const cell = (row: number, column: string, code: string, character: string, position: number, message: RegExp) =>
      ({ row, column, code, params: { row, column, character, position, textCode: code }, message: expect.stringMatching(message) });
    expect(result.errors).toEqual([
      cell(3, '企业名称', 'text.control', 'U+0007', 3, /control character U\+0007/),
      cell(4, '注册地址', 'text.line_break', 'U+000A', 4, /single line/),
      cell(5, '企业名称', fifthCode, fifthCharacter, 4, fifthMessage),
    ]);
  });

  /** Puts characters our writer would never write into a file, as another tool might. */
  function replaceInFile(file: string, format: string, replacements: [string, string][]) {
    const apply = (text: string) => replacements.reduce((t, [from, to]) => t.replace(from, to), text);
    if (format === 'csv') return fs.writeFileSync(file, apply(fs.readFileSync(file, 'utf8')));
    const parts = unzipSync(fs.readFileSync(file));
    const sheet = Object.keys(parts).find((k) => k.startsWith('xl/worksheets/'))!;
    parts[sheet] = new TextEncoder().encode(apply(new TextDecoder().decode(parts[sheet])));
    fs.writeFileSync(file, zipSync(parts));
  }

  it('names columns by the headers the file uses', async () => {
    const file = path.join(dir, 'english.csv');
    await writeSpreadsheet(file, templateHeader('profiles', 'en'), [profileRow(withWrongCheck(freshCreditCode()), '英文表头公司')]);
    const result = (await upload(file, { kind: 'profiles', mode: 'valid_rows' })).json();
    expect(errorsOf(result)).toEqual([[2, 'Unified social credit code']]);
  });

  it('refuses an unknown kind and a missing file', async () => {
    const body = multipart({ kind: 'secrets' }, { name: 'x.csv', content: 'a\n' });
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/imports', payload: body.payload, headers: { ...body.headers, cookie: await t.cookieOf('parkAdmin') } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0].field).toBe('kind');
    const noFile = multipart({ kind: 'profiles' });
    const res2 = await t.app.inject({ method: 'POST', url: '/api/v1/imports', payload: noFile.payload, headers: { ...noFile.headers, cookie: await t.cookieOf('parkAdmin') } });
    expect(res2.statusCode).toBe(400);
  });
});
