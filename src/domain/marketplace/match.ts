// The two-sided matching engine. For an enterprise (or one of its needs): every product offered in
// its park, ranked — eligible ones by fit, then near-misses by how few rules they fail. For a
// product: the eligible enterprises (leads), by fit. For the nightly run: each enterprise's top N.
//
// Speed. One enterprise against thousands of products: each distinct check (products share round
// thresholds) and preference list is judged once, and the ranked list is put in order by a
// counting sort on (unmet count, score). Over a table: a product's checks narrow the surviving
// rows one column at a time (a category rule judged once per distinct value), and only eligible
// rows are scored. Results are exactly those of judging every product and row one by one.
import { CATEGORY_INDEX, GRADE_INDEX, NUMERIC_INDEX, type EnterpriseFacts } from './facts.ts';
import { categoryCodes, type FactTable } from './fact-table.ts';
import { distinctChecks, passesCategory, STAGE_BITS, startsWithAny, type Check, type CompiledProduct } from './compile.ts';
import type { NeedTerms, SecurityKind } from './products.ts';
import { gradeComponent, type ApprovalRates, type RankingWeights } from './ranking.ts';
import { marginOf } from './rules.ts';

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

/** What the ranking reads of one enterprise (a table row), gathered once. */
interface RankingFacts {
  industry: string;
  stage: string;
  stageBit: number; // STAGE_BITS, 0 when unknown
  region: string;
  creditLimit: number;
  gradeStep: number;
}

const noRankingFacts = (): RankingFacts => ({ industry: '', stage: '', stageBit: 0, region: '', creditLimit: NaN, gradeStep: NaN });
const stageBitOf = (stage: string) => (Object.hasOwn(STAGE_BITS, stage) ? STAGE_BITS[stage]! : 0);

function rankingFactsAt(table: FactTable, row: number, into: RankingFacts): RankingFacts {
  into.industry = table.categories[INDUSTRY]![row]!;
  into.stage = table.categories[STAGE]![row]!;
  into.stageBit = stageBitOf(into.stage);
  into.region = table.categories[REGION]![row]!;
  into.creditLimit = table.numbers[CREDIT_LIMIT]![row]!;
  into.gradeStep = table.numbers[GRADE_INDEX]![row]!;
  return into;
}

/** Whether `value` starts with one of a numbered list's prefixes, remembered in `seen` (1 yes, 2 no) when given. */
function startsWithListed(value: string, prefixes: readonly string[], id: number, seen: Uint8Array | null): boolean {
  if (!seen || id < 0) return startsWithAny(value, prefixes);
  if (!seen[id]) seen[id] = startsWithAny(value, prefixes) ? 1 : 2;
  return seen[id] === 1;
}

function preferenceOf(p: CompiledProduct, e: RankingFacts, need: NeedView | null, seen: Uint8Array | null): number {
  let sum = 0;
  let n = 0;
  if (p.industries.length) {
    n++;
    if (startsWithListed(e.industry, p.industries, p.industriesId, seen)) sum++;
  }
  if (p.stageBits !== 0) {
    n++;
    if (p.stageBits > 0 ? (p.stageBits & e.stageBit) !== 0 : p.stages.has(e.stage as never)) sum++;
  }
  if (p.regions.length) {
    n++;
    if (startsWithListed(e.region, p.regions, p.regionsId, seen)) sum++;
  }
  if (need) {
    n++;
    sum += amountFit(need.amountYuan, p);
    if (need.workingDaysUntilNeeded !== null) {
      n++;
      sum += p.product.terms.turnaroundDays <= need.workingDaysUntilNeeded ? 1 : 0.3;
    }
  } else if (p.limitCounts) {
    const limit = e.creditLimit;
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

function scoreOf(p: CompiledProduct, e: RankingFacts, margin: number, ctx: MatchContext, need: NeedView | null, seen: Uint8Array | null = null): number {
  const w = ctx.weights;
  const step = e.gradeStep;
  const s =
    w.margin * margin +
    w.preference * preferenceOf(p, e, need, seen) +
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
  seen: new Uint8Array(0),
  index: new Uint32Array(0),
  scores: new Float64Array(0),
  unmet: new Uint16Array(0),
  rank: new Uint32Array(0),
  order: new Uint32Array(0),
  starts: new Uint32Array(0),
};

function prepareScratch(products: number, checks: number): number {
  if (scratch.index.length < products) {
    const size = Math.max(products, 2 * scratch.index.length);
    Object.assign(scratch, { index: new Uint32Array(size), scores: new Float64Array(size), unmet: new Uint16Array(size), rank: new Uint32Array(size), order: new Uint32Array(size) });
  }
  if (scratch.judged.length < checks) {
    const size = Math.max(checks, 2 * scratch.judged.length);
    Object.assign(scratch, { judged: new Float64Array(size), seen: new Uint8Array(size) });
  }
  scratch.judged.fill(NaN, 0, checks);
  scratch.seen.fill(0, 0, checks);
  return ++scratch.generation;
}

export function rankProducts(facts: EnterpriseFacts, products: readonly CompiledProduct[], ctx: MatchContext, need?: NeedTerms): Ranking {
  const { numbers, categories } = facts;
  const park = categories[PARK]!;
  const e: RankingFacts = { industry: categories[INDUSTRY]!, stage: categories[STAGE]!, stageBit: stageBitOf(categories[STAGE]!), region: categories[REGION]!, creditLimit: numbers[CREDIT_LIMIT] ?? NaN, gradeStep: numbers[GRADE_INDEX] ?? NaN };
  const view = need ? { ...need, amountYuan: Number(need.amountFen) / 100 } : null;
  const generation = prepareScratch(products.length, distinctChecks());
  // Each distinct check judged once: its margin, or -1 when it fails (NaN: not judged yet);
  // each distinct preference list once (see startsWithListed).
  const { judged, seen, index, scores, unmet } = scratch;
  let n = 0;
  let eligibleCount = 0;
  for (let i = 0; i < products.length; i++) {
    const p = products[i]!;
    if (!p.parks.has(park)) continue;
    if (view && p.product.kind !== view.kind) continue;
    let failures = 0;
    let margins = 0;
    for (const check of p.checks) {
      const margin = judgedMargin(check, numbers, categories, judged);
      if (margin >= 0) margins += margin;
      else failures++;
    }
    if (view) failures += needMismatches(p, view).length;
    index[n] = i;
    scores[n] = scoreOf(p, e, p.checks.length ? margins / p.checks.length : 1, ctx, view, seen);
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

/**
 * The rows in one of the product's parks that pass all its checks, ascending, written into `into`
 * (as long as the table). Each check narrows the survivors of the one before.
 */
function eligibleRows(p: CompiledProduct, table: FactTable, into: Uint32Array): Uint32Array {
  const parks = categoryCodes(table.categories[PARK]!);
  const inPark = Uint8Array.from(parks.values, (v) => (p.parks.has(v) ? 1 : 0));
  let n = 0;
  for (let row = 0; row < table.size; row++) if (inPark[parks.codes[row]!]) into[n++] = row;
  for (const c of p.checks) {
    let kept = 0;
    if (c.numeric) {
      const column = table.numbers[c.column]!;
      const { lo, hi } = c;
      for (let k = 0; k < n; k++) {
        const row = into[k]!;
        const v = column[row]!;
        if (v >= lo && v <= hi) into[kept++] = row; // NaN fails both
      }
    } else {
      const column = categoryCodes(table.categories[c.column]!);
      const pass = Uint8Array.from(column.values, (v) => (passesCategory(c, v) ? 1 : 0));
      for (let k = 0; k < n; k++) {
        const row = into[k]!;
        if (pass[column.codes[row]!]) into[kept++] = row;
      }
    }
    n = kept;
  }
  return into.subarray(0, n);
}

/** The mean margin of an eligible row over the product's checks (1 without checks). */
function marginAt(p: CompiledProduct, table: FactTable, row: number): number {
  const checks = p.checks;
  let margins = 0;
  for (let j = 0; j < checks.length; j++) {
    const c = checks[j]!;
    margins += c.numeric ? marginOf(c.fact, table.numbers[c.column]![row]!, c.lo, c.hi) : 1;
  }
  return checks.length ? margins / checks.length : 1;
}

export interface Leads {
  rows: Uint32Array; // eligible rows, best first
  scores: Float64Array; // aligned with rows
}

/** Every eligible enterprise for a product, best fit first (ties: table order). */
export function leadsFor(p: CompiledProduct, table: FactTable, ctx: MatchContext): Leads {
  const rows = eligibleRows(p, table, new Uint32Array(table.size));
  const scores = new Float64Array(rows.length);
  const e = noRankingFacts();
  for (let k = 0; k < rows.length; k++) scores[k] = scoreOf(p, rankingFactsAt(table, rows[k]!, e), marginAt(p, table, rows[k]!), ctx, null);
  return byScoreThenRow(rows, scores);
}

const ROW_SLOTS = 2 ** 32;

/** Rows by score descending, then row ascending: sorted as numbers (score tenths, row) when they fit. */
function byScoreThenRow(rows: Uint32Array, scores: Float64Array): Leads {
  const keys = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const tenths = Math.round(scores[k]! * 10); // scores are whole tenths
    if (!(tenths >= 0 && tenths <= 1000)) {
      const byRow = new Map(Array.from(rows, (row, i) => [row, scores[i]!]));
      const sorted = Uint32Array.from(rows).sort((a, b) => byRow.get(b)! - byRow.get(a)! || a - b);
      return { rows: sorted, scores: Float64Array.from(sorted, (row) => byRow.get(row)!) };
    }
    keys[k] = (1000 - tenths) * ROW_SLOTS + rows[k]!;
  }
  keys.sort();
  const sorted = new Uint32Array(rows.length);
  const sortedScores = new Float64Array(rows.length);
  for (let k = 0; k < keys.length; k++) {
    const rank = Math.floor(keys[k]! / ROW_SLOTS);
    sorted[k] = keys[k]! - rank * ROW_SLOTS;
    sortedScores[k] = (1000 - rank) / 10;
  }
  return { rows: sorted, scores: sortedScores };
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
  const buffer = new Uint32Array(table.size);
  const e = noRankingFacts();
  products.forEach((p, index) => {
    const rows = eligibleRows(p, table, buffer);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      top.eligibleCount[row]!++;
      // Compared as stored (float32): otherwise a tie with a kept score rounded down would displace it.
      const score = Math.fround(scoreOf(p, rankingFactsAt(table, row, e), marginAt(p, table, row), ctx, null));
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
