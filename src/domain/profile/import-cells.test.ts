import { describe, expect, it } from 'vitest';
import { normalizeIndustryCode, parseCell, readDate, readMonth, type CellType } from './import-cells.ts';

const TODAY = '2025-06-30';

describe('readDate', () => {
  it.each([
    ['2024-03-15', '2024-03-15'],
    ['2024/3/5', '2024-03-05'],
    ['2024.03.05', '2024-03-05'],
    ['2024年3月5日', '2024-03-05'],
    ['20240305', '2024-03-05'],
    [20240305, '2024-03-05'],
    ['2024-03-05T00:00:00', '2024-03-05'],
    ['2024-03-05 14:30', '2024-03-05'],
    [45_356, '2024-03-05'], // Excel serial
    [' 2024-03-05 ', '2024-03-05'],
    ['2023-02-29', null],
    ['2024-13-01', null],
    ['15/03/2024', null], // day first is ambiguous, so refused
    ['yesterday', null],
    [true, null],
  ])('%o → %s', (cell, expected) => {
    expect(readDate(cell)).toBe(expected);
  });
});

describe('readMonth', () => {
  it.each([
    ['2025-05', '2025-05'],
    ['2025/5', '2025-05'],
    ['2025年5月', '2025-05'],
    ['202505', '2025-05'],
    [202505, '2025-05'],
    ['2025-05-31', '2025-05'],
    [45_807, '2025-05'], // Excel serial of 2025-05-30
    ['2025-13', null],
    ['May 2025', null],
  ])('%o → %s', (cell, expected) => {
    expect(readMonth(cell)).toBe(expected);
  });
});

describe('normalizeIndustryCode', () => {
  it.each([
    ['i6513', 'I6513'],
    ['6513', 'I6513'],
    ['3973', 'C3973'],
    ['7340', 'M7340'],
    ['4416', 'D4416'],
    ['8626', 'R8626'],
    ['65', 'I65'],
    ['X12', 'X12'],
  ])('%s → %s', (text, code) => {
    expect(normalizeIndustryCode(text)).toBe(code);
  });
});

describe('parseCell', () => {
  const wan: CellType = { kind: 'wan', allowNegative: false };
  const signedWan: CellType = { kind: 'wan', allowNegative: true };
  const count: CellType = { kind: 'count' };
  it.each([
    [wan, '500', { ok: true, value: 500_000_000n }],
    [wan, 1234.56, { ok: true, value: 1_234_560_000n }],
    [wan, 0.1 + 0.2, { ok: true, value: 300_000n }],
    [signedWan, '-12.5', { ok: true, value: -12_500_000n }],
    [wan, '-12.5', { ok: false, code: 'negative_amount' }],
    [wan, '五百万', { ok: false, code: 'not_a_number' }],
    [wan, '0.0000001', { ok: false, code: 'too_precise' }],
    [wan, '1000000000000', { ok: false, code: 'out_of_range' }],
    [wan, true, { ok: false, code: 'not_a_number' }],
    [count, '120', { ok: true, value: 120 }],
    [count, 120.0, { ok: true, value: 120 }],
    [count, '1,200', { ok: true, value: 1200 }],
    [count, '12.5', { ok: false, code: 'not_an_integer' }],
    [count, '-3', { ok: false, code: 'out_of_range' }],
    [count, 'many', { ok: false, code: 'not_a_number' }],
    [{ kind: 'year' }, '2024', { ok: true, value: 2024 }],
    [{ kind: 'year' }, '2024年', { ok: true, value: 2024 }],
    [{ kind: 'year' }, 2026, { ok: false, code: 'future_date' }],
    [{ kind: 'year' }, 1900, { ok: false, code: 'out_of_range' }],
    [{ kind: 'date' }, '2025-07-01', { ok: false, code: 'future_date' }],
    [{ kind: 'date' }, '2025-02-30', { ok: false, code: 'date_invalid' }],
    [{ kind: 'month' }, '2025-07', { ok: false, code: 'future_date' }],
    [{ kind: 'month' }, '2025-06', { ok: true, value: '2025-06' }],
    [{ kind: 'credit_code' }, ' 91310115ma1k3yj94y ', { ok: true, value: '91310115MA1K3YJ94Y' }],
    [{ kind: 'credit_code' }, '91310115MA1K3YJ94E', { ok: false, code: 'invalid_credit_code' }],
    [{ kind: 'industry' }, '6513', { ok: true, value: 'I6513' }],
    [{ kind: 'industry' }, 'I9999', { ok: false, code: 'unknown_industry' }],
    [{ kind: 'region' }, 310115, { ok: true, value: '310115' }],
    [{ kind: 'region' }, '310199', { ok: false, code: 'unknown_region' }],
    [{ kind: 'text', maxLength: 4 }, '张江科技', { ok: true, value: '张江科技' }],
    [{ kind: 'text', maxLength: 4 }, '张江科技园', { ok: false, code: 'too_long' }],
    [{ kind: 'enum', options: [{ value: 'granted', labels: ['已授权'] }] }, ' 已授权 ', { ok: true, value: 'granted' }],
    [{ kind: 'enum', options: [{ value: 'granted', labels: ['已授权'] }] }, 'GRANTED', { ok: true, value: 'granted' }],
    [{ kind: 'enum', options: [{ value: 'granted', labels: ['已授权'] }] }, 'yes', { ok: false, code: 'invalid_enum' }],
  ] as const)('%o: %o → %o', (type, cell, expected) => {
    expect(parseCell(cell, type, TODAY)).toMatchObject(expected);
  });

  it('explains text where a number belongs', () => {
    expect(parseCell('三百', wan, TODAY)).toMatchObject({ ok: false, code: 'not_a_number', message: 'expected an amount in 万元 such as 1234.56, got text "三百"' });
  });
});
