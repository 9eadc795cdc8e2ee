import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { RateError } from './errors.ts';
import { formatRate, parseRate, rateFromLpr, rateProblem } from './rate.ts';

describe('parseRate', () => {
  it.each([
    ['0.0435', 435n, 10_000n],
    ['0.04', 4n, 100n],
    ['0', 0n, 1n],
    ['0.0000', 0n, 1n],
    ['0.0300', 3n, 100n],
    ['0.36', 36n, 100n],
    ['0.3600000', 36n, 100n],
    ['0.0000000001', 1n, 10_000_000_000n],
  ])('reads %s exactly', (text, numerator, denominator) => {
    expect(parseRate(text)).toEqual({ numerator, denominator });
  });

  it.each(['-0.01', '4.35%', '1e-2', '4.35E-2', 'NaN', 'Infinity', '', ' 0.04', '.04', '0.', '0,04', '+0.04', '0x10'])('refuses "%s" as not a decimal fraction', (text) => {
    expect(() => parseRate(text)).toThrow(/decimal fraction such as 0\.0435/);
  });

  it.each(['0.3600001', '0.37', '1', '4.35'])('refuses %s as above the 36%% usury ceiling', (text) => {
    expect(() => parseRate(text)).toThrow(/above 0\.36 \(36%, the usury ceiling\)/);
  });

  it('refuses more than ten decimal places, but not trailing zeros', () => {
    expect(() => parseRate('0.04350000001')).toThrow(/at most 10 decimal places/);
    expect(parseRate('0.043500000000')).toEqual({ numerator: 435n, denominator: 10_000n });
  });

  it('reports the field as an invalid_input DomainError', () => {
    const error = catchError(() => parseRate('4.35%', 'lpr'));
    expect(error).toBeInstanceOf(RateError);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ category: 'invalid_input', field: 'lpr', details: { fields: [{ field: 'lpr' }] } });
  });
});

describe('rateFromLpr', () => {
  it.each([
    ['0.0300', 0, '0.03'],
    ['0.0300', 50, '0.035'],
    ['0.0345', -20, '0.0325'],
    ['0.031', 1, '0.0311'],
    ['0.03451', 5, '0.03501'],
    ['0.0300', -300, '0'],
    ['0.0300', 3300, '0.36'],
  ])('LPR %s with %i bp is %s', (lpr, spreadBp, expected) => {
    expect(formatRate(rateFromLpr(lpr, spreadBp))).toBe(expected);
    expect(rateFromLpr(lpr, spreadBp)).toEqual(parseRate(expected));
  });

  it('refuses a result below zero or above the ceiling, a fractional spread, and a malformed LPR', () => {
    expect(catchError(() => rateFromLpr('0.0300', -301))).toMatchObject({ field: 'spreadBp', message: expect.stringMatching(/cannot be negative/) });
    expect(catchError(() => rateFromLpr('0.0300', 3301))).toMatchObject({ field: 'spreadBp', message: expect.stringMatching(/usury ceiling/) });
    expect(catchError(() => rateFromLpr('0.0300', 2.5))).toMatchObject({ field: 'spreadBp', message: expect.stringMatching(/whole number of basis points/) });
    expect(catchError(() => rateFromLpr('3.00%', 10))).toMatchObject({ field: 'lpr' });
  });
});

describe('formatRate and rateProblem', () => {
  it('round-trips through parseRate', () => {
    for (const text of ['0', '0.0435', '0.1', '0.36', '0.0000000001', '0.2999999999']) expect(formatRate(parseRate(text))).toBe(text);
  });

  it('names what is wrong with a rate built by hand', () => {
    expect(rateProblem({ numerator: 435n, denominator: 10_000n })).toBeNull();
    expect(rateProblem({ numerator: 1n, denominator: 3n })).toMatch(/power of ten/);
    expect(rateProblem({ numerator: 1n, denominator: 0n })).toMatch(/power of ten/);
    expect(rateProblem({ numerator: -1n, denominator: 100n })).toMatch(/negative/);
    expect(rateProblem({ numerator: 3601n, denominator: 10_000n })).toMatch(/above 0\.36/);
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
