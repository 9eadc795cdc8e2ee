// The two-sided matching engine. For an enterprise (or one of its needs): every product offered in
// its park, ranked — eligible ones by fit, then near-misses by how few rules they fail. For a
// product: the eligible enterprises (leads), by fit. For the nightly run: each enterprise's top N.
import { CATEGORY_INDEX, GRADE_INDEX, NUMERIC_INDEX, type EnterpriseFacts } from './facts.ts';
import { factTable, type FactTable } from './fact-table.ts';
import { checkMargin, passes, startsWithAny, type Check, type CompiledProduct } from './compile.ts';
import type { NeedTerms, SecurityKind } from './products.ts';
import { gradeComponent, type ApprovalRates, type RankingWeights } from './ranking.ts';

export interface MatchContext {
  /** Normalised (summing to 1). */
  weights: RankingWeights;
  approval: ApprovalRates;
}

export type NeedMismatch = 'amount' | 'term' | 'security';

export interface RankedMatch {
  product: CompiledProduct;
  eligible: boolean;
  score: number; // 0..100
  failed: Check[];
  needMismatches: NeedMismatch[];
}

const PARK = CATEGORY_INDEX.get('park')!;
const STAGE = CATEGORY_INDEX.get('stage')!;
const INDUSTRY = CATEGORY_INDEX.get('industry')!;
const REGION = CATEGORY_INDEX.get('region')!;
const CREDIT_LIMIT = NUMERIC_INDEX.get('credit_limit')!;

interface NeedView extends NeedTerms {
  amountYuan: number;
}

function preferenceAt(p: CompiledProduct, table: FactTable, row: number, need: NeedView | null): number {
  let sum = 0;
  let n = 0;
  if (p.industries.length) {
    n++;
    if (startsWithAny(table.categories[INDUSTRY]![row]!, p.industries)) sum++;
  }
  if (p.stages.size) {
    n++;
    if (p.stages.has(table.categories[STAGE]![row]! as never)) sum++;
  }
  if (p.regions.length) {
    n++;
    if (startsWithAny(table.categories[REGION]![row]!, p.regions)) sum++;
  }
  if (need) {
    n++;
    sum += amountFit(need.amountYuan, p);
    if (need.workingDaysUntilNeeded !== null) {
      n++;
      sum += p.product.terms.turnaroundDays <= need.workingDaysUntilNeeded ? 1 : 0.3;
    }
  } else if (p.product.kind === 'loan' || p.product.kind === 'guarantee') {
    const limit = table.numbers[CREDIT_LIMIT]![row]!;
    if (!Number.isNaN(limit)) {
      n++;
      sum += limit >= p.amountMinYuan ? 1 : Math.max(0, limit / p.amountMinYuan);
    }
  }
  return n ? sum / n : 0.5;
}

/** An amount in the middle of the product's range fits best; at the ends, half as well. */
function amountFit(amountYuan: number, p: CompiledProduct): number {
  const span = p.amountMaxYuan - p.amountMinYuan;
  if (span <= 0) return 1;
  const position = (amountYuan - p.amountMinYuan) / span;
  return position < 0 || position > 1 ? 0 : 1 - Math.abs(position - 0.5);
}

function scoreAt(p: CompiledProduct, table: FactTable, row: number, margin: number, ctx: MatchContext, need: NeedView | null): number {
  const w = ctx.weights;
  const step = table.numbers[GRADE_INDEX]![row]!;
  const s =
    w.margin * margin +
    w.preference * preferenceAt(p, table, row, need) +
    w.grade * gradeComponent(step) +
    w.cost * p.cost +
    w.approval * ctx.approval(p.product.institutionId, step);
  return Math.round(s * 1000) / 10;
}

function needMismatches(p: CompiledProduct, need: NeedView): NeedMismatch[] {
  const out: NeedMismatch[] = [];
  const t = p.product.terms;
  if (need.amountFen < t.amountMinFen || need.amountFen > t.amountMaxFen) out.push('amount');
  if (need.termMonths !== null && t.termMinMonths !== null && (need.termMonths < t.termMinMonths || need.termMonths > t.termMaxMonths!)) out.push('term');
  if (!t.security.includes('none') && !t.security.some((s: SecurityKind) => need.offers.includes(s))) out.push('security');
  return out;
}

/** Every product offered in the enterprise's park (of the need's kind), ranked. */
export function matchEnterprise(facts: EnterpriseFacts, products: readonly CompiledProduct[], ctx: MatchContext, need?: NeedTerms): RankedMatch[] {
  const table = factTable([facts]);
  const park = facts.categories[PARK]!;
  const view = need ? { ...need, amountYuan: Number(need.amountFen) / 100 } : null;
  const out: RankedMatch[] = [];
  for (const p of products) {
    if (!p.parks.has(park)) continue;
    if (view && p.product.kind !== view.kind) continue;
    let failed: Check[] | null = null;
    let margins = 0;
    for (const c of p.checks) {
      if (passes(c, table, 0)) margins += checkMargin(c, table, 0);
      else (failed ??= []).push(c);
    }
    const mismatches = view ? needMismatches(p, view) : [];
    const margin = p.checks.length ? margins / p.checks.length : 1;
    const eligible = failed === null && mismatches.length === 0;
    out.push({ product: p, eligible, score: scoreAt(p, table, 0, margin, ctx, view), failed: failed ?? [], needMismatches: mismatches });
  }
  return sortByRank(out);
}

/**
 * The same order as `byRank`, faster for thousands of matches: each match becomes one number
 * (unmet count, then score, then position) sorted natively; only runs of equal unmet count and
 * score are then put in product-id order with a comparator.
 */
function sortByRank(matches: RankedMatch[]): RankedMatch[] {
  const n = matches.length;
  const slots = 2 ** Math.ceil(Math.log2(n + 1));
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const m = matches[i]!;
    const tenths = Math.round(m.score * 10); // scores are whole tenths
    const group = m.eligible ? 0 : unmetCount(m);
    const key = (group * 4096 + (2048 - tenths)) * slots + i;
    if (!(tenths >= 0 && tenths <= 2048 && group < 2 ** 20 && Number.isSafeInteger(key))) return matches.sort(byRank);
    keys[i] = key;
  }
  keys.sort();
  const sorted = new Array<RankedMatch>(n);
  for (let i = 0; i < n; i++) sorted[i] = matches[keys[i]! % slots]!;
  for (let start = 0; start < n; ) {
    const rank = Math.floor(keys[start]! / slots);
    let end = start + 1;
    while (end < n && Math.floor(keys[end]! / slots) === rank) end++;
    if (end - start > 1) {
      const run = sorted.slice(start, end).sort(byRank);
      for (let i = start; i < end; i++) sorted[i] = run[i - start]!;
    }
    start = end;
  }
  return sorted;
}

const unmetCount = (m: RankedMatch) => m.failed.length + m.needMismatches.length;

export function byRank(a: RankedMatch, b: RankedMatch): number {
  if (a.eligible !== b.eligible) return a.eligible ? -1 : 1;
  if (!a.eligible) {
    const d = unmetCount(a) - unmetCount(b);
    if (d) return d;
  }
  return b.score - a.score || (a.product.product.id < b.product.product.id ? -1 : 1);
}

/** Whether a row passes a product's park and rules; the margin mean when it does, else -1. */
function eligibleMargin(p: CompiledProduct, table: FactTable, row: number): number {
  if (!p.parks.has(table.categories[PARK]![row]!)) return -1;
  let margins = 0;
  for (const c of p.checks) {
    if (!passes(c, table, row)) return -1;
    margins += checkMargin(c, table, row);
  }
  return p.checks.length ? margins / p.checks.length : 1;
}

export interface Leads {
  rows: Uint32Array; // eligible rows, best first
  scores: Float64Array; // aligned with rows
}

/** Every eligible enterprise for a product, best fit first. */
export function leadsFor(p: CompiledProduct, table: FactTable, ctx: MatchContext): Leads {
  const candidates = new Uint32Array(table.size);
  const scoreByRow = new Float64Array(table.size);
  let n = 0;
  for (let row = 0; row < table.size; row++) {
    const margin = eligibleMargin(p, table, row);
    if (margin < 0) continue;
    candidates[n++] = row;
    scoreByRow[row] = scoreAt(p, table, row, margin, ctx, null);
  }
  const rows = candidates.slice(0, n).sort((a, b) => scoreByRow[b]! - scoreByRow[a]! || a - b);
  return { rows, scores: Float64Array.from(rows, (r) => scoreByRow[r]!) };
}

export interface TopMatches {
  perEnterprise: number;
  /** [row * perEnterprise + k]: product index, -1 where fewer matched. */
  products: Int32Array;
  scores: Float32Array;
  /** How many products each enterprise is eligible for. */
  eligibleCount: Uint32Array;
}

/** Each enterprise's best `perEnterprise` eligible products: the nightly full match. */
export function topMatches(products: readonly CompiledProduct[], table: FactTable, ctx: MatchContext, perEnterprise: number): TopMatches {
  const N = perEnterprise;
  const top = { perEnterprise: N, products: new Int32Array(table.size * N).fill(-1), scores: new Float32Array(table.size * N).fill(-1), eligibleCount: new Uint32Array(table.size) };
  products.forEach((p, index) => {
    for (let row = 0; row < table.size; row++) {
      const margin = eligibleMargin(p, table, row);
      if (margin < 0) continue;
      top.eligibleCount[row]!++;
      // Compared as stored (float32): otherwise a tie with a kept score rounded down would displace it.
      const score = Math.fround(scoreAt(p, table, row, margin, ctx, null));
      const base = row * N;
      if (score <= top.scores[base + N - 1]!) continue;
      let k = N - 1; // insert into the row's list, kept best first
      while (k > 0 && top.scores[base + k - 1]! < score) {
        top.scores[base + k] = top.scores[base + k - 1]!;
        top.products[base + k] = top.products[base + k - 1]!;
        k--;
      }
      top.scores[base + k] = score;
      top.products[base + k] = index;
    }
  });
  return top;
}
