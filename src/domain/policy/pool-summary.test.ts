import { describe, expect, it } from 'vitest';
import type { RegisteredLoan } from './pool-coverage.ts';
import { ZHANGJIANG_CONTRIBUTIONS, ZHANGJIANG_POOL as POOL } from './pool-fixtures.ts';
import type { PoolLedgerEntry } from './pool-ledger.ts';
import { partnerHistory, poolSummary, type PoolClaimRow } from './pool-summary.ts';

const loan = (loanId: string, partnerId: string, outstandingPrincipalFen: bigint, nonPerforming = false): RegisteredLoan => ({ loanId, enterpriseId: `e-${loanId}`, partnerId, outstandingPrincipalFen, nonPerforming, share: '0.55' });
const claim = (claimId: string, partnerId: string, state: PoolClaimRow['state'], netLossFen: bigint | null = null): PoolClaimRow => ({ claimId, partnerId, loanId: `l-${claimId}`, state, netLossFen });

const registered = [loan('e1', 'bank-east', 30_000_000_000n), loan('e2', 'bank-east', 300_000_000n, true), loan('r1', 'bank-river', 20_000_000_000n), loan('r2', 'bank-river', 1_500_000_000n, true)];
const claims = [claim('c1', 'bank-east', 'paid', 258_765_433n), claim('c2', 'bank-east', 'under_review'), claim('c3', 'bank-river', 'rejected', 90_000_000n), claim('c4', 'bank-river', 'approved', 150_000_000n), claim('c5', 'bank-river', 'filed')];
const entries: PoolLedgerEntry[] = [
  ...ZHANGJIANG_CONTRIBUTIONS,
  { kind: 'payout', date: '2025-07-10', amountFen: 155_259_259n, claimId: 'c1', partnerId: 'bank-east' },
  { kind: 'refund', date: '2025-09-01', amountFen: 5_999_999n, claimId: 'c1', partnerId: 'bank-east' },
  { kind: 'payout', date: '2026-02-01', amountFen: 1n, claimId: 'cx', partnerId: 'bank-river' },
];

describe('the pool summary the console shows', () => {
  it('gives the balance, the cover and leverage against the target, the NPL ratio, claims by state and each partner', () => {
    const summary = poolSummary({ pool: POOL, entries, registered, claims, asOf: '2025-12-31' });
    // balance 6,250,000,000 − 155,259,259 + 5,999,999 = 6,100,740,740; covered 51,800,000,000 → 8.4907722205… ×; NPL 1,800,000,000 of 51,800,000,000
    expect(summary).toMatchObject({
      poolId: 'zhangjiang-risk-pool',
      asOf: '2025-12-31',
      balanceFen: 6_100_740_740n,
      contributedFen: 6_250_000_000n,
      paidFen: 155_259_259n,
      refundedFen: 5_999_999n,
      coveredFen: 51_800_000_000n,
      leverage: '8.4907722205…',
      leverageTarget: '10',
      aboveTarget: false,
      headroomFen: 9_207_407_400n, // 10 × 6,100,740,740 − 51,800,000,000
      nplFen: 1_800_000_000n,
      nplRatio: '0.0347490347…',
      nplThreshold: '0.05',
      claimsByState: { filed: 1, under_review: 1, awaiting_approval: 0, returned: 0, approved: 1, paid: 1, rejected: 1, withdrawn: 0 },
    });
    expect(summary.partners).toEqual([
      { partnerId: 'bank-east', loans: 2, outstandingFen: 30_300_000_000n, nplFen: 300_000_000n, nplRatio: '0.0099009900…', threshold: '0.05', suspended: false, claims: 2, openClaims: 1, lossFen: 258_765_433n, paidFen: 155_259_259n, refundedFen: 5_999_999n },
      { partnerId: 'bank-river', loans: 2, outstandingFen: 21_500_000_000n, nplFen: 1_500_000_000n, nplRatio: '0.0697674418…', threshold: '0.05', suspended: true, claims: 3, openClaims: 2, lossFen: 150_000_000n, paidFen: 0n, refundedFen: 0n },
    ]);
    expect(summary.contributors.map((c) => c.balanceFen).reduce((a, b) => a + b, 0n)).toBe(summary.balanceFen);
    expect(summary.days.at(-1)).toMatchObject({ date: '2025-09-01', balanceFen: 6_100_740_740n });
  });

  it('says when the pool is past its target, and has no leverage on an empty pool', () => {
    const heavy = poolSummary({ pool: POOL, entries, registered: [...registered, loan('e3', 'bank-east', 10_000_000_000n)], claims: [], asOf: '2025-12-31' });
    expect(heavy).toMatchObject({ coveredFen: 61_800_000_000n, aboveTarget: true, headroomFen: 0n });
    const empty = poolSummary({ pool: POOL, entries: [], registered, claims: [], asOf: '2025-12-31' });
    expect(empty).toMatchObject({ balanceFen: 0n, leverage: null, aboveTarget: true, headroomFen: 0n });
    expect(poolSummary({ pool: POOL, entries: [], registered: [], claims: [], asOf: '2025-12-31' })).toMatchObject({ leverage: null, aboveTarget: false, nplRatio: '0' });
  });
});

describe('partnerHistory', () => {
  it('gives the partner’s loss on its other claims (not rejected or withdrawn) and what it was paid, for the cumulative cap', () => {
    expect(partnerHistory('bank-river', 'c5', claims, entries)).toEqual({ otherClaimsLossFen: 150_000_000n, paidFen: 1n });
    expect(partnerHistory('bank-east', 'c2', claims, entries)).toEqual({ otherClaimsLossFen: 258_765_433n, paidFen: 155_259_259n });
    expect(partnerHistory('bank-east', 'c1', claims, entries)).toEqual({ otherClaimsLossFen: 0n, paidFen: 155_259_259n });
  });
});
