// What a pool pays on an approved claim, and what it gets back. The payout is the coverage share of
// the net principal loss (principal outstanding at default less recoveries so far), rounded down
// by the one rule, then limited in a fixed order — the partner's cumulative cap (ratio × its net
// loss over all its pool claims, less what it was already paid), then the pool's balance — never
// below 0, each step in the trail. COMPUTING limits to the balance; an explicit attempt to PAY more
// than the balance (or than was approved) is refused with a code and nothing is paid: a pool never
// pays part of a payment. The bank keeps pursuing the debt; what it recovers after the payout is
// shared back to the pool by the pool's paid share of the loss.
import { fail, type DomainError } from '../shared/errors.ts';
import { fenTimes, formatFraction, parseDecimal, roundFen } from './decimal.ts';
import { coverageShare, type Pool } from './pool.ts';
import type { PoolTrailStep } from './trail.ts';

export interface PayoutInput {
  pool: Pool;
  claimId: string;
  partnerId: string;
  loanId: string;
  /** The enterprise's first loan (the share registered with the bonus). */
  firstLoan: boolean;
  principalAtDefaultFen: bigint;
  /** Recovered by the partner before the payout. */
  recoveriesFen: bigint;
  /** The partner's net loss on its OTHER pool claims, and what the pool already paid it over all claims. */
  partner: { otherClaimsLossFen: bigint; paidFen: bigint };
  balanceFen: bigint;
}

export interface PoolPayout {
  claimId: string;
  partnerId: string;
  loanId: string;
  share: string;
  netLossFen: bigint;
  /** share × net loss, before the limits. */
  computedFen: bigint;
  payoutFen: bigint;
  /** The limit that cut the payout, the first one when both did. */
  limitedBy: 'none' | 'partner_cap' | 'pool_balance';
  trail: PoolTrailStep[];
}

const checkFen = (field: string, value: bigint) => {
  if (typeof value !== 'bigint' || value < 0n) throw fail('pool.amount_invalid', { field, value: String(value) });
};

/** The payout an approved claim is due, with every step to the fen. */
export function computePayout(input: PayoutInput): PoolPayout {
  const { pool } = input;
  const amounts = { principalAtDefaultFen: input.principalAtDefaultFen, recoveriesFen: input.recoveriesFen, 'partner.otherClaimsLossFen': input.partner.otherClaimsLossFen, 'partner.paidFen': input.partner.paidFen, balanceFen: input.balanceFen };
  for (const [field, value] of Object.entries(amounts)) checkFen(field, value);
  const trail: PoolTrailStep[] = [];
  const share = coverageShare(pool, input.firstLoan);
  const shareText = formatFraction(share);
  trail.push({ step: 'coverage_share', lossShare: pool.coverage.lossShare, firstLoan: input.firstLoan, bonusPoints: input.firstLoan ? pool.coverage.firstLoanBonusPoints : '0', share: shareText });
  const netLossFen = input.principalAtDefaultFen > input.recoveriesFen ? input.principalAtDefaultFen - input.recoveriesFen : 0n;
  trail.push({ step: 'net_loss', principalAtDefaultFen: input.principalAtDefaultFen, recoveriesFen: input.recoveriesFen, netLossFen });
  const computedFen = fenTimes(netLossFen, share);
  trail.push({ step: 'loss_share', share: shareText, netLossFen, computedFen, rounding: 'down' });
  let amount = computedFen;
  let limitedBy: PoolPayout['limitedBy'] = 'none';
  if (pool.partnerCapRatio !== null) {
    const partnerLossFen = input.partner.otherClaimsLossFen + netLossFen;
    const limitFen = fenTimes(partnerLossFen, parseDecimal(pool.partnerCapRatio)!);
    const roomFen = limitFen > input.partner.paidFen ? limitFen - input.partner.paidFen : 0n;
    const afterFen = amount < roomFen ? amount : roomFen;
    trail.push({ step: 'partner_cap', ratio: pool.partnerCapRatio, partnerLossFen, limitFen, alreadyPaidFen: input.partner.paidFen, roomFen, beforeFen: amount, afterFen });
    if (afterFen < amount) limitedBy = 'partner_cap';
    amount = afterFen;
  }
  const afterBalance = amount < input.balanceFen ? amount : input.balanceFen;
  trail.push({ step: 'pool_balance', balanceFen: input.balanceFen, beforeFen: amount, afterFen: afterBalance });
  if (afterBalance < amount && limitedBy === 'none') limitedBy = 'pool_balance';
  return { claimId: input.claimId, partnerId: input.partnerId, loanId: input.loanId, share: shareText, netLossFen, computedFen, payoutFen: afterBalance, limitedBy, trail };
}

export interface PaymentRequest {
  amountFen: bigint;
  /** The payout approved for the claim (computePayout's payoutFen when it was approved). */
  approvedFen: bigint;
  balanceFen: bigint;
}

/** Why a payment may not be made (nothing of it is paid), or null. */
export function paymentRefusal({ amountFen, approvedFen, balanceFen }: PaymentRequest): DomainError | null {
  if (typeof amountFen !== 'bigint' || amountFen < 0n) return fail('pool.amount_invalid', { field: 'amountFen', value: String(amountFen) });
  if (amountFen > approvedFen) return fail('pool.payout_above_approved', { amount: String(amountFen), approved: String(approvedFen) });
  if (amountFen > balanceFen) return fail('pool.payout_above_balance', { amount: String(amountFen), balance: String(balanceFen) });
  return null;
}

/** Pays in full or throws (`pool.payout_above_balance`, `pool.payout_above_approved`): the balance after. */
export function payFromPool(payment: PaymentRequest): { paidFen: bigint; balanceAfterFen: bigint } {
  const refusal = paymentRefusal(payment);
  if (refusal) throw refusal;
  return { paidFen: payment.amountFen, balanceAfterFen: payment.balanceFen - payment.amountFen };
}

export interface RecoveryInput {
  /** What the pool paid on the claim, and the net loss the payout was computed on. */
  paidFen: bigint;
  netLossFen: bigint;
  /** Everything recovered since the payout, this recovery included. */
  recoveredFen: bigint;
  /** Already refunded to the pool on the claim. */
  refundedFen: bigint;
}

/**
 * What the partner refunds to the pool now: paid ÷ net loss of everything recovered since the
 * payout, rounded down, at most what was paid, less what was already refunded. Computing on the
 * cumulative recovery makes several small recoveries refund exactly what one large one would.
 */
export function recoveryRefund(input: RecoveryInput): { refundFen: bigint; dueFen: bigint; trail: PoolTrailStep[] } {
  for (const [field, value] of Object.entries(input)) checkFen(field, value);
  const share = input.netLossFen === 0n ? 0n : roundFen(input.recoveredFen * input.paidFen, input.netLossFen);
  const dueFen = share < input.paidFen ? share : input.paidFen;
  const refundFen = dueFen > input.refundedFen ? dueFen - input.refundedFen : 0n;
  const step: PoolTrailStep = { step: 'recovery_share', paidFen: input.paidFen, netLossFen: input.netLossFen, recoveredFen: input.recoveredFen, dueFen, alreadyRefundedFen: input.refundedFen, refundFen, rounding: 'down' };
  return { refundFen, dueFen, trail: [step] };
}

/** The pool's paid share of the loss, exact: paid ÷ net loss ("0.6"). */
export const paidShareOf = (paidFen: bigint, netLossFen: bigint): string => (netLossFen === 0n ? '0' : formatFraction({ numerator: paidFen, denominator: netLossFen }));
