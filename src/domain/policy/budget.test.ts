import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { allocateBudget } from './budget.ts';
import type { SubsidyClaim } from './interest-subsidy.ts';

const claimOf = (loanId: string, subsidyFen: bigint, firstRepaymentOn: string | null = '2025-04-10', eligible = true): SubsidyClaim => ({
  programmeId: 'p',
  programmeVersion: 1,
  loanId,
  enterpriseId: `ent-${loanId}`,
  basis: 'interest',
  eligible,
  reasons: [],
  basisPaidFen: subsidyFen * 2n,
  eligibleBasisFen: subsidyFen * 2n,
  interestPaidFen: subsidyFen * 2n,
  eligibleInterestFen: subsidyFen * 2n,
  computedFen: subsidyFen,
  capFen: null,
  subsidyFen,
  firstRepaymentOn,
  trail: [{ step: 'share', share: '0.5', eligibleInterestFen: subsidyFen * 2n, subsidyFen, rounding: 'down' }],
});

const granted = (claims: SubsidyClaim[]) => Object.fromEntries(claims.map((c) => [c.loanId, c.subsidyFen]));
const budgetStep = (c: SubsidyClaim) => c.trail.find((s) => s.step === 'budget');

describe('a budget that covers every claim', () => {
  it.each(['first_come', 'pro_rata'] as const)('%s: pays each in full and says so', (rule) => {
    const result = allocateBudget([claimOf('b', 200n, '2025-03-01'), claimOf('a', 100n, '2025-04-10')], rule, 1_000n);
    // first come counts b (repaid first) against the budget first; in full, pro rata goes by loan id
    expect(granted(result.claims)).toEqual({ a: 100n, b: 200n });
    expect(result).toMatchObject({ totalFen: 300n, budgetLeftFen: 700n });
    expect(result.claims.map((c) => budgetStep(c))).toEqual([
      expect.objectContaining({ outcome: 'in_full', requestedFen: 200n, grantedFen: 200n, budgetLeftBeforeFen: rule === 'first_come' ? 1_000n : 900n }),
      expect.objectContaining({ outcome: 'in_full', requestedFen: 100n, grantedFen: 100n }),
    ]);
  });
});

describe('first come by repayment date', () => {
  it('pays in order of first repayment then loan id; the claim crossing the budget gets the remainder, the rest nothing', () => {
    const claims = [claimOf('loan-a', 100n, '2025-04-10'), claimOf('loan-b', 200n, '2025-03-01'), claimOf('a0', 50n, '2025-04-10'), claimOf('loan-d', 70n, '2025-05-01')];
    const result = allocateBudget(claims, 'first_come', 280n);
    expect(result.claims.map((c) => c.loanId)).toEqual(['loan-a', 'loan-b', 'a0', 'loan-d']); // the order given is kept
    expect(granted(result.claims)).toEqual({ 'loan-b': 200n, a0: 50n, 'loan-a': 30n, 'loan-d': 0n });
    expect(result).toMatchObject({ totalFen: 280n, budgetLeftFen: 0n });
    expect(budgetStep(result.claims[0]!)).toEqual({ step: 'budget', rule: 'first_come', outcome: 'remainder', requestedFen: 100n, grantedFen: 30n, budgetLeftBeforeFen: 30n, budgetLeftAfterFen: 0n });
    expect(budgetStep(result.claims[3]!)).toEqual({ step: 'budget', rule: 'first_come', outcome: 'exhausted', requestedFen: 70n, grantedFen: 0n, budgetLeftBeforeFen: 0n, budgetLeftAfterFen: 0n });
  });

  it('gives nothing from an empty budget', () => {
    const result = allocateBudget([claimOf('a', 10n)], 'first_come', 0n);
    expect(result.claims[0]).toMatchObject({ subsidyFen: 0n });
    expect(budgetStep(result.claims[0]!)).toMatchObject({ outcome: 'exhausted' });
  });
});

describe('pro rata by the largest remainder', () => {
  it('shares the budget exactly: 100 fen over claims of 100, 200 and 300', () => {
    const result = allocateBudget([claimOf('c', 300n), claimOf('a', 100n), claimOf('b', 200n)], 'pro_rata', 100n);
    // 16.67, 33.33, 50 → 16, 33, 50 (99) and the fen left goes to the largest remainder (a's 0.67)
    expect(granted(result.claims)).toEqual({ a: 17n, b: 33n, c: 50n });
    expect(result).toMatchObject({ totalFen: 100n, budgetLeftFen: 0n });
    expect(budgetStep(result.claims[1]!)).toEqual({ step: 'budget', rule: 'pro_rata', outcome: 'pro_rata', requestedFen: 100n, grantedFen: 17n, budgetLeftBeforeFen: 100n, budgetLeftAfterFen: 83n, budgetFen: 100n, requestedTotalFen: 600n, remainderFen: 1n });
  });

  it('breaks equal remainders by loan id, whatever the order given', () => {
    const claims = [claimOf('z', 1n), claimOf('m', 1n), claimOf('b', 1n)];
    expect(granted(allocateBudget(claims, 'pro_rata', 2n).claims)).toEqual({ b: 1n, m: 1n, z: 0n });
    expect(granted(allocateBudget([...claims].reverse(), 'pro_rata', 2n).claims)).toEqual({ b: 1n, m: 1n, z: 0n });
  });
});

it('passes ineligible and zero claims through untouched', () => {
  const ineligible = claimOf('x', 0n, null, false);
  const zero = claimOf('y', 0n);
  const result = allocateBudget([ineligible, zero, claimOf('a', 500n)], 'pro_rata', 100n);
  expect(result.claims[0]).toBe(ineligible);
  expect(result.claims[1]).toBe(zero);
  expect(result.claims[2]).toMatchObject({ subsidyFen: 100n });
});

it('refuses a negative budget', () => {
  expect(() => allocateBudget([], 'pro_rata', -1n)).toThrow(RangeError);
});

describe('properties over random runs', () => {
  let seed = 9;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  const randomRun = () => {
    const claims = Array.from({ length: 1 + next(40) }, (_, i) => claimOf(`loan-${String(next(1000)).padStart(4, '0')}-${i}`, BigInt(next(3) === 0 ? next(5) : next(30_000_000)), `2025-0${1 + next(9)}-1${next(10)}`));
    const asked = claims.reduce((s, c) => s + c.subsidyFen, 0n);
    return { claims, asked, budget: asked === 0n ? 0n : BigInt(next(Number(asked) + 1000)) };
  };

  it('pro rata: the total is the budget exactly when the claims exceed it; nobody gets more than asked; order does not matter', () => {
    for (let i = 0; i < 300; i++) {
      const { claims, asked, budget } = randomRun();
      const result = allocateBudget(claims, 'pro_rata', budget);
      expect(result.totalFen).toBe(asked < budget ? asked : budget);
      expect(result.totalFen + result.budgetLeftFen).toBe(budget);
      result.claims.forEach((c, k) => expect(c.subsidyFen >= 0n && c.subsidyFen <= claims[k]!.subsidyFen).toBe(true));
      const shuffled = [...claims].sort(() => next(3) - 1);
      expect(granted(allocateBudget(shuffled, 'pro_rata', budget).claims)).toEqual(granted(result.claims));
    }
  });

  it('first come: pays min(budget, asked), at most one claim in part, none in full after one came short', () => {
    for (let i = 0; i < 300; i++) {
      const { claims, asked, budget } = randomRun();
      const result = allocateBudget(claims, 'first_come', budget);
      expect(result.totalFen).toBe(asked < budget ? asked : budget);
      const steps = result.claims.map(budgetStep).filter((s) => s !== undefined);
      expect(steps.filter((s) => s.outcome === 'remainder').length <= 1).toBe(true);
      const ordered = [...steps].sort((a, b) => (a.budgetLeftBeforeFen > b.budgetLeftBeforeFen ? -1 : a.budgetLeftBeforeFen < b.budgetLeftBeforeFen ? 1 : 0));
      const firstShort = ordered.findIndex((s) => s.outcome !== 'in_full');
      if (firstShort >= 0) expect(ordered.slice(firstShort + 1).every((s) => s.grantedFen === 0n)).toBe(true);
    }
  });
});

describe('one budget, one programme', () => {
  it('refuses to share one budget among the claims of two programmes (an interest and a premium subsidy)', () => {
    const premium: SubsidyClaim = { ...claimOf('b', 100n), programmeId: 'qingdao-premium', basis: 'premium', interestPaidFen: 0n, eligibleInterestFen: 0n };
    let error: unknown;
    try {
      allocateBudget([claimOf('a', 100n), premium], 'pro_rata', 150n);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'subsidy.budget_mixed_programmes', params: { programmes: ['p', 'qingdao-premium'] } });
  });

  it('shares a premium programme’s budget like any other', () => {
    const premium = (loanId: string, fen: bigint): SubsidyClaim => ({ ...claimOf(loanId, fen), basis: 'premium', interestPaidFen: 0n, eligibleInterestFen: 0n });
    const result = allocateBudget([premium('a', 100n), premium('b', 300n)], 'first_come', 250n);
    expect(granted(result.claims)).toEqual({ a: 100n, b: 150n });
  });
});
