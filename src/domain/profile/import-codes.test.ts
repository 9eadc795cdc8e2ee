import { describe, expect, it } from 'vitest';
import { describeDamagedCode, lostDigitsHint, type CodeShape } from './damaged-codes.ts';
import { codeColumnIndexes, columnsOf, matchHeaders, parseRow, templateHeader, type Cell, type ImportKind, type RowError } from './import-kinds.ts';

const TODAY = '2025-06-30';
/** A valid credit code of 18 digits: a spreadsheet reads it as a number. */
const DIGITS_CODE = '913101156456892200';

function parse(kind: ImportKind, values: Record<string, Cell>) {
  const header = templateHeader(kind);
  const match = matchHeaders(kind, header);
  if (!match.ok) throw new Error('template headers must match');
  const cells = columnsOf(kind).map((c) => values[c.key] ?? null);
  return parseRow(kind, cells, match.columnIndex, TODAY);
}

const PROFILE: Record<string, Cell> = {
  creditCode: DIGITS_CODE,
  name: '上海示例软件科技有限公司',
  legalRepresentative: '张伟',
  foundedOn: '2018-03-15',
  registeredCapitalFen: '500',
  regionCode: '310115',
  industryCode: 'I6513',
  address: '上海市浦东新区张江路100号',
  employees: 120,
};

function errorOf(kind: ImportKind, values: Record<string, Cell>, column: string): RowError | undefined {
  const result = parse(kind, values);
  return result.ok ? undefined : result.errors.find((e) => e.column === column);
}

describe('describeDamagedCode', () => {
  const cases: [string, CodeShape, boolean][] = [
    ['9.13101E+17', 'digits', true],
    ['9.13101156456892E+17', 'digits', true],
    ['9.131011564568922e+17', 'digits', true],
    ['3.10115E5', 'digits', true],
    ['310115.0', 'digits', true],
    ['6513.00', 'digits', true],
    ['310115', 'digits', false],
    [DIGITS_CODE, 'digits', false],
    ['91310115MA1K3YJ94Y', 'digits', false],
    ['I6513', 'digits', false],
    ['2.01711E+11', 'mixed', true],
    ['201710601804.0', 'mixed', false],
    ['ZL201710601862.3', 'mixed', false],
    ['2023SR0123456', 'mixed', false],
  ];
  it.each(cases)('%s (%s) damaged: %s', (text, shape, damaged) => {
    const damage = describeDamagedCode(text, shape);
    expect(damage !== null).toBe(damaged);
    if (damage) expect(damage.message).toMatch(/format the column as text/);
  });

  it('hints at lost digits only for 15 digits and 000', () => {
    expect(lostDigitsHint('913101156456892000')).toMatch(/last digits became 000/);
    expect(lostDigitsHint('913101156456892200')).toBeNull();
  });
});

describe('code columns in rows', () => {
  it('an 18-digit credit code as text is valid', () => {
    expect(parse('profiles', PROFILE)).toMatchObject({ ok: true, value: { creditCode: DIGITS_CODE } });
  });

  it.each([
    ['creditCode', '9.13101E+17'],
    ['creditCode', '9.13101156456892E+17'],
    ['creditCode', 913101156456892200],
    ['regionCode', '310115.0'],
    ['industryCode', '6513.0'],
  ])('%s %j is a damaged code with the fix in the message', (column, cell) => {
    const error = errorOf('profiles', { ...PROFILE, [column]: cell }, column);
    expect(error).toMatchObject({ code: 'damaged_code' });
    expect(error!.message).toMatch(/format the column as text/);
  });

  it('a credit code whose last three digits a number rounded away says so', () => {
    const error = errorOf('profiles', { ...PROFILE, creditCode: '913101156456892000' }, 'creditCode');
    expect(error).toMatchObject({ code: 'invalid_credit_code' });
    expect(error!.message).toMatch(/last digits became 000; format the column as text/);
  });

  it('small codes given as numbers still read (region 310115, industry 6513)', () => {
    expect(parse('profiles', { ...PROFILE, regionCode: 310115, industryCode: 6513 })).toMatchObject({ ok: true, value: { regionCode: '310115', industryCode: 'I6513' } });
  });

  it('a patent number ending in .0 is a number, not damage; in scientific notation it is', () => {
    const ip = { creditCode: DIGITS_CODE, kind: '发明专利', title: '一种方法', status: '申请中' };
    expect(parse('ip', { ...ip, number: '201710601804.0' })).toMatchObject({ ok: true, value: { number: 'ZL201710601804.0' } });
    expect(errorOf('ip', { ...ip, number: '2.01711E+11' }, 'number')).toMatchObject({ code: 'damaged_code' });
  });

  it.each([
    ['profiles', ['统一社会信用代码', '企业名称', '注册地区划代码', '行业代码'], [0, 2, 3]],
    ['profiles', ['Enterprise name', '*Unified social credit code', 'regionCode', 2024], [1, 2]],
    ['ip', templateHeader('ip'), [0, 2]],
    ['financials', templateHeader('financials'), [0]],
    ['staff', ['月份', '统一社会信用代码'], [1]],
  ] as const)('codeColumnIndexes(%s, %j) = %j', (kind, header, expected) => {
    expect(codeColumnIndexes(kind, header)).toEqual(expected);
  });
});

describe('the text rule in cells', () => {
  it.each([
    ['name', '示例\u0000公司', /NUL/],
    ['address', '张江路\n100号', /single line/],
    ['legalRepresentative', '张\u0007伟', /control character U\+0007/],
    ['name', 'bad \ud800 surrogate', /lone UTF-16 surrogate/],
    ['address', '\t', /control character U\+0009/],
    ['creditCode', `${DIGITS_CODE}\u0085`, /U\+0085/],
  ])('%s %j is refused, not altered or read as blank', (column, cell, message) => {
    const error = errorOf('profiles', { ...PROFILE, [column]: cell }, column);
    expect(error).toMatchObject({ code: 'bad_character' });
    expect(error!.message).toMatch(message);
  });
});
