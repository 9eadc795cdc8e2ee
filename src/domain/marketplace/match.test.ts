import { describe, expect, it } from 'vitest';
import { createRandom, type Random } from '../demo/random.ts';
import { GRADES } from '../rating/expert-model.ts';
import { compileProduct, type CompiledProduct } from './compile.ts';
import { explainMatch } from './explain-match.ts';
import { factTable } from './fact-table.ts';
import { enterpriseFacts, GRADE_INDEX, STAGES, type EnterpriseFacts, type FactSources } from './facts.ts';
import { lprOn } from './lpr.ts';
import { leadsFor, matchEnterprise, rankProducts, topMatches, type MatchContext } from './match.ts';
import type { MarketProduct, ProductKind } from './products.ts';
import { approvalRates, DEFAULT_RANKING_WEIGHTS, noApprovalHistory, normaliseWeights } from './ranking.ts';
import type { EligibilityRule } from './rules.ts';

const LPR = lprOn('2025-06-01');
const ctx: MatchContext = { weights: normaliseWeights(DEFAULT_RANKING_WEIGHTS), approval: noApprovalHistory };

function product(id: string, rules: EligibilityRule[], overrides: Partial<MarketProduct> = {}): CompiledProduct {
  return compileProduct(
    {
      id,
      institutionId: 'bank',
      kind: 'loan',
      loanType: 'credit',
      terms: { amountMinFen: 10_000_000n, amountMaxFen: 500_000_000n, termMinMonths: 6, termMaxMonths: 36, rate: { lprTenor: '1y', spreadMinBp: 20, spreadMaxBp: 120 }, feeRate: null, coverRatio: null, repaymentMethods: ['equal_instalment'], security: ['none'], turnaroundDays: 5, eligibleLoanTypes: [] },
      preferences: { industries: [], stages: [], regions: [], thesis: '' },
      rules,
      parks: ['zhangjiang'],
      ...overrides,
    },
    LPR,
  );
}

const enterprise = (id: string, overrides: Partial<FactSources> = {}) =>
  enterpriseFacts({
    enterpriseId: id,
    features: { invention_patents: 2, revenue: 20_000_000, rd_staff_share: 0.3, tax_grade: 4 },
    rating: { grade: 'BBB', score: 640, creditLimitYuan: 3_000_000, stage: 'growth' },
    ageYears: 5,
    employees: 60,
    parkCode: 'zhangjiang',
    industryCode: 'I6513',
    regionCode: '310115',
    ...overrides,
  });

describe('matchEnterprise', () => {
  const e = enterprise('e1');
  const products = [
    product('p-easy', [{ fact: 'grade', op: 'gte', value: 'C' }]),
    product('p-snug', [{ fact: 'grade', op: 'gte', value: 'BBB' }]),
    product('p-one-miss', [{ fact: 'invention_patents', op: 'gte', value: 5 }]),
    product('p-two-misses', [{ fact: 'invention_patents', op: 'gte', value: 5 }, { fact: 'grade', op: 'gte', value: 'AA' }]),
    product('p-unknown', [{ fact: 'net_margin', op: 'gte', value: 0.1 }]),
    product('p-elsewhere', [], { parks: ['qingdao'] }),
  ];

  it('offers only the products of the park, eligible ones first by score, then near-misses by fewest unmet', () => {
    const ranked = matchEnterprise(e, products, ctx);
    expect(ranked.map((m) => [m.product.product.id, m.eligible, m.failed.length])).toEqual([
      ['p-easy', true, 0],
      ['p-snug', true, 0],
      ['p-one-miss', false, 1],
      ['p-unknown', false, 1],
      ['p-two-misses', false, 2],
    ]);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
    for (const m of ranked) {
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(100);
    }
  });

  it('explains eligible matches with reasons and near-misses with what is unmet and advice', () => {
    const ranked = matchEnterprise(e, products, ctx);
    const easy = explainMatch(ranked[0]!, e, ctx);
    expect(easy.unmet).toEqual([]);
    expect(easy.reasons.map((r) => r.zh)).toContain('信用评级 BBB（要求 ≥ C）');
    expect(easy.reasons.map((r) => r.en)).toContain('Answer promised within 5 working days');
    const two = explainMatch(ranked.find((m) => m.product.product.id === 'p-two-misses')!, e, ctx);
    expect(two.reasons).toEqual([]);
    expect(two.unmet).toEqual([
      { rule: 'invention_patents ≥ 5', fact: 'invention_patents', actual: 2, required: { zh: '≥ 5', en: '≥ 5' }, advice: { zh: '再增加3项有效I类知识产权（目前2）', en: '3 more class-i ip in force (now 2)' } },
      { rule: 'grade ≥ AA', fact: 'grade', actual: 'BBB', required: { zh: '≥ AA', en: '≥ AA' }, advice: { zh: '信用评级需达到AA（目前BBB）', en: 'Credit grade AA instead of BBB' } },
    ]);
  });

  it('adds a need’s amount, term and security as unmet items', () => {
    const secured = product('p-secured', [], { terms: { ...products[0]!.product.terms, security: ['ip_pledge', 'receivables'] } });
    const need = { kind: 'loan' as ProductKind, amountFen: 900_000_000n, termMonths: 60, offers: ['guarantor' as const], workingDaysUntilNeeded: null };
    const [m] = matchEnterprise(e, [secured, product('p-equity', [], { kind: 'equity', loanType: null })], ctx, need);
    expect(m!.product.product.id).toBe('p-secured'); // the need's kind only
    expect(m!.eligible).toBe(false);
    expect(m!.needMismatches).toEqual(['amount', 'term', 'security']);
    expect(explainMatch(m!, e, ctx, need).unmet.map((u) => u.rule)).toEqual(['need.amount', 'need.term', 'need.security']);
    const fits = matchEnterprise(e, [secured], ctx, { ...need, amountFen: 100_000_000n, termMonths: 12, offers: ['receivables'] });
    expect(fits[0]!.eligible).toBe(true);
  });
});

describe('leads and the full match', () => {
  const random = createRandom(7);
  const enterprises = Array.from({ length: 300 }, (_, i) => randomEnterprise(random, `e${String(i).padStart(3, '0')}`));
  const products = Array.from({ length: 25 }, (_, i) => randomProduct(random, `p${String(i).padStart(2, '0')}`));
  const table = factTable(enterprises);

  it('lists as leads exactly the enterprises the product is eligible for, best first', () => {
    for (const p of products) {
      const leads = leadsFor(p, table, ctx);
      const eligible = enterprises.filter((e) => matchEnterprise(e, [p], ctx)[0]?.eligible).map((e) => e.enterpriseId);
      expect([...leads.rows].map((r) => table.enterpriseIds[r]).sort()).toEqual(eligible.sort());
      for (let i = 1; i < leads.scores.length; i++) expect(leads.scores[i - 1]).toBeGreaterThanOrEqual(leads.scores[i]!);
      for (const [i, r] of leads.rows.entries()) expect(leads.scores[i]).toBe(matchEnterprise(enterprises[r]!, [p], ctx)[0]!.score);
    }
  });

  it('keeps for each enterprise the same top products as its own ranked matches', () => {
    const N = 5;
    const top = topMatches(products, table, ctx, N);
    for (let row = 0; row < table.size; row++) {
      const ranked = matchEnterprise(enterprises[row]!, products, ctx).filter((m) => m.eligible);
      expect(top.eligibleCount[row]).toBe(ranked.length);
      const kept = [...top.products.subarray(row * N, row * N + N)].filter((i) => i >= 0).map((i) => products[i]!.product.id);
      expect(kept).toEqual(ranked.slice(0, N).map((m) => m.product.product.id));
    }
  });
});

describe('monotonicity in the grade', () => {
  // Rules on the grade here are lower bounds: a product that caps the grade (grade ≤ X) excludes
  // better enterprises on purpose and is left out of this property.
  it('never lowers a product’s score, eligibility or an enterprise’s rank among its leads when only the grade rises', () => {
    const random = createRandom(2024);
    const enterprises = Array.from({ length: 120 }, (_, i) => randomEnterprise(random, `e${String(i).padStart(3, '0')}`));
    const products = Array.from({ length: 30 }, (_, i) => randomProduct(random, `p${String(i).padStart(2, '0')}`));
    const counts = ['bank', 'fund', 'insurer'].flatMap((institutionId) => [0, 1, 2].map((band) => ({ institutionId, band, decided: random.int(0, 40), approved: 0 })));
    for (const c of counts) c.approved = random.int(0, c.decided);
    const context: MatchContext = { weights: ctx.weights, approval: approvalRates(counts) };
    let checked = 0;
    for (let row = 0; row < enterprises.length; row++) {
      const base = enterprises[row]!;
      const step = base.numbers[GRADE_INDEX]!;
      if (Number.isNaN(step) || step >= GRADES.length - 1) continue;
      const raised = { ...base, numbers: Float64Array.from(base.numbers) };
      raised.numbers[GRADE_INDEX] = random.int(step + 1, GRADES.length - 1);
      const before = new Map(matchEnterprise(base, products, context).map((m) => [m.product.product.id, m]));
      const after = new Map(matchEnterprise(raised, products, context).map((m) => [m.product.product.id, m]));
      const raisedTable = factTable(enterprises.map((e, i) => (i === row ? raised : e)));
      const baseTable = factTable(enterprises);
      for (const p of products) {
        const b = before.get(p.product.id);
        const a = after.get(p.product.id);
        if (!b) continue; // not offered in its park
        expect(a!.score).toBeGreaterThanOrEqual(b.score);
        if (b.eligible) expect(a!.eligible).toBe(true);
        expect(a!.failed.length).toBeLessThanOrEqual(b.failed.length);
        const rankBefore = [...leadsFor(p, baseTable, context).rows].indexOf(row);
        const rankAfter = [...leadsFor(p, raisedTable, context).rows].indexOf(row);
        if (rankBefore >= 0) {
          expect(rankAfter).toBeGreaterThanOrEqual(0);
          expect(rankAfter).toBeLessThanOrEqual(rankBefore);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});

function randomEnterprise(random: Random, id: string): EnterpriseFacts {
  const rated = random.chance(0.95);
  return enterpriseFacts({
    enterpriseId: id,
    features: {
      invention_patents: random.int(0, 8),
      revenue: random.chance(0.9) ? Math.round(random.float(0, 2e8)) : null,
      rd_staff_share: random.float(0, 0.6),
      debt_to_assets: random.float(0.1, 0.9),
      tax_grade: random.int(0, 4),
      net_margin: random.chance(0.8) ? random.float(-0.2, 0.3) : null,
    },
    rating: rated ? { grade: random.pick(GRADES), score: random.int(300, 900), creditLimitYuan: random.int(0, 10_000_000), stage: random.pick(STAGES) } : null,
    ageYears: random.float(0, 20),
    employees: random.int(1, 500),
    parkCode: random.pick(['zhangjiang', 'zhangjiang', 'zizhu', 'qingdao']),
    industryCode: random.pick(['I6513', 'I6520', 'C3973', 'C2710', 'M7320']),
    regionCode: random.pick(['310115', '310112', '370212']),
  });
}

function randomRule(random: Random): EligibilityRule {
  switch (random.int(0, 7)) {
    case 0:
      return { fact: 'grade', op: 'gte', value: random.pick(GRADES) };
    case 1:
      return { fact: 'tax_grade', op: 'gte', value: random.pick(['A', 'B', 'M', 'C']) };
    case 2:
      return { fact: 'invention_patents', op: 'gte', value: random.int(0, 5) };
    case 3:
      return { fact: 'revenue', op: 'between', min: random.int(0, 5e7), max: random.int(5e7, 3e8) };
    case 4:
      return { fact: 'debt_to_assets', op: 'lte', value: random.float(0.4, 0.9) };
    case 5:
      return { fact: 'industry', op: 'in', values: [random.pick(['I65', 'C39', 'C'])] };
    case 6:
      return { fact: 'stage', op: 'not_in', values: [random.pick(STAGES)] };
    default:
      return { fact: 'score', op: 'gte', value: random.int(300, 800) };
  }
}

function randomProduct(random: Random, id: string): CompiledProduct {
  const kind = random.pick(['loan', 'loan', 'guarantee', 'equity'] as const);
  const rules = Array.from({ length: random.int(0, 4) }, () => randomRule(random));
  const parks = ['zhangjiang', 'zizhu', 'qingdao'].filter(() => random.chance(0.6));
  const base = product(id, rules, { institutionId: random.pick(['bank', 'fund', 'insurer']), parks: parks.length ? parks : ['zhangjiang'] });
  const terms = base.product.terms;
  return compileProduct(
    {
      ...base.product,
      kind,
      loanType: kind === 'loan' ? 'credit' : null,
      terms: { ...terms, rate: kind === 'loan' ? { lprTenor: '1y', spreadMinBp: random.int(-20, 100), spreadMaxBp: random.int(100, 300) } : null, feeRate: kind === 'guarantee' ? random.float(0.005, 0.03) : null },
      preferences: { industries: random.chance(0.5) ? ['I65'] : [], stages: random.chance(0.5) ? [random.pick(STAGES)] : [], regions: random.chance(0.3) ? ['3101'] : [], thesis: '' },
    },
    LPR,
  );
}

describe('rankProducts', () => {
  it('gives the same order as matchEnterprise, pages by position, and refuses a stale ranking', () => {
    const products = [product('p1', [{ fact: 'invention_patents', op: 'gte', value: 1 }]), product('p2', [{ fact: 'invention_patents', op: 'gte', value: 5 }]), product('p3', [])];
    const facts = enterprise('e1');
    const all = matchEnterprise(facts, products, ctx).map((m) => [m.product.product.id, m.eligible, m.score]);
    const ranking = rankProducts(facts, products, ctx);
    expect(ranking.size).toBe(3);
    expect(ranking.eligibleCount).toBe(2);
    expect(ranking.slice(0, 3).map((m) => [m.product.product.id, m.eligible, m.score])).toEqual(all);
    expect(ranking.at(2).failed.map((c) => c.rule.fact)).toEqual(['invention_patents']);
    rankProducts(enterprise('e2'), products, ctx);
    expect(() => ranking.at(0)).toThrow(/valid until the next rankProducts call/);
  });
});

describe('approval reason', () => {
  it('states an approval rate only when decisions have been recorded', () => {
    const products = [product('p1', [])];
    const facts = enterprise('e1');
    const mention = (c: MatchContext) => explainMatch(matchEnterprise(facts, products, c)[0]!, facts, c).reasons.some((r) => r.en.includes('similar enterprises approved'));
    expect(mention(ctx)).toBe(false);
    const observed = { ...ctx, approval: approvalRates([{ institutionId: 'bank', band: 1, approved: 30, decided: 40 }]) };
    expect(mention(observed)).toBe(true);
  });
});
