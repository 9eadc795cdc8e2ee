import { describe, expect, it } from 'vitest';
import { compareFractions, fenTimes, formatFraction, parseDecimal, roundFen } from './decimal.ts';

describe('the one rounding rule: down to the fen', () => {
  it.each([
    [10n, 3n, 3n],
    [11n, 2n, 5n], // a half fen goes too: never round up
    [19n, 10n, 1n],
    [0n, 7n, 0n],
    [12n, 4n, 3n],
  ])('%s / %s → %s', (n, d, fen) => expect(roundFen(n, d)).toBe(fen));

  it('refuses a negative amount or a zero denominator rather than guess a direction', () => {
    expect(() => roundFen(-1n, 2n)).toThrow(RangeError);
    expect(() => roundFen(1n, 0n)).toThrow(RangeError);
  });

  it('multiplies fen by an exact share', () => {
    expect(fenTimes(1_030_389n, parseDecimal('0.5')!)).toBe(515_194n);
    expect(fenTimes(100n, parseDecimal('0.333')!)).toBe(33n);
  });
});

describe('decimals', () => {
  it('reads plain decimals only', () => {
    expect(parseDecimal('0.5')).toEqual({ numerator: 5n, denominator: 10n });
    expect(parseDecimal('1.40')).toEqual({ numerator: 140n, denominator: 100n });
    expect(parseDecimal('2')).toEqual({ numerator: 2n, denominator: 1n });
    for (const bad of ['', '.5', '-0.5', '5%', '1e-2', '0,5', ' 0.5', '1.']) expect(parseDecimal(bad)).toBeNull();
  });

  it('compares exactly', () => {
    expect(compareFractions(parseDecimal('0.0434')!, parseDecimal('0.04340')!)).toBe(0);
    expect(compareFractions(parseDecimal('0.052')!, parseDecimal('0.0434')!)).toBe(1);
  });

  it('writes the shortest exact decimal, and marks one that has none', () => {
    expect(formatFraction({ numerator: 434n, denominator: 10_000n })).toBe('0.0434');
    expect(formatFraction({ numerator: 520n, denominator: 10_000n })).toBe('0.052');
    expect(formatFraction({ numerator: 7n, denominator: 8n })).toBe('0.875');
    expect(formatFraction({ numerator: 3n, denominator: 1n })).toBe('3');
    expect(formatFraction({ numerator: 0n, denominator: 100n })).toBe('0');
    expect(formatFraction({ numerator: 1n, denominator: 3n })).toBe('0.3333333333…');
  });
});
