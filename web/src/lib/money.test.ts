import { describe, expect, it } from 'vitest';
import { fenToWanInput, formatAmount, formatCompactYuan, formatFen, formatWan, formatYuan, parseSignedWanToFen, parseWanToFen, parseYuanToFen } from './money';

describe('formatFen', () => {
  it.each([
    [0, '¥0.00'],
    [5, '¥0.05'],
    [123456, '¥1,234.56'],
    [100000000, '¥1,000,000.00'],
    [-5, '-¥0.05'],
  ])('%d fen → %s', (fen, text) => expect(formatFen(fen)).toBe(text));

  it('refuses non-integers', () => expect(() => formatFen(1.5)).toThrow(RangeError));
});

describe('formatYuan', () => {
  it.each([
    [350_000_000, '¥3,500,000'],
    [150, '¥1.50'],
    [0, '¥0'],
  ])('%d fen → %s', (fen, text) => expect(formatYuan(fen)).toBe(text));
});

describe('formatWan', () => {
  it.each([
    [1_234_000_000, '1,234 万元'],
    [123_400_000, '123.4 万元'],
    [1_234_567, '1.23 万元'],
    [1_235_000, '1.24 万元'],
    [0, '0 万元'],
  ])('%d fen → %s', (fen, text) => expect(formatWan(fen)).toBe(text));
});

describe('parsing user input', () => {
  it.each([
    ['123.4', 123_400_000],
    ['0.000001', 1],
    ['1,000', 1_000_000_000],
    [' 5 ', 5_000_000],
    ['0.1', 100_000],
  ])('%s 万元 → %d fen', (text, fen) => expect(parseWanToFen(text)).toBe(fen));

  it.each(['', 'abc', '-1', '1.0000001', '1e3', '9999999999999'])('rejects %j 万元', (text) =>
    expect(parseWanToFen(text)).toBeNull(),
  );

  it('parses yuan exactly', () => {
    expect(parseYuanToFen('0.29')).toBe(29);
    expect(parseYuanToFen('1234.56')).toBe(123456);
    expect(parseYuanToFen('1.234')).toBeNull();
  });

  it('round-trips 万元 for editing', () => {
    for (const fen of [0, 1, 123_400_000, 987_654_321]) expect(parseWanToFen(fenToWanInput(fen))).toBe(fen);
  });
});

describe('signed 万元 input', () => {
  it.each([
    ['-12.5', -12_500_000],
    ['12.5', 12_500_000],
    [' -0.000001 ', -1],
    ['-0', 0],
  ])('%s 万元 → %d fen', (text, fen) => expect(parseSignedWanToFen(text)).toBe(fen));

  it.each(['--1', '- 1', '1-', '', '-'])('rejects %j', (text) => expect(parseSignedWanToFen(text)).toBeNull());

  it('round-trips losses for editing', () => {
    for (const fen of [-1, -123_400_000]) expect(parseSignedWanToFen(fenToWanInput(fen))).toBe(fen);
  });
});

describe('amounts in the reader language', () => {
  it.each([
    [800_000_000, '¥8.0m'],
    [50_000_000, '¥500k'],
    [150_000, '¥1.5k'],
    [95_000, '¥950'],
    [1_234_567_890, '¥12.3m'],
    [99_995_000_000, '¥1.0bn'],
    [250_000_000_000, '¥2.5bn'],
    [-800_000_000, '-¥8.0m'],
    [0, '¥0'],
  ])('%i fen reads %s in English', (fen, text) => {
    expect(formatCompactYuan(fen)).toBe(text);
    expect(formatAmount(fen, 'en')).toBe(text);
  });

  it('reads in 万元 in Chinese', () => {
    expect(formatAmount(800_000_000, 'zh-CN')).toBe('800 万元');
    expect(formatAmount(50_000_000, 'zh-CN')).toBe('50 万元');
    expect(formatAmount(1_234_567_890, 'zh-CN')).toBe('1,234.57 万元');
  });
});
