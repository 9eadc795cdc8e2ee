// The enterprise's recent growth, and its figures carried forward at that growth: the projection
// behind "how many years until the gap closes". Projections are estimates, so they run in floats
// and are rounded back to whole fen; the thresholds are still decided exactly on the result.
import { compoundGrowth, round6 } from './exact.ts';
import { monthsBetween, type StarFacts, type StarStaff, type StarYear } from './facts.ts';
import type { StarGrowth } from './types.ts';

type MoneyField = 'revenueFen' | 'rdExpenseFen' | 'netProfitFen' | 'operatingCashFlowFen';

function yearlyGrowth(years: readonly StarYear[], field: MoneyField): number | null {
  const first = years[0]?.[field];
  const last = years.at(-1)?.[field];
  if (first == null || last == null || years.length < 2) return null;
  const g = compoundGrowth(Number(first), Number(last), years.length - 1);
  return g === null ? null : round6(g);
}

function staffGrowth(facts: StarFacts, field: 'employees' | 'rdStaff'): number | null {
  if (!facts.staff || !facts.staffBefore) return null;
  const g = compoundGrowth(facts.staffBefore[field], facts.staff[field], monthsBetween(facts.staffBefore.month, facts.staff.month) / 12);
  return g === null ? null : round6(g);
}

export function growthOf(facts: StarFacts, years: number): StarGrowth {
  return {
    revenue: yearlyGrowth(facts.years, 'revenueFen'),
    rdExpense: yearlyGrowth(facts.years, 'rdExpenseFen'),
    netProfit: yearlyGrowth(facts.years, 'netProfitFen'),
    operatingCashFlow: yearlyGrowth(facts.years, 'operatingCashFlowFen'),
    employees: staffGrowth(facts, 'employees'),
    rdStaff: staffGrowth(facts, 'rdStaff'),
    inventionPatentsPerYear: round6(facts.inventionPatentsRecent / years),
  };
}

/** A figure grown for `k` years; no growth known (or a loss) keeps it where it is. */
function grown(value: bigint | null, rate: number | null, k: number): bigint | null {
  if (value === null || rate === null) return value;
  return BigInt(Math.round(Number(value) * (1 + rate) ** k));
}

const grownStaff = (staff: StarStaff, growth: StarGrowth, k: number): StarStaff => ({
  month: staff.month,
  employees: staff.employees * (1 + (growth.employees ?? 0)) ** k,
  rdStaff: staff.rdStaff * (1 + (growth.rdStaff ?? 0)) ** k,
});

/** The facts `k` years on: new years appended at the growth rates, the window kept to its length. */
export function projectFacts(facts: StarFacts, growth: StarGrowth, k: number): StarFacts {
  const last = facts.years.at(-1);
  if (!last) return { ...facts, inventionPatents: facts.inventionPatents + Math.floor(growth.inventionPatentsPerYear * k) };
  const added: StarYear[] = [];
  for (let j = 1; j <= k; j++) {
    added.push({
      year: last.year + j,
      revenueFen: grown(last.revenueFen, growth.revenue, j),
      rdExpenseFen: grown(last.rdExpenseFen, growth.rdExpense, j),
      netProfitFen: grown(last.netProfitFen, growth.netProfit, j),
      operatingCashFlowFen: grown(last.operatingCashFlowFen, growth.operatingCashFlow, j),
    });
  }
  return {
    ...facts,
    years: [...facts.years, ...added].slice(-facts.years.length),
    staff: facts.staff ? grownStaff(facts.staff, growth, k) : null,
    inventionPatents: facts.inventionPatents + Math.floor(growth.inventionPatentsPerYear * k),
  };
}

/** Farther than this is no forecast worth showing. */
export const HORIZON_YEARS = 30;

/** The first whole year within the horizon in which `met` holds on the projected facts, or null. */
export function yearsUntil(facts: StarFacts, growth: StarGrowth, met: (projected: StarFacts) => boolean): number | null {
  for (let k = 1; k <= HORIZON_YEARS; k++) if (met(projectFacts(facts, growth, k))) return k;
  return null;
}
