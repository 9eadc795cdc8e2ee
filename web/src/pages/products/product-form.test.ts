import { describe, expect, it } from 'vitest';
import type { Product } from '../../api/marketplace';
import { formFieldOf, productPatch, toFormValues, toProductInput, type ProductFormValues } from './product-form';

const LOAN: ProductFormValues = {
  kind: 'loan',
  loanType: 'credit',
  name: ' 科创信用贷 ',
  amountMinWan: '100',
  amountMaxWan: '1,000',
  termMinMonths: 6,
  termMaxMonths: 36,
  lprTenor: '1y',
  spreadMinBp: 20,
  spreadMaxBp: 120,
  feeRatePct: 1.5,
  repaymentMethods: ['equal_instalment'],
  security: ['none'],
  turnaroundDays: 5,
  stages: ['growth'],
  parkCodes: ['zhangjiang'],
};

const product = (input: ReturnType<typeof toProductInput>): Product => ({
  id: 'p1',
  institutionId: 'i1',
  institutionName: '科金示范银行',
  kind: input.kind,
  loanType: input.loanType,
  name: input.name,
  nameEn: input.nameEn ?? null,
  description: input.description ?? '',
  status: 'draft',
  version: 1,
  terms: input.terms,
  preferences: input.preferences,
  rules: input.rules,
  parks: input.parkCodes.map((code) => ({ parkId: code, parkCode: code, parkName: code, status: 'pending', note: null, decidedAt: null })),
  yearlyCost: 0.035,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

describe('toProductInput', () => {
  it('sends a loan in fen with its rate, and no fee', () => {
    const input = toProductInput(LOAN, [{ fact: 'grade', op: 'gte', value: 'BBB' }]);
    expect(input.name).toBe('科创信用贷');
    expect(input.terms).toMatchObject({ amountMinFen: 1_000_000_00, amountMaxFen: 10_000_000_00, rate: { lprTenor: '1y', spreadMinBp: 20, spreadMaxBp: 120 }, feeRate: null, coverRatio: null });
    expect(input.preferences).toEqual({ industries: [], stages: ['growth'], regions: [], thesis: '' });
    expect(input.rules).toHaveLength(1);
  });

  it('sends a guarantee with fee and cover as fractions, and no loan type or rate', () => {
    const input = toProductInput({ ...LOAN, kind: 'guarantee', feeRatePct: 1.5, coverRatioPct: 80, eligibleLoanTypes: ['credit'] }, []);
    expect(input.loanType).toBeNull();
    expect(input.terms).toMatchObject({ rate: null, feeRate: 0.015, coverRatio: 0.8, repaymentMethods: [], eligibleLoanTypes: ['credit'] });
  });

  it('round-trips through the form', () => {
    const input = toProductInput(LOAN, []);
    expect(toProductInput(toFormValues(product(input)), [])).toEqual(input);
  });
});

describe('productPatch', () => {
  it('sends only what changed, parks compared as a set', () => {
    const before = product(toProductInput({ ...LOAN, parkCodes: ['zhangjiang', 'zizhu'] }, []));
    expect(productPatch(before, toProductInput({ ...LOAN, parkCodes: ['zizhu', 'zhangjiang'] }, []))).toEqual({});
    const patch = productPatch(before, toProductInput({ ...LOAN, parkCodes: ['zizhu', 'zhangjiang'], spreadMaxBp: 150 }, []));
    expect(Object.keys(patch)).toEqual(['terms']);
  });
});

describe('formFieldOf', () => {
  it.each([
    ['terms.amountMinFen', 'amountMinWan'],
    ['terms.rate.spreadMinBp', 'spreadMinBp'],
    ['terms.rate', 'spreadMinBp'],
    ['terms.feeRate', 'feeRatePct'],
    ['terms.security', 'security'],
    ['preferences.stages', 'stages'],
    ['parkCodes.1', 'parkCodes'],
    ['name', 'name'],
  ])('%s → %s', (server, form) => expect(formFieldOf(server)).toBe(form));
});
