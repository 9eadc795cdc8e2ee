import { describe, expect, it } from 'vitest';
import { computePayout, payFromPool, recoveryRefund, paidShareOf, type PayoutInput } from './pool-payout.ts';
import { SHANGHAI_POOL as POOL } from './pool-fixtures.ts';

/** ¥3,000,000 outstanding at default, ¥412,345.67 recovered before the claim: a net loss of 258,765,433 fen. */
const input = (change: Partial<PayoutInput> = {}): PayoutInput => ({
  pool: POOL,
  claimId: 'c1',
  partnerId: 'partner-bank',
  loanId: 'L1',
  firstLoan: true,
  principalAtDefaultFen: 300_000_000n,
  recoveriesFen: 41_234_567n,
  partner: { otherClaimsLossFen: 0n, paidFen: 0n },
  balanceFen: 6_250_000_000n,
  ...change,
});

const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return error;
  }
  return null;
};

describe('the payout on an approved claim', () => {
  it('is 60% of the net loss on a first loan, rounded down, with every step in the trail', () => {
    const payout = computePayout(input());
    // 258,765,433 × 0.6 = 155,259,259.8 → 155,259,259; the cap is 0.8 × 258,765,433 = 207,012,346.4 → 207,012,346
    expect(payout).toEqual({
      claimId: 'c1',
      partnerId: 'partner-bank',
      loanId: 'L1',
      share: '0.6',
      netLossFen: 258_765_433n,
      computedFen: 155_259_259n,
      payoutFen: 155_259_259n,
      limitedBy: 'none',
      trail: [
        { step: 'coverage_share', lossShare: '0.55', firstLoan: true, bonusPoints: '5', share: '0.6' },
        { step: 'net_loss', principalAtDefaultFen: 300_000_000n, recoveriesFen: 41_234_567n, netLossFen: 258_765_433n },
        { step: 'loss_share', share: '0.6', netLossFen: 258_765_433n, computedFen: 155_259_259n, rounding: 'down' },
        { step: 'partner_cap', ratio: '0.8', partnerLossFen: 258_765_433n, limitFen: 207_012_346n, alreadyPaidFen: 0n, roomFen: 207_012_346n, beforeFen: 155_259_259n, afterFen: 155_259_259n },
        { step: 'pool_balance', balanceFen: 6_250_000_000n, beforeFen: 155_259_259n, afterFen: 155_259_259n },
      ],
    });
  });

  it('is 55% on a later loan: 142,320,988.15 → 142,320,988', () => {
    const payout = computePayout(input({ firstLoan: false }));
    expect(payout).toMatchObject({ share: '0.55', computedFen: 142_320_988n, payoutFen: 142_320_988n });
    expect(payout.trail[0]).toEqual({ step: 'coverage_share', lossShare: '0.55', firstLoan: false, bonusPoints: '0', share: '0.55' });
  });

  it('is limited by the partner’s cumulative cap: 80% of its loss over all its claims, less what it was paid', () => {
    // (100,000,000 + 258,765,433) × 0.8 = 287,012,346.4 → 287,012,346; paid 200,000,000 → room 87,012,346
    const payout = computePayout(input({ partner: { otherClaimsLossFen: 100_000_000n, paidFen: 200_000_000n } }));
    expect(payout).toMatchObject({ computedFen: 155_259_259n, payoutFen: 87_012_346n, limitedBy: 'partner_cap' });
    expect(payout.trail[3]).toEqual({ step: 'partner_cap', ratio: '0.8', partnerLossFen: 358_765_433n, limitFen: 287_012_346n, alreadyPaidFen: 200_000_000n, roomFen: 87_012_346n, beforeFen: 155_259_259n, afterFen: 87_012_346n });
  });

  it('is limited by the pool’s balance after the cap', () => {
    const byBalance = computePayout(input({ balanceFen: 100_000_000n }));
    expect(byBalance).toMatchObject({ payoutFen: 100_000_000n, limitedBy: 'pool_balance' });
    expect(byBalance.trail.at(-1)).toEqual({ step: 'pool_balance', balanceFen: 100_000_000n, beforeFen: 155_259_259n, afterFen: 100_000_000n });
    const byBoth = computePayout(input({ balanceFen: 50_000_000n, partner: { otherClaimsLossFen: 100_000_000n, paidFen: 200_000_000n } }));
    expect(byBoth).toMatchObject({ payoutFen: 50_000_000n, limitedBy: 'partner_cap' });
  });

  it('is never negative: a partner paid past its cap, a loss recovered in full, an empty pool all give 0', () => {
    expect(computePayout(input({ partner: { otherClaimsLossFen: 0n, paidFen: 900_000_000n } }))).toMatchObject({ payoutFen: 0n, limitedBy: 'partner_cap' });
    const recovered = computePayout(input({ recoveriesFen: 350_000_000n }));
    expect(recovered).toMatchObject({ netLossFen: 0n, computedFen: 0n, payoutFen: 0n, limitedBy: 'none' });
    expect(computePayout(input({ balanceFen: 0n }))).toMatchObject({ payoutFen: 0n, limitedBy: 'pool_balance' });
  });

  it('has no cap step when the pool sets no cap', () => {
    const payout = computePayout(input({ pool: { ...POOL, partnerCapRatio: null }, partner: { otherClaimsLossFen: 0n, paidFen: 900_000_000n } }));
    expect(payout.payoutFen).toBe(155_259_259n);
    expect(payout.trail.map((s) => s.step)).toEqual(['coverage_share', 'net_loss', 'loss_share', 'pool_balance']);
  });

  it('refuses negative amounts, naming them', () => {
    expect(thrown(() => computePayout(input({ recoveriesFen: -1n })))).toMatchObject({ code: 'pool.amount_invalid', params: { field: 'recoveriesFen', value: '-1' } });
    expect(thrown(() => computePayout(input({ partner: { otherClaimsLossFen: 0n, paidFen: -5n } })))).toMatchObject({ params: { field: 'partner.paidFen' } });
  });
});

describe('paying', () => {
  it('pays in full and gives the balance after', () => {
    expect(payFromPool({ amountFen: 155_259_259n, approvedFen: 155_259_259n, balanceFen: 155_259_259n })).toEqual({ paidFen: 155_259_259n, balanceAfterFen: 0n });
  });

  it('refuses a payment larger than the balance or than approved: nothing partial', () => {
    expect(thrown(() => payFromPool({ amountFen: 155_259_259n, approvedFen: 155_259_259n, balanceFen: 155_259_258n }))).toMatchObject({
      code: 'pool.payout_above_balance',
      params: { amount: '155259259', balance: '155259258' },
      message: 'a payout of 155259259 fen is larger than the pool’s balance of 155259258 fen; nothing was paid',
    });
    expect(thrown(() => payFromPool({ amountFen: 2n, approvedFen: 1n, balanceFen: 10n }))).toMatchObject({ code: 'pool.payout_above_approved', params: { amount: '2', approved: '1' } });
    expect(thrown(() => payFromPool({ amountFen: -1n, approvedFen: 1n, balanceFen: 10n }))).toMatchObject({ code: 'pool.amount_invalid' });
  });
});

describe('recoveries after the payout', () => {
  const paid = { paidFen: 155_259_259n, netLossFen: 258_765_433n };

  it('go back to the pool by its paid share of the loss, rounded down', () => {
    expect(paidShareOf(paid.paidFen, paid.netLossFen)).toBe('0.5999999969…') // 0.6 less 0.8 fen of rounding over 258,765,433;
    // 10,000,000 × 155,259,259 ÷ 258,765,433 = 5,999,999.969… → 5,999,999
    expect(recoveryRefund({ ...paid, recoveredFen: 10_000_000n, refundedFen: 0n })).toEqual({
      refundFen: 5_999_999n,
      dueFen: 5_999_999n,
      trail: [{ step: 'recovery_share', paidFen: 155_259_259n, netLossFen: 258_765_433n, recoveredFen: 10_000_000n, dueFen: 5_999_999n, alreadyRefundedFen: 0n, refundFen: 5_999_999n, rounding: 'down' }],
    });
  });

  it('refund on the cumulative recovery, so two recoveries give what one would: 3,333,333 more refunds 2,000,000, not 1,999,999', () => {
    expect(recoveryRefund({ ...paid, recoveredFen: 13_333_333n, refundedFen: 5_999_999n })).toMatchObject({ refundFen: 2_000_000n, dueFen: 7_999_999n });
    expect(recoveryRefund({ ...paid, recoveredFen: 13_333_333n, refundedFen: 0n }).refundFen).toBe(7_999_999n);
  });

  it('never refund more than the pool paid, nor anything twice', () => {
    expect(recoveryRefund({ ...paid, recoveredFen: 400_000_000n, refundedFen: 0n })).toMatchObject({ dueFen: 155_259_259n, refundFen: 155_259_259n });
    expect(recoveryRefund({ ...paid, recoveredFen: 400_000_000n, refundedFen: 155_259_259n }).refundFen).toBe(0n);
    expect(recoveryRefund({ paidFen: 0n, netLossFen: 0n, recoveredFen: 10n, refundedFen: 0n }).refundFen).toBe(0n);
  });

  it('split any way, the refunds add up to the refund of the whole', () => {
    let seed = 11;
    const next = (n: bigint) => BigInt((seed = (seed * 1103515245 + 12345) % 2 ** 31)) % n;
    for (let run = 0; run < 200; run++) {
      const netLossFen = 1n + next(10_000_000_000n);
      const paidFen = next(netLossFen + 1n);
      let recoveredFen = 0n;
      let refundedFen = 0n;
      for (let k = 0; k < 6; k++) {
        recoveredFen += next(netLossFen / 3n + 1n);
        refundedFen += recoveryRefund({ paidFen, netLossFen, recoveredFen, refundedFen }).refundFen;
      }
      expect(refundedFen).toBe(recoveryRefund({ paidFen, netLossFen, recoveredFen, refundedFen: 0n }).refundFen);
      expect(refundedFen <= paidFen).toBe(true);
    }
  });
});
