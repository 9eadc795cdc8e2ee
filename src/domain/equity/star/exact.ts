// Exact arithmetic for thresholds: decimals become fractions of bigints, so "R&D ≥ 5% of revenue"
// is decided as rd × 100 ≥ revenue × 5, never through a float. Floats appear only in values
// shown (rounded) and in growth projections, which are estimates.

export interface Fraction {
  n: bigint;
  d: bigint;
}

export const DECIMAL = /^\d{1,6}(\.\d{1,6})?$/;

export function fractionOf(decimal: string): Fraction {
  if (!DECIMAL.test(decimal)) throw new Error(`not a decimal: ${decimal}`);
  const [whole, part = ''] = decimal.split('.');
  const d = 10n ** BigInt(part.length);
  return { n: BigInt(whole!) * d + BigInt(part || '0'), d };
}

export const fractionNumber = (f: Fraction): number => Number(f.n) / Number(f.d);

/** part / whole ≥ threshold, exactly; false when whole ≤ 0. */
export function shareAtLeast(part: bigint, whole: bigint, threshold: Fraction): boolean {
  return whole > 0n && part * threshold.d >= whole * threshold.n;
}

const SCALE = 1_000_000n;

/** a / b rounded half up to 6 decimals, as a number for display; null when b is 0. */
export function ratioNumber(a: bigint, b: bigint): number | null {
  if (b === 0n) return null;
  const negative = a < 0n !== b < 0n;
  const [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  const scaled = (x * SCALE * 2n + y) / (2n * y);
  return (negative ? -Number(scaled) : Number(scaled)) / Number(SCALE);
}

/** threshold − a / b, rounded up to 6 decimals so a shown gap is never smaller than the real one. */
export function shareGap(part: bigint, whole: bigint, threshold: Fraction): number | null {
  if (whole <= 0n) return null;
  const num = threshold.n * whole - part * threshold.d;
  if (num <= 0n) return 0;
  const den = threshold.d * whole;
  return Number((num * SCALE + den - 1n) / den) / Number(SCALE);
}

/** Compound growth last / first over `periods` years ≥ rate, exactly: last × d^p ≥ first × (n + d)^p. */
export function growthAtLeast(first: bigint, last: bigint, periods: number, rate: Fraction): boolean {
  if (first <= 0n || periods < 1) return false;
  const p = BigInt(periods);
  return last * rate.d ** p >= first * (rate.n + rate.d) ** p;
}

/** Compound growth a year (a decimal, for display and projections), null unless both ends are positive. */
export function compoundGrowth(first: number, last: number, periods: number): number | null {
  if (!(first > 0) || !(last > 0) || periods < 1) return null;
  return (last / first) ** (1 / periods) - 1;
}

export const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;
