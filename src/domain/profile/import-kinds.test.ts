import { describe, expect, it } from 'vitest';
import { makeFullStatement, makeProfile } from './fixtures.ts';
import {
  columnsOf,
  IMPORT_KINDS,
  matchHeaders,
  parseRow,
  rowKey,
  templateHeader,
  toCells,
  type Cell,
  type ImportKind,
  type ImportRowOf,
} from './import-kinds.ts';

const TODAY = '2025-06-30';
const CODE = '91310115MA1K3YJ94Y';

/** The column index of the template itself. */
function indexOf(kind: ImportKind): Record<string, number> {
  const match = matchHeaders(kind, templateHeader(kind));
  if (!match.ok) throw new Error('template headers must match');
  return match.columnIndex;
}

/** Cells in template order from { key: cell } (absent keys blank). */
function cellsOf(kind: ImportKind, values: Record<string, Cell>): Cell[] {
  return columnsOf(kind).map((c) => values[c.key] ?? null);
}

const parse = <K extends ImportKind>(kind: K, values: Record<string, Cell>) => parseRow(kind, cellsOf(kind, values), indexOf(kind), TODAY);

/** The error codes by column, for compact expectations. */
function errorsOf(kind: ImportKind, values: Record<string, Cell>): Record<string, string> {
  const result = parse(kind, values);
  return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.column, e.code]));
}

describe('matchHeaders', () => {
  it.each(IMPORT_KINDS)('matches the %s template in Chinese, in English and by key', (kind) => {
    const expected = Object.fromEntries(columnsOf(kind).map((c, i) => [c.key, i]));
    expect(matchHeaders(kind, templateHeader(kind, 'zh'))).toEqual({ ok: true, columnIndex: expected });
    expect(matchHeaders(kind, templateHeader(kind, 'en'))).toEqual({ ok: true, columnIndex: expected });
    expect(matchHeaders(kind, columnsOf(kind).map((c) => c.key))).toEqual({ ok: true, columnIndex: expected });
  });

  it('ignores case, spaces, full-width brackets, a required-marking star and blank trailing columns', () => {
    const headers = ['*统一社会信用代码', ' fiscal YEAR ', '营业收入(万元)', 'NETPROFITFEN', '', '  '];
    expect(matchHeaders('financials', headers)).toEqual({ ok: true, columnIndex: { creditCode: 0, year: 1, revenueFen: 2, netProfitFen: 3 } });
  });

  it('reports unknown, duplicate and missing columns together', () => {
    const result = matchHeaders('staff', ['统一社会信用代码', 'Employees', '职工总数', '备注']);
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { column: 'employees', code: 'duplicate_column', message: '"职工总数" (column 3) repeats column 2' },
        { column: '备注', code: 'unknown_column', message: 'column 4 "备注" is not part of the staff template' },
        { column: 'month', code: 'missing_column', message: 'required column "月份" (Month) is missing' },
      ],
    });
  });

  it('accepts a file without optional columns; they read as blank', () => {
    const match = matchHeaders('ip', ['统一社会信用代码', '知识产权类型', '编号', '名称', '法律状态']);
    expect(match.ok).toBe(true);
    if (!match.ok) return;
    const row = parseRow('ip', [CODE, '发明专利', '201710601862.3', '一种数据处理方法', '申请中'], match.columnIndex, TODAY);
    expect(row).toEqual({ ok: true, value: { creditCode: CODE, kind: 'invention_patent', number: 'ZL201710601862.3', title: '一种数据处理方法', status: 'pending', appliedOn: null, grantedOn: null } });
  });
});

describe('parseRow: profiles', () => {
  const valid = {
    creditCode: CODE, name: '上海示例软件科技有限公司', legalRepresentative: '张伟', foundedOn: 43_174, registeredCapitalFen: '1234.56',
    regionCode: 310_115, industryCode: '6513', address: '上海市浦东新区张江路100号', admittedOn: '2019/1/10', employees: 120,
  };

  it('reads a row, converting 万元 exactly and an Excel serial date', () => {
    expect(parse('profiles', valid)).toEqual({
      ok: true,
      value: {
        creditCode: CODE, name: '上海示例软件科技有限公司', legalRepresentative: '张伟', foundedOn: '2018-03-15', registeredCapitalFen: 1_234_560_000n, // 1234.56 万元 = ¥12,345,600
        regionCode: '310115', industryCode: 'I6513', address: '上海市浦东新区张江路100号', admittedOn: '2019-01-10', employees: 120,
      },
    });
  });

  it.each([
    ['creditCode', '91310115MA1K3YJ94E', 'invalid_credit_code'],
    ['creditCode', null, 'required'],
    ['industryCode', 'I9999', 'unknown_industry'],
    ['regionCode', '310199', 'unknown_region'],
    ['registeredCapitalFen', '-5', 'negative_amount'],
    ['registeredCapitalFen', '五百', 'not_a_number'],
    ['registeredCapitalFen', '1.0000001', 'too_precise'],
    ['foundedOn', '2025-07-01', 'future_date'],
    ['foundedOn', 'March 2018', 'date_invalid'],
    ['employees', '12.5', 'not_an_integer'],
    ['admittedOn', '2017-01-01', 'date_order'], // before founding
  ])('%s = %o → %s', (column, cell, code) => {
    expect(errorsOf('profiles', { ...valid, [column]: cell })).toEqual({ [column]: code });
  });

  it('reports every bad cell of a row, each with a readable message', () => {
    const result = parse('profiles', { ...valid, name: '', employees: 'lots', registeredCapitalFen: true });
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { column: 'name', code: 'required', message: 'Enterprise name is required' },
        { column: 'registeredCapitalFen', code: 'not_a_number', message: 'Registered capital (10k yuan): true is a true/false value, not data' },
        { column: 'employees', code: 'not_a_number', message: 'Employees: expected a whole number, got "lots"' },
      ],
    });
  });
});

describe('parseRow: financials', () => {
  const valid = { creditCode: CODE, year: 2024, revenueFen: '3250.5', netProfitFen: '-120.25', totalAssetsFen: 5600, totalLiabilitiesFen: '6100' };

  it('keeps blanks as null and allows losses and liabilities above assets', () => {
    const result = parse('financials', valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ year: 2024, revenueFen: 3_250_500_000n, netProfitFen: -120_250_000n, totalLiabilitiesFen: 6_100_000_000n, cashFen: null });
  });

  it.each([
    [{ totalLiabilitiesFen: '六千一百' }, { totalLiabilitiesFen: 'not_a_number' }], // liabilities recorded as text
    [{ revenueFen: '-1' }, { revenueFen: 'negative_amount' }],
    [{ operatingCashFlowFen: '-1', operatingProfitFen: '-2' }, {}],
    [{ year: 2026 }, { year: 'future_date' }],
    [{ year: 'FY24' }, { year: 'not_a_number' }],
    [{ rdExpenseFen: '100', rdExpenseDomesticFen: '100.01' }, { rdExpenseDomesticFen: 'inconsistent' }],
    [{ highTechRevenueFen: '3250.51' }, { highTechRevenueFen: 'inconsistent' }],
    [{ currentAssetsFen: '5600.000001' }, { currentAssetsFen: 'inconsistent' }],
    [{ cashFen: '10', currentAssetsFen: '9' }, { cashFen: 'inconsistent' }],
  ])('%o → %o', (change, errors) => {
    expect(errorsOf('financials', { ...valid, ...change })).toEqual(errors);
  });

  it('needs at least one figure', () => {
    expect(errorsOf('financials', { creditCode: CODE, year: 2024 })).toEqual({ revenueFen: 'required' });
  });
});

describe('parseRow: ip', () => {
  const valid = { creditCode: CODE, kind: '发明专利', number: 'ZL 201710601862.3', title: '一种数据处理方法', status: '已授权', appliedOn: '2017-08-01', grantedOn: '2019-10-11' };

  it('normalises kind, status and the patent number', () => {
    expect(parse('ip', valid)).toEqual({
      ok: true,
      value: { creditCode: CODE, kind: 'invention_patent', number: 'ZL201710601862.3', title: '一种数据处理方法', status: 'granted', appliedOn: '2017-08-01', grantedOn: '2019-10-11' },
    });
  });

  it.each([
    [{ grantedOn: null }, { grantedOn: 'required' }], // granted needs its date
    [{ grantedOn: '2016-01-01' }, { grantedOn: 'date_order' }],
    [{ status: 'pending' }, { grantedOn: 'inconsistent' }],
    [{ status: '已失效', grantedOn: null }, {}], // a refused application lapses ungranted
    [{ number: 'ZL201710601862.4' }, { number: 'invalid_ip_number' }],
    [{ kind: '实用新型' }, { number: 'invalid_ip_number' }], // type digit 1 is an invention
    [{ kind: 'software_copyright', number: '2023SR0123456' }, {}],
    [{ kind: '软件著作权', number: '2023-SR-123' }, { number: 'invalid_ip_number' }],
    [{ kind: '商标', number: '12345678' }, {}],
    [{ kind: 'patent' }, { kind: 'invalid_enum' }],
    [{ status: 'valid' }, { status: 'invalid_enum' }],
    [{ appliedOn: '2030-01-01' }, { appliedOn: 'future_date' }],
  ])('%o → %o', (change, errors) => {
    expect(errorsOf('ip', { ...valid, ...change })).toEqual(errors);
  });
});

describe('parseRow: staff', () => {
  const valid = { creditCode: CODE, month: '2025-05', employees: 120, stStaff: 45, rdStaff: 32, postgradStaff: 18, socialInsuranceHeadcount: 116 };

  it.each([
    [{}, {}],
    [{ month: '2025年5月' }, {}],
    [{ month: '2025-07' }, { month: 'future_date' }],
    [{ month: '5/2025' }, { month: 'date_invalid' }],
    [{ employees: null }, { employees: 'required' }],
    [{ stStaff: 121 }, { stStaff: 'inconsistent' }],
    [{ rdStaff: 130, postgradStaff: 125 }, { rdStaff: 'inconsistent', postgradStaff: 'inconsistent' }],
    [{ socialInsuranceHeadcount: 130 }, {}], // may include staff on leave
    [{ stStaff: -1 }, { stStaff: 'out_of_range' }],
  ])('%o → %o', (change, errors) => {
    expect(errorsOf('staff', { ...valid, ...change })).toEqual(errors);
  });
});

describe('toCells and rowKey', () => {
  const profile = makeProfile();
  const rows: { [K in ImportKind]: ImportRowOf<K> } = {
    profiles: { ...profile.registration, registeredCapitalFen: 12_345_678_901n },
    financials: { creditCode: CODE, ...makeFullStatement(2024, { netProfitFen: -123_456_789n, cashFen: null, revenueFen: 1n * 10n ** 16n + 7n }) },
    ip: { creditCode: CODE, ...profile.ip[0]! },
    staff: { creditCode: CODE, month: '2025-05', employees: 120, stStaff: 45, rdStaff: null, postgradStaff: 18, socialInsuranceHeadcount: 116 },
  };

  it.each(IMPORT_KINDS)('%s: an export re-imports unchanged', (kind) => {
    const row = rows[kind];
    const cells = toCells(kind, row);
    const parsed = parseRow(kind, cells, indexOf(kind), TODAY);
    const { parkCode: _park, status: _status, ...expected } = row as Record<string, unknown>;
    expect(parsed).toEqual({ ok: true, value: kind === 'profiles' ? expected : row });
  });

  it('writes 万元 as exact text, blanks as null', () => {
    const cells = toCells('financials', rows.financials);
    const column = (key: string) => cells[columnsOf('financials').findIndex((c) => c.key === key)];
    expect(column('netProfitFen')).toBe('-123.456789');
    expect(column('revenueFen')).toBe('10000000000.000007');
    expect(column('cashFen')).toBeNull();
    expect(column('year')).toBe(2024);
  });

  it('keys rows by their upsert columns', () => {
    expect(rowKey('financials', rows.financials)).toBe(JSON.stringify([CODE, '2024']));
    expect(rowKey('ip', rows.ip)).toBe(JSON.stringify([CODE, 'invention_patent', 'ZL201710601862.3']));
    expect(rowKey('staff', rows.staff)).toBe(JSON.stringify([CODE, '2025-05']));
    expect(rowKey('profiles', rows.profiles)).toBe(JSON.stringify([CODE]));
  });
});
