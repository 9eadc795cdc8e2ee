import { describe, expect, it } from 'vitest';
import { balanceOn, poolLedger, splitByShares, type PoolLedgerEntry } from './pool-ledger.ts';
import { SHANGHAI_POOL, ZHANGJIANG_CONTRIBUTIONS, ZHANGJIANG_POOL } from './pool-fixtures.ts';
import type { PoolContributor } from './pool.ts';

const partsOf = (contributors: readonly PoolContributor[], fen: bigint) => Object.fromEntries(splitByShares(contributors, fen).map((p) => [p.contributorId, p.fen]));
const CITY_DISTRICT_BANK = SHANGHAI_POOL.contributors;

const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return error;
  }
  return null;
};

describe('sharing among contributors by the largest remainder', () => {
  it('splits 4 : 3 : 3 exactly when it divides', () => {
    expect(partsOf(CITY_DISTRICT_BANK, 6_250_000_000n)).toEqual({ 'shanghai-municipal': 2_500_000_000n, 'pudong-district': 1_875_000_000n, 'partner-bank': 1_875_000_000n });
  });

  it('gives the fen left by rounding to the largest remainders: a payout of 155,259,259 fen', () => {
    // 62,103,703.6 / 46,577,777.7 / 46,577,777.7: the two .7s get the two fen left
    expect(partsOf(CITY_DISTRICT_BANK, 155_259_259n)).toEqual({ 'shanghai-municipal': 62_103_703n, 'pudong-district': 46_577_778n, 'partner-bank': 46_577_778n });
  });

  it('breaks equal remainders by contributor id, whatever the order given', () => {
    // 2 fen: 0.8 / 0.6 / 0.6 → the city's 0.8, then partner-bank before pudong-district
    expect(partsOf(CITY_DISTRICT_BANK, 2n)).toEqual({ 'shanghai-municipal': 1n, 'pudong-district': 0n, 'partner-bank': 1n });
    expect(partsOf([...CITY_DISTRICT_BANK].reverse(), 2n)).toEqual({ 'shanghai-municipal': 1n, 'pudong-district': 0n, 'partner-bank': 1n });
    expect(partsOf(CITY_DISTRICT_BANK, 1n)).toEqual({ 'shanghai-municipal': 1n, 'pudong-district': 0n, 'partner-bank': 0n });
  });

  it('takes shares written with different decimals', () => {
    const contributors: PoolContributor[] = [
      { id: 'a', kind: 'government', share: '0.4' },
      { id: 'b', kind: 'government', share: '0.35' },
      { id: 'c', kind: 'institution', share: '0.25' },
    ];
    expect(partsOf(contributors, 1_000n)).toEqual({ a: 400n, b: 350n, c: 250n });
  });

  it('always adds up to the amount, each part within a fen of its exact share', () => {
    let seed = 5;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let run = 0; run < 300; run++) {
      const contributors = Array.from({ length: 1 + next(6) }, (_, i): PoolContributor => ({ id: `c${next(100)}-${i}`, kind: 'government', share: `${1 + next(9)}.${next(100)}` }));
      const amount = BigInt(next(2_000_000_000));
      const parts = splitByShares(contributors, amount);
      expect(parts.reduce((s, p) => s + p.fen, 0n)).toBe(amount);
      const weights = contributors.map((c) => Number(c.share));
      const total = weights.reduce((a, b) => a + b, 0);
      parts.forEach((p, i) => expect(Math.abs(Number(p.fen) - (Number(amount) * weights[i]!) / total)).toBeLessThan(1.01));
    }
  });
});

describe('the pool ledger', () => {
  const entries: PoolLedgerEntry[] = [
    ...ZHANGJIANG_CONTRIBUTIONS,
    { kind: 'payout', date: '2025-07-10', amountFen: 155_259_259n, claimId: 'c1', partnerId: 'bank-east' },
    { kind: 'refund', date: '2025-09-01', amountFen: 5_999_999n, claimId: 'c1', partnerId: 'bank-east' },
    { kind: 'contribution', date: '2025-09-01', amountFen: 1_000_000_001n, contributorId: null },
  ];

  it('gives the balance by date and in total', () => {
    const ledger = poolLedger(ZHANGJIANG_POOL, [...entries].reverse());
    expect(ledger.days).toEqual([
      { date: '2025-01-15', contributionsFen: 4_375_000_000n, payoutsFen: 0n, refundsFen: 0n, balanceFen: 4_375_000_000n },
      { date: '2025-01-20', contributionsFen: 1_875_000_000n, payoutsFen: 0n, refundsFen: 0n, balanceFen: 6_250_000_000n },
      { date: '2025-07-10', contributionsFen: 0n, payoutsFen: 155_259_259n, refundsFen: 0n, balanceFen: 6_094_740_741n },
      { date: '2025-09-01', contributionsFen: 1_000_000_001n, payoutsFen: 0n, refundsFen: 5_999_999n, balanceFen: 7_100_740_741n },
    ]);
    expect(ledger).toMatchObject({ balanceFen: 7_100_740_741n, contributedFen: 7_250_000_001n, paidFen: 155_259_259n, refundedFen: 5_999_999n });
    expect(balanceOn(ledger, '2025-01-14')).toBe(0n);
    expect(balanceOn(ledger, '2025-08-31')).toBe(6_094_740_741n);
    expect(balanceOn(ledger, '2026-01-01')).toBe(7_100_740_741n);
  });

  it('gives each contributor its part, each sum split by the shares, adding up to the pool', () => {
    const { contributors, balanceFen } = poolLedger(ZHANGJIANG_POOL, entries);
    // payout 155,259,259 → 62,103,703 / 46,577,778 / 46,577,778; refund 5,999,999 → 2,399,999.6 / 1,799,999.7 / 1,799,999.7 → 2,399,999 / 1,800,000 / 1,800,000;
    // the split contribution 1,000,000,001 → 400,000,000.4 / 300,000,000.3 / 300,000,000.3 → 400,000,001 / 300,000,000 / 300,000,000
    expect(contributors).toEqual([
      { contributorId: 'bank-east', kind: 'institution', share: '4', contributedFen: 2_900_000_001n, payoutsFen: 62_103_703n, refundsFen: 2_399_999n, balanceFen: 2_840_296_297n },
      { contributorId: 'bank-river', kind: 'institution', share: '3', contributedFen: 2_175_000_000n, payoutsFen: 46_577_778n, refundsFen: 1_800_000n, balanceFen: 2_130_222_222n },
      { contributorId: 'guarantor-kechuang', kind: 'institution', share: '3', contributedFen: 2_175_000_000n, payoutsFen: 46_577_778n, refundsFen: 1_800_000n, balanceFen: 2_130_222_222n },
    ]);
    expect(contributors.reduce((s, c) => s + c.balanceFen, 0n)).toBe(balanceFen);
  });

  it('stops at asOf', () => {
    expect(poolLedger(ZHANGJIANG_POOL, entries, '2025-07-09')).toMatchObject({ balanceFen: 6_250_000_000n, paidFen: 0n });
  });

  it('refuses a ledger that goes below zero, an unknown contributor and a negative amount', () => {
    const overdrawn: PoolLedgerEntry[] = [ZHANGJIANG_CONTRIBUTIONS[0]!, { kind: 'payout', date: '2025-02-01', amountFen: 2_500_000_001n, claimId: 'c', partnerId: 'bank-east' }];
    expect(thrown(() => poolLedger(ZHANGJIANG_POOL, overdrawn))).toMatchObject({ code: 'pool.ledger_overdrawn', params: { date: '2025-02-01', balance: '-1' } });
    expect(thrown(() => poolLedger(ZHANGJIANG_POOL, [{ kind: 'contribution', date: '2025-01-01', amountFen: 1n, contributorId: 'bank-far' }]))).toMatchObject({ code: 'pool.contributor_unknown', params: { contributor: 'bank-far' } });
    expect(thrown(() => poolLedger(ZHANGJIANG_POOL, [{ kind: 'refund', date: '2025-01-01', amountFen: -1n, claimId: 'c', partnerId: 'bank-east' }]))).toMatchObject({ code: 'pool.amount_invalid', params: { field: 'refund.amountFen' } });
  });

  it('judges a day by its end: a payout and the contribution that covers it on the same day pass', () => {
    const sameDay: PoolLedgerEntry[] = [
      { kind: 'payout', date: '2025-03-01', amountFen: 10n, claimId: 'c', partnerId: 'bank-east' },
      { kind: 'contribution', date: '2025-03-01', amountFen: 10n, contributorId: 'bank-east' },
    ];
    expect(poolLedger(ZHANGJIANG_POOL, sameDay).balanceFen).toBe(0n);
  });
});
