// The engine's fast paths (distinct checks judged once, counting sort, column-wise filtering of a
// table) against the plain definition: every product and row judged one by one, sorted by byRank.
import { describe, expect, it } from 'vitest';
import { createRandom, type Random } from '../demo/random.ts';
import { GRADES } from '../rating/expert-model.ts';
import { checkMargin, compileProduct, passes, startsWithAny, type CompiledProduct } from './compile.ts';
import { factTable, type FactTable } from './fact-table.ts';
import { CATEGORY_INDEX, enterpriseFacts, GRADE_INDEX, NUMERIC_INDEX, STAGES, type EnterpriseFacts } from './facts.ts';
import { lprOn } from './lpr.ts';
import { byRank, leadsFor, matchEnterprise, rankProducts, topMatches, type MatchContext, type NeedMismatch, type RankedMatch } from './match.ts';
import type { NeedTerms, ProductKind, SecurityKind } from './products.ts';
import { approvalRates, DEFAULT_RANKING_WEIGHTS, gradeComponent, normaliseWeights } from './ranking.ts';
import type { EligibilityRule } from './rules.ts';

const [PARK, STAGE, INDUSTRY, REGION] = ['park', 'stage', 'industry', 'region'].map((k) => CATEGORY_INDEX.get(k)!) as [number, number, number, number];
const LIMIT = NUMERIC_INDEX.get('credit_limit')!;

// ---------------------------------------------------------------------------------------------
// The reference: one product and one row at a time.

function preference(p: CompiledProduct, t: FactTable, row: number, need: (NeedTerms & { amountYuan: number }) | null): number {
  let sum = 0;
  let n = 0;
  if (p.industries.length && ++n && startsWithAny(t.categories[INDUSTRY]![row]!, p.industries)) sum++;
  if (p.stages.size && ++n && p.stages.has(t.categories[STAGE]![row]! as never)) sum++;
  if (p.regions.length && ++n && startsWithAny(t.categories[REGION]![row]!, p.regions)) sum++;
  if (need) {
    n++;
    const span = p.amountMaxYuan - p.amountMinYuan;
    const at = (need.amountYuan - p.amountMinYuan) / span;
    sum += span <= 0 ? 1 : at < 0 || at > 1 ? 0 : 1 - Math.abs(at - 0.5);
    if (need.workingDaysUntilNeeded !== null) {
      n++;
      sum += p.product.terms.turnaroundDays <= need.workingDaysUntilNeeded ? 1 : 0.3;
    }
  } else if (p.product.kind === 'loan' || p.product.kind === 'guarantee') {
    const limit = t.numbers[LIMIT]![row]!;
    if (!Number.isNaN(limit)) {
      n++;
      sum += limit >= p.amountMinYuan ? 1 : Math.max(0, limit / p.amountMinYuan);
    }
  }
  return n ? sum / n : 0.5;
}

function score(p: CompiledProduct, t: FactTable, row: number, margin: number, ctx: MatchContext, need: Parameters<typeof preference>[3]): number {
  const w = ctx.weights;
  const step = t.numbers[GRADE_INDEX]![row]!;
  const s = w.margin * margin + w.preference * preference(p, t, row, need) + w.grade * gradeComponent(step) + w.cost * p.cost + w.approval * ctx.approval(p.product.institutionId, step);
  return Math.round(s * 1000) / 10;
}

function mismatches(p: CompiledProduct, need: NeedTerms): NeedMismatch[] {
  const t = p.product.terms;
  const out: NeedMismatch[] = [];
  if (need.amountFen < t.amountMinFen || need.amountFen > t.amountMaxFen) out.push('amount');
  if (need.termMonths !== null && t.termMinMonths !== null && (need.termMonths < t.termMinMonths || need.termMonths > t.termMaxMonths!)) out.push('term');
  if (!t.security.includes('none') && !t.security.some((s) => need.offers.includes(s))) out.push('security');
  return out;
}

function referenceMatch(facts: EnterpriseFacts, products: readonly CompiledProduct[], ctx: MatchContext, need?: NeedTerms): RankedMatch[] {
  const t = factTable([facts]);
  const view = need ? { ...need, amountYuan: Number(need.amountFen) / 100 } : null;
  const out: RankedMatch[] = [];
  for (const p of products) {
    if (!p.parks.has(facts.categories[PARK]!) || (view && p.product.kind !== view.kind)) continue;
    const failed = p.checks.filter((c) => !passes(c, t, 0));
    const margins = p.checks.filter((c) => passes(c, t, 0)).reduce((s, c) => s + checkMargin(c, t, 0), 0);
    const needMismatches = view ? mismatches(p, view) : [];
    const margin = p.checks.length ? margins / p.checks.length : 1;
    out.push({ product: p, eligible: !failed.length && !needMismatches.length, score: score(p, t, 0, margin, ctx, view), failed, needMismatches });
  }
  return out.sort(byRank);
}

function referenceMargin(p: CompiledProduct, t: FactTable, row: number): number {
  if (!p.parks.has(t.categories[PARK]![row]!) || !p.checks.every((c) => passes(c, t, row))) return -1;
  return p.checks.length ? p.checks.reduce((s, c) => s + checkMargin(c, t, row), 0) / p.checks.length : 1;
}

function referenceLeads(p: CompiledProduct, t: FactTable, ctx: MatchContext) {
  const scored = Array.from({ length: t.size }, (_, row) => ({ row, margin: referenceMargin(p, t, row) }))
    .filter((r) => r.margin >= 0)
    .map((r) => ({ row: r.row, score: score(p, t, r.row, r.margin, ctx, null) }))
    .sort((a, b) => b.score - a.score || a.row - b.row);
  return { rows: scored.map((s) => s.row), scores: scored.map((s) => s.score) };
}

function referenceTop(products: readonly CompiledProduct[], t: FactTable, ctx: MatchContext, n: number) {
  const kept = Array.from({ length: t.size }, () => [] as { index: number; score: number }[]);
  const eligible = new Array<number>(t.size).fill(0);
  products.forEach((p, index) => {
    for (let row = 0; row < t.size; row++) {
      const margin = referenceMargin(p, t, row);
      if (margin < 0) continue;
      eligible[row]!++;
      kept[row]!.push({ index, score: Math.fround(score(p, t, row, margin, ctx, null)) });
    }
  });
  // A stable sort keeps the earlier product first among equal scores, as the insertion does.
  return { kept: kept.map((k) => k.sort((a, b) => b.score - a.score).slice(0, n)), eligible };
}

// ---------------------------------------------------------------------------------------------
// Random enterprises and products with the round thresholds real catalogues repeat.

const PARKS = ['zhangjiang', 'zizhu', 'qingdao'];

function randomFacts(random: Random, id: string): EnterpriseFacts {
  return enterpriseFacts({
    enterpriseId: id,
    features: {
      invention_patents: random.int(0, 6),
      revenue: random.chance(0.9) ? random.pick([1e6, 3e6, 5e6, 2e7]) * random.float(0.5, 3) : null,
      rd_intensity: random.chance(0.9) ? random.float(0, 0.3) : null,
      tax_grade: random.chance(0.9) ? random.int(0, 4) : null,
      penalties: random.int(0, 1),
    },
    rating: random.chance(0.95) ? { grade: random.pick(GRADES), score: random.int(300, 900), creditLimitYuan: random.pick([0, 1e6, 5e6]), stage: random.pick(STAGES) } : null,
    ageYears: random.int(0, 12),
    employees: random.int(3, 800),
    parkCode: random.pick(PARKS),
    industryCode: random.pick(['I6513', 'I6520', 'C3973', 'C2710', 'M7320', '']),
    regionCode: random.pick(['310115', '310112', '370212']),
  });
}

const RULES: ((r: Random) => EligibilityRule)[] = [
  (r) => ({ fact: 'grade', op: 'gte', value: r.pick(['A', 'BBB', 'BB']) }),
  (r) => ({ fact: 'tax_grade', op: 'gte', value: r.pick(['A', 'B', 'M']) }),
  (r) => ({ fact: 'invention_patents', op: 'gte', value: r.pick([1, 2, 3]) }),
  (r) => ({ fact: 'revenue', op: 'between', min: r.pick([1e6, 5e6]), max: r.pick([5e7, 2e8]) }),
  (r) => ({ fact: 'rd_intensity', op: 'gte', value: r.pick([0.03, 0.05, 0.1]) }),
  () => ({ fact: 'penalties', op: 'lte', value: 0 }),
  (r) => ({ fact: 'employees', op: 'lte', value: r.pick([300, 500]) }),
  (r) => ({ fact: 'industry', op: r.chance(0.8) ? 'in' : 'not_in', values: [r.pick(['I65', 'C39', 'C', 'M73'])] }),
  (r) => ({ fact: 'stage', op: 'in', values: [r.pick(STAGES), r.pick(STAGES)] }),
  (r) => ({ fact: 'region', op: 'in', values: [r.pick(['31', '3701', '310115'])] }),
];

function randomProducts(random: Random, count: number): CompiledProduct[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = random.pick<ProductKind>(['loan', 'loan', 'guarantee', 'insurance', 'equity']);
    const rules = Array.from({ length: random.int(0, 5) }, () => random.pick(RULES)(random));
    const min = random.pick([50, 100, 300]) * 1_000_000;
    return compileProduct(
      {
        id: `p${String(i).padStart(4, '0')}`,
        institutionId: random.pick(['bank', 'fund', 'insurer', 'guarantor']),
        kind,
        loanType: kind === 'loan' ? 'credit' : null,
        terms: {
          amountMinFen: BigInt(min), amountMaxFen: BigInt(min * random.pick([1, 5, 20])), termMinMonths: 6, termMaxMonths: random.pick([12, 36]),
          rate: kind === 'loan' ? { lprTenor: '1y', spreadMinBp: random.int(-20, 60), spreadMaxBp: random.int(60, 150) } : null,
          feeRate: kind === 'guarantee' || kind === 'insurance' ? random.float(0.005, 0.02) : null, coverRatio: null, repaymentMethods: ['equal_instalment'],
          security: [random.pick<SecurityKind>(['none', 'ip_pledge', 'receivables'])], turnaroundDays: random.int(1, 15), eligibleLoanTypes: [],
        },
        preferences: { industries: random.chance(0.4) ? [random.pick(['I65', 'C3', 'M'])] : [], stages: random.chance(0.4) ? [random.pick(STAGES)] : [], regions: random.chance(0.3) ? ['3101'] : [], thesis: '' },
        rules,
        parks: PARKS.filter(() => random.chance(0.7)),
      },
      lprOn('2025-06-01'),
    );
  });
}

const random = createRandom(515);
const counts = ['bank', 'fund', 'insurer', 'guarantor'].flatMap((institutionId) => [0, 1, 2].map((band) => ({ institutionId, band, decided: random.int(0, 30), approved: 0 })));
for (const c of counts) c.approved = random.int(0, c.decided);
const ctx: MatchContext = { weights: normaliseWeights(DEFAULT_RANKING_WEIGHTS), approval: approvalRates(counts) };
/** Weights that do not sum to 1 give scores above 100: the engine's slow paths. */
const unnormalised: MatchContext = { weights: { margin: 2, preference: 1, grade: 1, cost: 1, approval: 1 }, approval: ctx.approval };
const products = randomProducts(random, 300);
const shuffled = [...products].sort(() => random.next() - 0.5);
const enterprises = Array.from({ length: 400 }, (_, i) => randomFacts(random, `e${i}`));
const table = factTable(enterprises);

const view = (ms: RankedMatch[]) => ms.map((m) => ({ id: m.product.product.id, eligible: m.eligible, score: m.score, failed: m.failed.map((c) => c.rule), needMismatches: m.needMismatches }));

describe('the engine gives exactly the results of judging one product at a time', () => {
  it('matchEnterprise, with products in id order or not, with and without a need', () => {
    for (const [i, e] of enterprises.slice(0, 120).entries()) {
      expect(view(matchEnterprise(e, products, ctx))).toEqual(view(referenceMatch(e, products, ctx)));
      expect(view(matchEnterprise(e, shuffled, ctx))).toEqual(view(referenceMatch(e, shuffled, ctx)));
      const need: NeedTerms = { kind: random.pick<ProductKind>(['loan', 'guarantee', 'equity']), amountFen: BigInt(random.int(1, 40)) * 10_000_000n, termMonths: random.pick([null, 12, 48]), offers: random.chance(0.5) ? ['ip_pledge'] : [], workingDaysUntilNeeded: random.pick([null, 5]) };
      expect(view(matchEnterprise(e, products, ctx, need))).toEqual(view(referenceMatch(e, products, ctx, need)));
      if (i < 30) expect(view(matchEnterprise(e, shuffled, unnormalised))).toEqual(view(referenceMatch(e, shuffled, unnormalised)));
    }
  });

  it('rankProducts of one kind equals ranking only the products of that kind', () => {
    for (const e of enterprises.slice(0, 60)) {
      for (const kind of ['loan', 'equity'] as const) {
        const ranking = rankProducts(e, products, ctx, undefined, kind);
        const ranked = view(ranking.slice(0, ranking.size));
        expect(ranked).toEqual(view(referenceMatch(e, products.filter((p) => p.product.kind === kind), ctx)));
        expect(ranked.every((m) => m.id && products.find((p) => p.product.id === m.id)!.product.kind === kind)).toBe(true);
      }
    }
  });

  it('leadsFor', () => {
    for (const [i, p] of products.slice(0, 80).entries()) {
      const c = i % 4 ? ctx : unnormalised;
      const leads = leadsFor(p, table, c);
      expect({ rows: [...leads.rows], scores: [...leads.scores] }).toEqual(referenceLeads(p, table, c));
    }
  });

  it('topMatches', () => {
    for (const [c, list] of [[ctx, products], [unnormalised, shuffled]] as const) {
      const top = topMatches(list, table, c, 4);
      const expected = referenceTop(list, table, c, 4);
      expect([...top.eligibleCount]).toEqual(expected.eligible);
      for (let row = 0; row < table.size; row++) {
        const kept = [...top.products.subarray(row * 4, row * 4 + 4)].filter((i) => i >= 0);
        expect(kept).toEqual(expected.kept[row]!.map((k) => k.index));
        expect([...top.scores.subarray(row * 4, row * 4 + kept.length)]).toEqual(expected.kept[row]!.map((k) => k.score));
      }
    }
  });
});
