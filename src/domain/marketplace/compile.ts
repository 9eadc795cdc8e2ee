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
  /** Products' checks: the same number for the same fact and bounds (or values); -1 otherwise. */
  id: number;
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
  /** Numbers of the industry and region prefix lists, shared with checks' (-1: none). */
  industriesId: number;
  regionsId: number;
  /** `stages` as bits of STAGE_BITS (0: none; -1: a stage outside them, so ask `stages`). */
  stageBits: number;
  /** Loans and guarantees: the enterprise's credit limit counts towards the fit. */
  limitCounts: boolean;
}

/** One bit per stage, for the stage preference. */
export const STAGE_BITS: Readonly<Record<string, number>> = { startup: 1, growth: 2, mature: 4 };

function stageBitsOf(stages: readonly string[]): number {
  let bits = 0;
  for (const stage of stages) {
    if (!Object.hasOwn(STAGE_BITS, stage)) return -1;
    bits |= STAGE_BITS[stage]!;
  }
  return bits;
}

// Products repeat the same round thresholds (grade ≥ BBB, no penalties, …) and preference lists:
// numbering the distinct checks and lists of compiled products lets one enterprise be judged once
// per distinct check rather than once per product. The table grows only with product rules never
// seen before (previews of rules being drafted are not numbered), so it stays as small as the
// products' rule vocabulary.
const checkIds = new Map<string, number>();

function checkId(key: string): number {
  let id = checkIds.get(key);
  if (id === undefined) checkIds.set(key, (id = checkIds.size));
  return id;
}

const listId = (prefixes: readonly string[]) => (prefixes.length ? checkId(JSON.stringify(['prefixes', ...prefixes])) : -1);

/** How many distinct checks and lists have been numbered: every id is below it. */
export const distinctChecks = () => checkIds.size;

export function compileCheck(rule: EligibilityRule): Check {
  const fact = FACT_BY_KEY.get(rule.fact)!;
  if (rule.op === 'in' || rule.op === 'not_in') {
    return { rule, fact, numeric: false, column: CATEGORY_INDEX.get(rule.fact)!, lo: 0, hi: 0, values: rule.values, exact: fact.kind === 'category' ? new Set(rule.values) : null, negate: rule.op === 'not_in', id: -1 };
  }
  const [lo, hi] = boundsOf(rule, fact);
  return { rule, fact, numeric: true, column: NUMERIC_INDEX.get(rule.fact)!, lo, hi, values: [], exact: null, negate: false, id: -1 };
}

function numberedCheck(rule: EligibilityRule): Check {
  const check = compileCheck(rule);
  check.id = checkId(check.numeric ? `${check.column} ${check.lo} ${check.hi}` : JSON.stringify([check.column, check.negate, check.values]));
  return check;
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
    checks: product.rules.map(numberedCheck),
    parks: new Set(product.parks),
    cost: costComponent(yearlyCost),
    yearlyCost,
    amountMinYuan: Number(product.terms.amountMinFen) / 100,
    amountMaxYuan: Number(product.terms.amountMaxFen) / 100,
    industries: product.preferences.industries,
    stages: new Set(product.preferences.stages),
    regions: product.preferences.regions,
    industriesId: listId(product.preferences.industries),
    regionsId: listId(product.preferences.regions),
    stageBits: stageBitsOf(product.preferences.stages),
    limitCounts: product.kind === 'loan' || product.kind === 'guarantee',
  };
}

export function passes(check: Check, table: FactTable, row: number): boolean {
  if (check.numeric) {
    const v = table.numbers[check.column]![row]!;
    return v >= check.lo && v <= check.hi; // NaN fails both
  }
  return passesCategory(check, table.categories[check.column]![row]!);
}

/** A category check on one value ('' = unknown, which fails). */
export function passesCategory(check: Check, v: string): boolean {
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
