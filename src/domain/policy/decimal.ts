// Exact decimal arithmetic for subsidies: shares ("0.5"), LPR multiples ("1.4") and rates are
// fractions of bigints, never binary floats, and every amount of money is rounded ONCE, by the one
// rule below, where a fraction of a fen would appear.
import { formatRate, type Rate } from '../loans/rate.ts';

/** An exact non-negative fraction (the loans' `Rate` shape; the denominator need not be a power of ten). */
export type Fraction = Rate;

const DECIMAL = /^(\d{1,12})(?:\.(\d{1,12}))?$/;
const BASIS_POINTS = 10_000n;

/** "0.5" → 5/10, "1.4" → 14/10; null for anything but a plain non-negative decimal. */
export function parseDecimal(text: string): Fraction | null {
  const match = DECIMAL.exec(text);
  if (match === null) return null;
  const [, whole = '', fraction = ''] = match;
  return { numerator: BigInt(whole + fraction), denominator: 10n ** BigInt(fraction.length) };
}

export const fractionOfBp = (bp: number): Fraction => ({ numerator: BigInt(bp), denominator: BASIS_POINTS });

export const addFractions = (a: Fraction, b: Fraction): Fraction => ({ numerator: a.numerator * b.denominator + b.numerator * a.denominator, denominator: a.denominator * b.denominator });
export const multiplyFractions = (a: Fraction, b: Fraction): Fraction => ({ numerator: a.numerator * b.numerator, denominator: a.denominator * b.denominator });
/** Negative, zero or positive as a is below, equal to or above b. */
export const compareFractions = (a: Fraction, b: Fraction): number => {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
};

/**
 * THE rounding rule of subsidies: an amount that is not a whole number of fen is rounded DOWN
 * (towards zero, i.e. floor, for the non-negative amounts subsidies deal in). Public money never
 * pays a fraction of a fen more than the programme's formula gives; the fen left over stays in
 * the budget. Used for eligible interest at a capped rate, for the share, and for pro-rata parts.
 */
export function roundFen(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n || numerator < 0n) throw new RangeError('roundFen takes a non-negative amount over a positive denominator');
  return numerator / denominator; // bigint division truncates: floor for non-negative operands
}

/** fen × fraction, rounded by the one rule. */
export const fenTimes = (fen: bigint, fraction: Fraction): bigint => roundFen(fen * fraction.numerator, fraction.denominator);

/** A fraction as the shortest exact decimal when it has one ("0.0392"), else to 10 places rounded down with a trailing "…". */
export function formatFraction(f: Fraction): string {
  if (isPowerOfTen(f.denominator)) return formatRate(f); // rates, shares and caps: string work only
  let { numerator, denominator } = f;
  const divisor = gcd(numerator, denominator);
  numerator /= divisor;
  denominator /= divisor;
  let places = 0;
  let rest = denominator;
  for (; rest % 10n === 0n; places++) rest /= 10n;
  for (; rest % 2n === 0n; places++) rest /= 2n;
  for (; rest % 5n === 0n; places++) rest /= 5n;
  const exact = rest === 1n;
  const shown = exact ? places : 10;
  const scaled = (numerator * 10n ** BigInt(shown)) / denominator;
  const digits = scaled.toString().padStart(shown + 1, '0');
  const text = shown === 0 ? digits : `${digits.slice(0, -shown)}.${digits.slice(-shown)}`;
  return exact ? text : `${text}…`;
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

function isPowerOfTen(value: bigint): boolean {
  const digits = value.toString();
  return digits[0] === '1' && /^10*$/.test(digits);
}
