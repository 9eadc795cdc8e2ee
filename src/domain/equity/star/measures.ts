// Each indicator and condition measured on a set of facts: met (decided exactly), the value, the
// requirement and the gap. The same functions run on projected facts for the years to close.
import { fractionNumber, fractionOf, growthAtLeast, compoundGrowth, ratioNumber, round6, shareAtLeast, shareGap } from './exact.ts';
import type { StarFacts, StarYear } from './facts.ts';
import type { StarMissing, StarUnit, StarValue } from './types.ts';

export interface Measure {
  met: boolean;
  unit: StarUnit;
  actual: StarValue | null;
  required: StarValue | null;
  gap: StarValue | null;
  missing?: StarMissing;
}

type MoneyField = keyof Omit<StarYear, 'year'>;

/** The last `count` years' sum of a field, or null unless all `count` years report it. */
export function lastYearsSum(facts: StarFacts, field: MoneyField, count: number): bigint | null {
  const years = facts.years.slice(-count);
  if (years.length < count || years.some((y) => y[field] === null)) return null;
  return years.reduce((sum, y) => sum + y[field]!, 0n);
}

const noYears = (unit: StarUnit, required: StarValue): Measure => ({ met: false, unit, actual: null, required, gap: null, missing: 'financial_years' });

/** value ≥ min, in fen. */
export function atLeastFen(value: bigint | null, minFen: number): Measure {
  const required = BigInt(minFen);
  if (value === null) return noYears('fen', required);
  return { met: value >= required, unit: 'fen', actual: value, required, gap: value >= required ? 0n : required - value };
}

export function atLeastCount(value: number, min: number): Measure {
  return { met: value >= min, unit: 'count', actual: value, required: min, gap: Math.max(0, min - value) };
}

/** Sum of `part` over sum of `whole` across the last years ≥ the ratio. */
export function shareOfYears(facts: StarFacts, part: MoneyField, whole: MoneyField, count: number, ratio: string): Measure {
  const threshold = fractionOf(ratio);
  const required = fractionNumber(threshold);
  const p = lastYearsSum(facts, part, count);
  const w = lastYearsSum(facts, whole, count);
  if (p === null || w === null) return noYears('ratio', required);
  return { met: shareAtLeast(p, w, threshold), unit: 'ratio', actual: ratioNumber(p, w), required, gap: shareGap(p, w, threshold) };
}

/** Headcounts are scaled to thousandths so projected (fractional) staff decide exactly too. */
const heads = (value: number): bigint => BigInt(Math.round(value * 1000));

export function staffShare(facts: StarFacts, ratio: string): Measure {
  const threshold = fractionOf(ratio);
  const required = fractionNumber(threshold);
  if (!facts.staff) return { met: false, unit: 'ratio', actual: null, required, gap: null, missing: 'staff_month' };
  const [part, whole] = [heads(facts.staff.rdStaff), heads(facts.staff.employees)];
  return { met: shareAtLeast(part, whole, threshold), unit: 'ratio', actual: ratioNumber(part, whole), required, gap: shareGap(part, whole, threshold) };
}

/** Compound revenue growth a year over the last `count` years ≥ the rate. */
export function revenueGrowth(facts: StarFacts, count: number, rate: string): Measure {
  const threshold = fractionOf(rate);
  const required = fractionNumber(threshold);
  const years = facts.years.slice(-count);
  const first = years[0]?.revenueFen ?? null;
  const last = years.at(-1)?.revenueFen ?? null;
  if (years.length < count || count < 2 || first === null || last === null) return noYears('ratio', required);
  const met = growthAtLeast(first, last, count - 1, threshold);
  const growth = compoundGrowth(Number(first), Number(last), count - 1);
  const actual = growth === null ? null : round6(growth);
  return { met, unit: 'ratio', actual, required, gap: met ? 0 : actual === null ? null : round6(Math.max(0, required - actual)) };
}

/** Net profit positive in each of the last `count` years: the value is the weakest year's. */
export function profitEachYear(facts: StarFacts, count: number): Measure {
  const years = facts.years.slice(-count);
  if (years.length < count || years.some((y) => y.netProfitFen === null)) return noYears('fen', 1n);
  const weakest = years.reduce((min, y) => (y.netProfitFen! < min ? y.netProfitFen! : min), years[0]!.netProfitFen!);
  // "Positive" is at least one fen; the gap is what the weakest year lacks to get there.
  return { met: weakest > 0n, unit: 'fen', actual: weakest, required: 1n, gap: weakest > 0n ? 0n : 1n - weakest };
}

export const lastRevenue = (facts: StarFacts): bigint | null => facts.years.at(-1)?.revenueFen ?? null;
