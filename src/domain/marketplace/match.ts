// The two-sided matching engine. For an enterprise (or one of its needs): every product offered in
// its park, ranked — eligible ones by fit, then near-misses by how few rules they fail. Tables of
// enterprises (leads, the nightly full match) are in match-table.ts; the fit itself in fit.ts.
//
// Speed. One enterprise against thousands of products: each distinct check (products share round
// thresholds) and preference list is judged once, and the ranked list is put in order by a
// counting sort on (unmet count, score). Results are exactly those of judging every product one by one.
import { GRADE_INDEX, type EnterpriseFacts } from './facts.ts';
import { distinctChecks, passesCategory, type Check, type CompiledProduct } from './compile.ts';
import type { NeedTerms, ProductKind } from './products.ts';
import { productSetOf } from './product-set.ts';
import { gradeComponent } from './ranking.ts';
import { marginOf } from './rules.ts';
import { CREDIT_LIMIT, INDUSTRY, needMismatches, PARK, preferenceOf, REGION, STAGE, weightedScore, stageBitOf, type MatchContext, type RankedMatch, type RankingFacts } from './fit.ts';

export type { MatchContext, NeedMismatch, RankedMatch } from './fit.ts';
export { leadsFor, topMatches, type Leads, type TopMatches } from './match-table.ts';

/**
 * Every product offered in the enterprise's park (of the need's kind), ranked, as numbers: the
 * order, each product's score and unmet count. A request shows one page, so only that page's
 * matches are made into objects (`at`); ranking 10,000 products leaves little garbage behind.
 */
export interface Ranking {
  /** Products ranked (offered in the park, of the need's kind). */
  size: number;
  eligibleCount: number;
  /** The ranked match at a position (0 = best), made on demand. */
  at(position: number): RankedMatch;
  /** Positions from..to (exclusive), made on demand. */
  slice(from: number, to: number): RankedMatch[];
}

/**
 * Buffers every ranking reuses. Ranking 10,000 products needs ~250 KB of typed arrays; allocated
 * per call, that much external memory churn forces full collections, the tail of the latency. So
 * a Ranking is valid until the next rankProducts call (take the page at once); a stale one throws.
 */
const scratch = {
  generation: 0,
  judged: new Float64Array(0),
  approval: new Float64Array(0),
  seen: new Uint8Array(0),
  index: new Uint32Array(0),
  scores: new Float64Array(0),
  unmet: new Uint16Array(0),
  rank: new Uint32Array(0),
  order: new Uint32Array(0),
  starts: new Uint32Array(0),
};

function prepareScratch(products: number, checks: number, institutions: number): number {
  if (scratch.index.length < products) {
    const size = Math.max(products, 2 * scratch.index.length);
    Object.assign(scratch, { index: new Uint32Array(size), scores: new Float64Array(size), unmet: new Uint16Array(size), rank: new Uint32Array(size), order: new Uint32Array(size) });
  }
  if (scratch.judged.length < checks) {
    const size = Math.max(checks, 2 * scratch.judged.length);
    Object.assign(scratch, { judged: new Float64Array(size), seen: new Uint8Array(size) });
  }
  if (scratch.approval.length < institutions) scratch.approval = new Float64Array(Math.max(institutions, 2 * scratch.approval.length));
  scratch.judged.fill(NaN, 0, checks);
  scratch.approval.fill(NaN, 0, institutions);
  scratch.seen.fill(0, 0, checks);
  return ++scratch.generation;
}

export function rankProducts(facts: EnterpriseFacts, products: readonly CompiledProduct[], ctx: MatchContext, need?: NeedTerms, kind?: ProductKind): Ranking {
  const { numbers, categories } = facts;
  const e: RankingFacts = { industry: categories[INDUSTRY]!, stage: categories[STAGE]!, stageBit: stageBitOf(categories[STAGE]!), region: categories[REGION]!, creditLimit: numbers[CREDIT_LIMIT] ?? NaN, gradeStep: numbers[GRADE_INDEX] ?? NaN };
  const view = need ? { ...need, amountYuan: Number(need.amountFen) / 100 } : null;
  const onlyKind = view?.kind ?? kind;
  const set = productSetOf(products);
  const generation = prepareScratch(products.length, distinctChecks(), set.institutionIds.length);
  // Each distinct check judged once: its margin, or -1 when it fails (NaN: not judged yet); each
  // distinct preference list once (see startsWithListed); each institution's approval rate once.
  const { judged, seen, approval, index, scores, unmet } = scratch;
  const { checkStart, checkIds, checks, cost, institution } = set;
  const w = ctx.weights;
  const gradeTerm = w.grade * gradeComponent(e.gradeStep);
  const inPark = set.inPark(categories[PARK]!);
  let n = 0;
  let eligibleCount = 0;
  for (let j = 0; j < inPark.length; j++) {
    const i = inPark[j]!;
    if (onlyKind && set.kind[i] !== onlyKind) continue;
    const p = products[i]!;
    let failures = 0;
    let margins = 0;
    const end = checkStart[i + 1]!;
    for (let c = checkStart[i]!; c < end; c++) {
      const id = checkIds[c]!;
      let margin = id >= 0 ? judged[id]! : NaN;
      if (Number.isNaN(margin)) {
        margin = judge(checks[c]!, numbers, categories);
        if (id >= 0) judged[id] = margin;
      }
      if (margin >= 0) margins += margin;
      else failures++;
    }
    if (view) failures += needMismatches(p, view).length;
    const count = end - checkStart[i]!;
    const margin = count ? margins / count : 1;
    const inst = institution[i]!;
    let rate = approval[inst]!;
    if (Number.isNaN(rate)) approval[inst] = rate = ctx.approval(p.product.institutionId, e.gradeStep);
    index[n] = i;
    scores[n] = weightedScore(w, margin, preferenceOf(p, e, view, seen), gradeTerm, cost[i]!, rate);
    unmet[n] = Math.min(failures, 65535);
    if (failures === 0) eligibleCount++;
    n++;
  }
  const order = rankOrder(n, (k) => products[index[k]!]!.product.id, inIdOrder(products));
  const at = (position: number): RankedMatch => {
    if (generation !== scratch.generation) throw new Error('A ranking is valid until the next rankProducts call: take its page first');
    const k = order[position]!;
    const p = products[index[k]!]!;
    const failed = p.checks.filter((c) => judgedMargin(c, numbers, categories, judged) < 0);
    const needMismatched = view ? needMismatches(p, view) : [];
    return { product: p, eligible: unmet[k] === 0, score: scores[k]!, failed, needMismatches: needMismatched };
  };
  return {
    size: n,
    eligibleCount,
    at,
    slice: (from, to) => Array.from({ length: Math.max(0, Math.min(to, n) - from) }, (_, j) => at(from + j)),
  };
}

/** Every product offered in the enterprise's park (of the need's kind), ranked, as objects. */
export function matchEnterprise(facts: EnterpriseFacts, products: readonly CompiledProduct[], ctx: MatchContext, need?: NeedTerms): RankedMatch[] {
  const ranking = rankProducts(facts, products, ctx, need);
  return ranking.slice(0, ranking.size);
}

function judgedMargin(check: Check, numbers: Float64Array, categories: readonly string[], judged: Float64Array): number {
  let margin = check.id >= 0 ? judged[check.id]! : NaN;
  if (Number.isNaN(margin)) {
    margin = judge(check, numbers, categories);
    if (check.id >= 0) judged[check.id] = margin;
  }
  return margin;
}

/** A check's margin for one enterprise, or -1 when it fails. */
function judge(c: Check, numbers: Float64Array, categories: readonly string[]): number {
  if (!c.numeric) return passesCategory(c, categories[c.column]!) ? 1 : -1;
  const v = numbers[c.column]!;
  return v >= c.lo && v <= c.hi ? marginOf(c.fact, v, c.lo, c.hi) : -1; // NaN fails both
}

/**
 * `byRank` order (eligible first by score; then fewest unmet, by score; ties by product id) by a
 * counting sort on (unmet count, score in tenths) that keeps the given order within equal keys.
 * When the products are not in id order, runs of equal keys are sorted by id.
 */
function rankOrder(n: number, idOf: (k: number) => string, idOrdered: boolean): Uint32Array {
  const { scores, unmet, rank, order } = scratch;
  let lowest = Infinity;
  let highest = -Infinity;
  for (let k = 0; k < n; k++) {
    const tenths = Math.round(scores[k]! * 10); // scores are whole tenths
    if (!(tenths >= 0 && tenths <= 1000)) return fallbackOrder(n, scores, unmet, idOf);
    const r = unmet[k]! * 1001 + (1000 - tenths);
    rank[k] = r;
    if (r < lowest) lowest = r;
    if (r > highest) highest = r;
  }
  if (!n) return order;
  const buckets = highest - lowest + 2;
  if (scratch.starts.length < buckets) scratch.starts = new Uint32Array(Math.max(buckets, 2 * scratch.starts.length));
  const starts = scratch.starts;
  starts.fill(0, 0, buckets);
  for (let k = 0; k < n; k++) starts[rank[k]! - lowest + 1]!++;
  for (let b = 1; b < buckets; b++) starts[b]! += starts[b - 1]!;
  for (let k = 0; k < n; k++) order[starts[rank[k]! - lowest]!++] = k;
  if (!idOrdered) {
    for (let start = 0; start < n; ) {
      let end = start + 1;
      while (end < n && rank[order[end]!] === rank[order[start]!]) end++;
      if (end - start > 1) order.subarray(start, end).sort((a, b) => (idOf(a) < idOf(b) ? -1 : 1));
      start = end;
    }
  }
  return order;
}

/** Scores outside 0..100 (weights not normalised): a comparison sort with the same order. */
function fallbackOrder(n: number, scores: Float64Array, unmet: Uint16Array, idOf: (k: number) => string): Uint32Array {
  return Uint32Array.from({ length: n }, (_, k) => k).sort((a, b) => unmet[a]! - unmet[b]! || scores[b]! - scores[a]! || (idOf(a) < idOf(b) ? -1 : 1));
}

// Whether a products array is in strictly ascending id order, kept per array: the market passes
// the same array (not changed once built) to every request until the products change.
const idOrdered = new WeakMap<readonly CompiledProduct[], boolean>();

function inIdOrder(products: readonly CompiledProduct[]): boolean {
  let ordered = idOrdered.get(products);
  if (ordered === undefined) {
    ordered = true;
    for (let i = 1; i < products.length && ordered; i++) ordered = products[i - 1]!.product.id < products[i]!.product.id;
    idOrdered.set(products, ordered);
  }
  return ordered;
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
