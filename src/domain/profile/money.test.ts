import { describe, expect, it } from 'vitest';
import { formatWan, numberToDecimalText, parseWan } from './money.ts';

describe('parseWan', () => {
  it.each([
    ['500', 500_000_000n],
    ['1234.56', 1_234_560_000n],
    ['0.000001', 1n], // one fen
    ['-12.5', -12_500_000n],
    ['+3', 3_000_000n],
    ['.5', 500_000n],
    ['7.', 7_000_000n],
    ['  42  ', 42_000_000n],
    ['1,234.5', 1_234_500_000n],
    ['1.50000000', 1_500_000n], // trailing zeros are not extra precision
    ['90071992547.409931', 90_071_992_547_409_931n], // beyond 2^53 fen, still exact
  ])('"%s" → %s fen', (text, fen) => {
    expect(parseWan(text)).toEqual({ ok: true, fen });
  });

  it.each([
    ['0.0000001', 'too_precise'],
    ['1.1234567', 'too_precise'],
    ['五百', 'not_a_number'],
    ['500万', 'not_a_number'],
    ['1e3', 'not_a_number'],
    ['', 'not_a_number'],
    ['.', 'not_a_number'],
    ['1,23', 'not_a_number'],
    ['--1', 'not_a_number'],
  ])('"%s" is refused as %s', (text, reason) => {
    expect(parseWan(text)).toEqual({ ok: false, reason });
  });
});

describe('formatWan', () => {
  it.each([
    [500_000_000n, '500'],
    [1_234_560_000n, '1234.56'],
    [1n, '0.000001'],
    [0n, '0'],
    [-12_500_000n, '-12.5'],
    [-1n, '-0.000001'],
  ])('%s fen → "%s"', (fen, text) => {
    expect(formatWan(fen)).toBe(text);
  });

  it('round-trips through parseWan for awkward values', () => {
    for (let fen = -2_000_003n; fen <= 2_000_003n; fen += 99_991n) {
      expect(parseWan(formatWan(fen))).toEqual({ ok: true, fen });
    }
    const big = 123_456_789_012_345_678n;
    expect(parseWan(formatWan(big))).toEqual({ ok: true, fen: big });
  });
});

describe('numberToDecimalText', () => {
  it.each([
    [500, '500'],
    [1234.56, '1234.56'],
    [0.1 + 0.2, '0.3'], // binary noise beyond 15 significant digits goes
    [1e-7, '0.0000001'],
    [1.5e21, '1500000000000000000000'],
    [-2.5e-7, '-0.00000025'],
    [Number.POSITIVE_INFINITY, null],
  ])('%d → %s', (value, text) => {
    expect(numberToDecimalText(value)).toBe(text);
  });
});
