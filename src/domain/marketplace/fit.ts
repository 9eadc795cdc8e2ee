// How well a product fits an enterprise: the ranking facts gathered once per enterprise, the
// preference fit, the weighted score and a need's own mismatches. Shared by ranking one
// enterprise's products (match.ts) and ranking a table of enterprises (match-table.ts).
import { CATEGORY_INDEX, GRADE_INDEX, NUMERIC_INDEX } from './facts.ts';
import type { FactTable } from './fact-table.ts';
import { STAGE_BITS, startsWithAny, type Check, type CompiledProduct } from './compile.ts';
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

export const PARK = CATEGORY_INDEX.get('park')!;
export const STAGE = CATEGORY_INDEX.get('stage')!;
export const INDUSTRY = CATEGORY_INDEX.get('industry')!;
export const REGION = CATEGORY_INDEX.get('region')!;
export const CREDIT_LIMIT = NUMERIC_INDEX.get('credit_limit')!;

export interface NeedView extends NeedTerms {
  amountYuan: number;
}

/** What the ranking reads of one enterprise (a table row), gathered once. */
export interface RankingFacts {
  industry: string;
  stage: string;
  stageBit: number; // STAGE_BITS, 0 when unknown
  region: string;
  creditLimit: number;
  gradeStep: number;
}

export const noRankingFacts = (): RankingFacts => ({ industry: '', stage: '', stageBit: 0, region: '', creditLimit: NaN, gradeStep: NaN });
export const stageBitOf = (stage: string) => (Object.hasOwn(STAGE_BITS, stage) ? STAGE_BITS[stage]! : 0);

export function rankingFactsAt(table: FactTable, row: number, into: RankingFacts): RankingFacts {
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

export function preferenceOf(p: CompiledProduct, e: RankingFacts, need: NeedView | null, seen: Uint8Array | null): number {
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

/** The score from its components in 0..100 (whole tenths); `gradeTerm` is w.grade × the grade component. */
export function weightedScore(w: RankingWeights, margin: number, preference: number, gradeTerm: number, cost: number, approval: number): number {
  return Math.round((w.margin * margin + w.preference * preference + gradeTerm + w.cost * cost + w.approval * approval) * 1000) / 10;
}

export function scoreOf(p: CompiledProduct, e: RankingFacts, margin: number, ctx: MatchContext, need: NeedView | null, seen: Uint8Array | null = null): number {
  const w = ctx.weights;
  return weightedScore(w, margin, preferenceOf(p, e, need, seen), w.grade * gradeComponent(e.gradeStep), p.cost, ctx.approval(p.product.institutionId, e.gradeStep));
}

export function needMismatches(p: CompiledProduct, need: NeedView): NeedMismatch[] {
  const out: NeedMismatch[] = [];
  const t = p.product.terms;
  if (need.amountFen < t.amountMinFen || need.amountFen > t.amountMaxFen) out.push('amount');
  if (need.termMonths !== null && t.termMinMonths !== null && (need.termMonths < t.termMinMonths || need.termMonths > t.termMaxMonths!)) out.push('term');
  if (!t.security.includes('none') && !t.security.some((s: SecurityKind) => need.offers.includes(s))) out.push('security');
  return out;
}
