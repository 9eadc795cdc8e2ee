import { describe, expect, it } from 'vitest';
import { matchEnterprise, type MatchContext } from '../marketplace/match.ts';
import { validateProduct } from '../marketplace/products.ts';
import { DEFAULT_RANKING_WEIGHTS, noApprovalHistory, normaliseWeights } from '../marketplace/ranking.ts';
import { generateDemoData } from './index.ts';
import { DEMO_BANK, demoFirmView, generateDemoMarketplace, liveProducts, type DemoMarketplace } from './marketplace.ts';

const TODAY = '2026-05-10';
const SEED = 20261121;
const data = generateDemoData({ seed: SEED, enterprises: 3000, today: TODAY });
const market = generateDemoMarketplace(data, { seed: SEED, today: TODAY });
const institutionType = new Map(data.institutions.map((i) => [i.key, i.type]));
const productByKey = new Map(market.products.map((p) => [p.key, p]));
const ctx: MatchContext = { weights: normaliseWeights(DEFAULT_RANKING_WEIGHTS), approval: noApprovalHistory };
const yuan = (fen: bigint) => Number(fen) / 100;

describe('generateDemoMarketplace: products', () => {
  it('gives products that validateProduct accepts, under unique keys, for institutions that exist', () => {
    for (const seed of [SEED, 1, 42]) {
      const m = seed === SEED ? market : generateDemoMarketplace(generateDemoData({ seed, enterprises: 50, today: TODAY }), { seed, today: TODAY });
      for (const p of m.products) expect({ key: p.key, problems: validateProduct(p) }).toEqual({ key: p.key, problems: [] });
      expect(new Set(m.products.map((p) => p.key)).size).toBe(m.products.length);
      for (const p of m.products) expect(institutionType.has(p.institutionKey)).toBe(true);
    }
  });

  it('gives every bank 3–6 loans across loan types, priced and sized like tech loans', () => {
    const banks = data.institutions.filter((i) => i.type === 'bank');
    const loanTypes = new Set<string>();
    for (const bank of banks) {
      const loans = market.products.filter((p) => p.institutionKey === bank.key && p.kind === 'loan' && p.status !== 'draft');
      expect(loans.length, bank.key).toBeGreaterThanOrEqual(3);
      expect(loans.length, bank.key).toBeLessThanOrEqual(6);
      for (const p of loans) {
        loanTypes.add(p.loanType!);
        expect(yuan(p.terms.amountMinFen)).toBeGreaterThanOrEqual(1e6);
        expect(yuan(p.terms.amountMaxFen)).toBeLessThanOrEqual(3e7);
        expect(p.terms.termMinMonths).toBeGreaterThanOrEqual(6);
        expect(p.terms.termMaxMonths).toBeLessThanOrEqual(36);
        expect(p.terms.rate!.spreadMinBp).toBeGreaterThanOrEqual(-20);
        expect(p.terms.rate!.spreadMaxBp).toBeLessThanOrEqual(150);
        expect(p.terms.turnaroundDays).toBeGreaterThanOrEqual(3);
        expect(p.terms.turnaroundDays).toBeLessThanOrEqual(15);
        expect(p.name).toMatch(/[\u4e00-\u9fff]/);
        expect(p.nameEn).toMatch(/^[A-Z][A-Za-z&\- ]+$/);
      }
    }
    expect([...loanTypes].sort()).toEqual(['credit', 'equity_incentive', 'innovation_points', 'investment_loan_linkage', 'ip_pledge', 'order_financing', 'receivables']);
  });

  it('prices guarantees and insurance within market ranges, and gives investors stages', () => {
    for (const p of market.products) {
      const type = institutionType.get(p.institutionKey);
      if (type === 'guarantor') {
        expect(p.kind).toBe('guarantee');
        expect(p.terms.feeRate).toBeGreaterThanOrEqual(0.008);
        expect(p.terms.feeRate).toBeLessThanOrEqual(0.02);
        expect(p.terms.coverRatio).toBeGreaterThanOrEqual(0.6);
        expect(p.terms.coverRatio).toBeLessThanOrEqual(0.9);
      }
      if (type === 'insurer') {
        expect(p.kind).toBe('insurance');
        expect(p.terms.feeRate).toBeGreaterThanOrEqual(0.005);
        expect(p.terms.feeRate).toBeLessThanOrEqual(0.025);
      }
      if (type === 'vc_fund' || type === 'angel_fund' || type === 'guidance_fund') {
        expect(p.kind).toBe('equity');
        expect(p.preferences.stages.length).toBeGreaterThan(0);
        expect(p.preferences.thesis).not.toBe('');
      }
    }
  });

  it('asks parks for approval: mostly approved, some pending, a few rejected with a note', () => {
    const requests = market.products.flatMap((p) => p.parks);
    const share = (status: string) => requests.filter((r) => r.status === status).length / requests.length;
    expect(share('approved')).toBeGreaterThan(0.75);
    expect(share('pending')).toBeGreaterThan(0);
    expect(requests.filter((r) => r.status === 'rejected').every((r) => r.note)).toBe(true);
    for (const r of requests) {
      expect(r.decidedDaysAgo === null).toBe(r.status === 'pending');
      if (r.decidedDaysAgo !== null) expect(r.decidedDaysAgo).toBeLessThanOrEqual(r.requestedDaysAgo);
    }
    for (const p of market.products) for (const r of p.parks) expect(r.requestedDaysAgo).toBeLessThanOrEqual(p.createdDaysAgo);
  });
});

describe('generateDemoMarketplace: determinism', () => {
  it('gives deep-equal output for the same data, seed and date, and other output for another seed', () => {
    const small = generateDemoData({ seed: 7, enterprises: 400, today: TODAY });
    const once: DemoMarketplace = generateDemoMarketplace(small, { seed: 7, today: TODAY });
    expect(generateDemoMarketplace(small, { seed: 7, today: TODAY })).toEqual(once);
    const other = generateDemoMarketplace(generateDemoData({ seed: 8, enterprises: 400, today: TODAY }), { seed: 8, today: TODAY });
    expect(other.needs).not.toEqual(once.needs);
    expect(other.products).not.toEqual(once.products);
  });
});

describe('generateDemoMarketplace: needs', () => {
  it('belong to real enterprises in their park, about 8% of them, one need each', () => {
    const ordinals = market.needs.map((n) => n.enterpriseOrdinal);
    expect(new Set(ordinals).size).toBe(ordinals.length);
    for (const n of market.needs) {
      const enterprise = data.enterprises[n.enterpriseOrdinal];
      expect(enterprise).toBeDefined();
      expect(n.parkCode).toBe(enterprise!.parkCode);
      expect(n.amountFen).toBeGreaterThan(0n);
      expect(n.purpose).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(market.needs.length / data.enterprises.length).toBeGreaterThan(0.06);
    expect(market.needs.length / data.enterprises.length).toBeLessThan(0.1);
    const loans = market.needs.filter((n) => n.kind === 'loan').length;
    expect(loans / market.needs.length).toBeGreaterThan(0.6);
    expect(market.needs.some((n) => n.kind === 'equity')).toBe(true);
    expect(market.needs.some((n) => n.kind === 'guarantee')).toBe(true);
  });

  it('offers pledgeable patents only when the firm has them', () => {
    for (const n of market.needs.filter((x) => x.offers.includes('ip_pledge'))) {
      expect(demoFirmView(data.enterprises[n.enterpriseOrdinal]!, { seed: SEED, today: TODAY }).feature('invention_patents')).toBeGreaterThanOrEqual(1);
    }
  });

  it('is taken up by institutions with a product it is eligible for, in its park, once per institution', () => {
    const taken = market.needs.filter((n) => n.takeUps.length);
    expect(taken.length).toBeGreaterThan(10);
    const live = liveProducts(market.products, TODAY);
    for (const n of market.needs) {
      expect(n.status === 'taken_up').toBe(n.takeUps.length > 0);
      expect(new Set(n.takeUps.map((t) => t.institutionKey)).size).toBe(n.takeUps.length);
      if (!n.takeUps.length) continue;
      const firm = demoFirmView(data.enterprises[n.enterpriseOrdinal]!, { seed: SEED, today: TODAY });
      const matches = matchEnterprise(firm.facts, live, ctx, { ...n, workingDaysUntilNeeded: null });
      for (const t of n.takeUps) {
        const product = productByKey.get(t.productKey!)!;
        expect(product.institutionKey).toBe(t.institutionKey);
        expect(product.kind).toBe(n.kind);
        expect(product.parks.some((p) => p.parkCode === n.parkCode && p.status === 'approved')).toBe(true);
        expect(matches.find((m) => m.product.product.id === t.productKey)?.eligible).toBe(true);
        expect(t.daysAgo).toBeLessThanOrEqual(n.createdDaysAgo);
      }
    }
  });

  it('is taken up more often for better firms', () => {
    const quality = (taken: boolean) => {
      const q = market.needs.filter((n) => n.enterpriseOrdinal > 0 && n.takeUps.length > 0 === taken).map((n) => data.enterprises[n.enterpriseOrdinal]!.latentQuality);
      return q.reduce((s, x) => s + x, 0) / q.length;
    };
    expect(quality(true)).toBeGreaterThan(quality(false) + 0.1);
  });
});

describe('generateDemoMarketplace: the demo accounts', () => {
  for (const [seed, today] of [[SEED, TODAY], [42, '2026-11-21'], [5, '2025-03-01'], [8, '2027-01-15']] as const) {
    it(`gives the demo bank live and pending products in Zhangjiang, and the demo enterprise an open need, matches and near-misses (seed ${seed}, ${today})`, () => {
      const d = seed === SEED && today === TODAY ? data : generateDemoData({ seed, enterprises: 30, today });
      const m = seed === SEED && today === TODAY ? market : generateDemoMarketplace(d, { seed, today });
      const bank = m.products.filter((p) => p.institutionKey === DEMO_BANK);
      const inZhangjiang = (status: string) => bank.filter((p) => p.status === 'published' && p.parks.some((r) => r.parkCode === 'zhangjiang' && r.status === status));
      expect(inZhangjiang('approved').length).toBeGreaterThanOrEqual(3);
      expect(inZhangjiang('pending').length).toBeGreaterThanOrEqual(1);

      const own = m.needs.filter((n) => n.enterpriseOrdinal === 0);
      expect(own).toHaveLength(1);
      expect(own[0]).toMatchObject({ status: 'open', kind: 'loan', parkCode: 'zhangjiang' });

      const firm = demoFirmView(d.enterprises[0]!, { seed, today });
      const matches = matchEnterprise(firm.facts, liveProducts(m.products, today), ctx).filter((x) => x.product.product.institutionId === DEMO_BANK);
      expect(matches.filter((x) => x.eligible).length).toBeGreaterThanOrEqual(3);
      expect(matches.filter((x) => !x.eligible && x.failed.length === 1).length).toBeGreaterThanOrEqual(1);
      const forNeed = matchEnterprise(firm.facts, liveProducts(m.products, today), ctx, { ...own[0]!, workingDaysUntilNeeded: null });
      expect(forNeed.some((x) => x.eligible && x.product.product.institutionId === DEMO_BANK)).toBe(true);
    });
  }
});
