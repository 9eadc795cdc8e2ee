// Products compiled for the engine: each rule becomes a check on one column with its bounds
// resolved, and the parts of the fit that depend on the product alone (cost) computed once.
import type { Stage } from '../rating/expert-model.ts';
import { CATEGORY_INDEX, FACT_BY_KEY, NUMERIC_INDEX, type FactDefinition } from './facts.ts';
import type { FactTable } from './fact-table.ts';
import type { LprTenor, MarketProduct } from './products.ts';
import { costComponent } from './ranking.ts';
import { boundsOf, marginOf, type EligibilityRule } from './rules.ts';

export interface Check {
  rule: EligibilityRule;
  fact: FactDefinition;
  numeric: boolean;
  column: number;
  lo: number;
  hi: number;
  values: readonly string[];
  exact: ReadonlySet<string> | null; // category facts
  negate: boolean;
}

export interface CompiledProduct {
  product: MarketProduct;
  checks: Check[];
  parks: ReadonlySet<string>;
  cost: number; // component, 0..1
  yearlyCost: number | null;
  amountMinYuan: number;
  amountMaxYuan: number;
  industries: readonly string[];
  stages: ReadonlySet<Stage>;
  regions: readonly string[];
}

export function compileCheck(rule: EligibilityRule): Check {
  const fact = FACT_BY_KEY.get(rule.fact)!;
  if (rule.op === 'in' || rule.op === 'not_in') {
    return { rule, fact, numeric: false, column: CATEGORY_INDEX.get(rule.fact)!, lo: 0, hi: 0, values: rule.values, exact: fact.kind === 'category' ? new Set(rule.values) : null, negate: rule.op === 'not_in' };
  }
  const [lo, hi] = boundsOf(rule, fact);
  return { rule, fact, numeric: true, column: NUMERIC_INDEX.get(rule.fact)!, lo, hi, values: [], exact: null, negate: false };
}

export function yearlyCostOf(product: MarketProduct, lpr: Record<LprTenor, number>): number | null {
  const t = product.terms;
  if (product.kind === 'loan' && t.rate) return lpr[t.rate.lprTenor] + (t.rate.spreadMinBp + t.rate.spreadMaxBp) / 2 / 10_000;
  if (product.kind === 'guarantee' || product.kind === 'insurance') return t.feeRate;
  return null;
}

export function compileProduct(product: MarketProduct, lpr: Record<LprTenor, number>): CompiledProduct {
  const yearlyCost = yearlyCostOf(product, lpr);
  return {
    product,
    checks: product.rules.map(compileCheck),
    parks: new Set(product.parks),
    cost: costComponent(yearlyCost),
    yearlyCost,
    amountMinYuan: Number(product.terms.amountMinFen) / 100,
    amountMaxYuan: Number(product.terms.amountMaxFen) / 100,
    industries: product.preferences.industries,
    stages: new Set(product.preferences.stages),
    regions: product.preferences.regions,
  };
}

export function passes(check: Check, table: FactTable, row: number): boolean {
  if (check.numeric) {
    const v = table.numbers[check.column]![row]!;
    return v >= check.lo && v <= check.hi; // NaN fails both
  }
  const v = table.categories[check.column]![row]!;
  if (!v) return false;
  const hit = check.exact ? check.exact.has(v) : startsWithAny(v, check.values);
  return hit !== check.negate;
}

export function checkMargin(check: Check, table: FactTable, row: number): number {
  if (!check.numeric) return 1;
  return marginOf(check.fact, table.numbers[check.column]![row]!, check.lo, check.hi);
}

export function startsWithAny(value: string, prefixes: readonly string[]): boolean {
  for (const p of prefixes) if (value.startsWith(p)) return true;
  return false;
}
