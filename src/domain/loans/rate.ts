// Annual interest rates as exact decimal fractions. A binary float cannot hold 0.0435, and a
// rate off by 1e-18 still moves a fen of interest on a large enough loan.
import { RateError, type RateField } from './errors.ts';

/** numerator / denominator, the denominator a power of ten (0.0435 = 435 / 10000). */
export interface Rate {
  numerator: bigint;
  denominator: bigint;
}

/** The usury ceiling of 36% a year: no loan on the platform may be priced above it. */
export const MAX_ANNUAL_RATE: Rate = { numerator: 36n, denominator: 100n };
/** More places than any published rate; keeps the annuity arithmetic small. */
export const MAX_RATE_DECIMALS = 10;

const BASIS_POINTS = 10_000n;
const DECIMAL_FRACTION = /^(\d+)(?:\.(\d+))?$/;

/** Why a rate is unusable, or null: negative, above 36%, or not over a power of ten. */
export function rateProblem(rate: Rate): string | null {
  if (!isPowerOfTen(rate.denominator)) return 'a rate is a decimal fraction: its denominator must be a power of ten';
  if (rate.numerator < 0n) return 'an interest rate cannot be negative';
  if (rate.numerator * MAX_ANNUAL_RATE.denominator > MAX_ANNUAL_RATE.numerator * rate.denominator) {
    return `an annual rate above 0.36 (36%, the usury ceiling) is refused, got ${formatRate(rate)}`;
  }
  return null;
}

/** "0.0435" → 435/10000. Plain decimal fractions only: no sign, percent sign or exponent. */
export function parseRate(text: string, field: RateField = 'annualRate'): Rate {
  const match = DECIMAL_FRACTION.exec(text);
  if (match === null) throw new RateError(field, 'loan.rate_format', { value: text });
  const [, whole = '', rawFraction = ''] = match;
  const fraction = rawFraction.replace(/0+$/, '');
  if (fraction.length > MAX_RATE_DECIMALS) throw new RateError(field, 'loan.rate_decimals', { max: MAX_RATE_DECIMALS, value: text });
  const rate = { numerator: BigInt(whole + fraction), denominator: 10n ** BigInt(fraction.length) };
  const problem = rateProblem(rate);
  if (problem !== null) throw new RateError(field, 'loan.rate_invalid', { value: text }, problem);
  return rate;
}

/** A floating rate: the LPR ("0.0300") plus a spread in basis points (negative for a discount). */
export function rateFromLpr(lpr: string, spreadBp: number): Rate {
  const base = parseRate(lpr, 'lpr');
  if (!Number.isSafeInteger(spreadBp)) throw new RateError('spreadBp', 'loan.spread_not_integer', { value: String(spreadBp) });
  const denominator = base.denominator > BASIS_POINTS ? base.denominator : BASIS_POINTS;
  const numerator = base.numerator * (denominator / base.denominator) + BigInt(spreadBp) * (denominator / BASIS_POINTS);
  const rate = normaliseRate({ numerator, denominator });
  const problem = rateProblem(rate);
  if (problem !== null) throw new RateError('spreadBp', 'loan.spread_rate_range', { lpr, spreadBp }, `LPR ${lpr} ${spreadBp < 0 ? '−' : '+'} ${Math.abs(spreadBp)} bp: ${problem}`);
  return rate;
}

/** 435/10000 → "0.0435": the shortest exact decimal, which parseRate reads back unchanged. */
export function formatRate(rate: Rate): string {
  const { numerator, denominator } = normaliseRate(rate);
  const places = denominator.toString().length - 1;
  const sign = numerator < 0n ? '-' : '';
  const digits = (numerator < 0n ? -numerator : numerator).toString().padStart(places + 1, '0');
  return places === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** Drops common factors of ten so equal rates have equal fields (0.0300 → 3/100). */
function normaliseRate(rate: Rate): Rate {
  let { numerator, denominator } = rate;
  while (denominator > 1n && numerator % 10n === 0n) {
    numerator /= 10n;
    denominator /= 10n;
  }
  return numerator === 0n ? { numerator: 0n, denominator: 1n } : { numerator, denominator };
}

function isPowerOfTen(value: bigint): boolean {
  let rest = value;
  while (rest > 1n && rest % 10n === 0n) rest /= 10n;
  return rest === 1n;
}
