// A claim's calculation trail: every step a person needs to follow the subsidy to the fen, in the
// order it was computed. Money is bigint fen, rates and shares exact decimal strings.
import type { BudgetRule, ClawbackRule, LprBase, SubsidyBasis } from './programme.ts';

/** Coverage days are counted actual/365 with both ends included: 2025-03-10 to 2025-09-05 is 180 days, a leap day is a day, the year is always 365. */
export type DayCount = 'actual_365_inclusive';

export type TrailStep =
  /** A repayment counted: its date and the interest it paid. */
  | { step: 'repayment'; date: string; interestFen: bigint }
  /** A repayment given but not counted: outside the claim period or before the disbursement. */
  | { step: 'repayment_not_counted'; date: string; interestFen: bigint; from: string; to: string }
  | { step: 'interest_paid'; repayments: number; interestFen: bigint }
  /** The LPR fixing in force on the disbursement date. */
  | { step: 'lpr'; base: LprBase; month: string; publishedOn: string; rate: string }
  /** LPR × times + plusBp, and whether the loan's rate is above it (then interest counts at the cap). */
  | { step: 'rate_cap'; base: LprBase; lprRate: string; times: string; plusBp: number; capRate: string; loanRate: string; applies: boolean }
  /** interestPaid × capRate / loanRate rounded down, or interestPaid when the cap does not apply. */
  | { step: 'eligible_interest'; interestPaidFen: bigint; capRate: string | null; loanRate: string; eligibleInterestFen: bigint; rounding: 'down' }
  | { step: 'share'; share: string; eligibleInterestFen: bigint; subsidyFen: bigint; rounding: 'down' }
  /** A cap, in the fixed order per_loan then per_enterprise_year: its limit, what was already received, the room left. */
  | { step: 'cap'; cap: 'per_loan' | 'per_enterprise_year'; limitFen: bigint; alreadyFen: bigint; roomFen: bigint; beforeFen: bigint; afterFen: bigint }
  /** A guarantee fee or premium payment counted (paid in the claim period): its contract, coverage, covered amount and annual fee rate. */
  | { step: 'fee_payment'; contractNo: string; date: string; amountFen: bigint; coverageFrom: string; coverageTo: string; coveredAmountFen: bigint; feeRate: string }
  /** A payment given but not counted: paid outside the claim period. */
  | { step: 'fee_payment_not_counted'; contractNo: string; date: string; amountFen: bigint; from: string; to: string }
  /** What was paid of the programme's basis in the period (fee and premium claims). */
  | { step: 'basis_paid'; basis: SubsidyBasis; payments: number; paidFen: bigint }
  /** A counted payment's annual fee rate against the programme's maximum. */
  | { step: 'fee_rate_check'; contractNo: string; date: string; feeRate: string; maxFeeRate: string; within: boolean }
  /** share × one payment, rounded down. */
  | { step: 'fee_share'; contractNo: string; date: string; share: string; paidFen: bigint; subsidyFen: bigint; rounding: 'down' }
  /**
   * One payment's subsidy at most rate × counted amount × days / 365, rounded down: the counted
   * amount is the covered amount, at most the loan's amount.
   */
  | {
      step: 'amount_rate_limit';
      contractNo: string;
      date: string;
      maxSubsidyRate: string;
      coveredAmountFen: bigint;
      countedAmountFen: bigint;
      days: number;
      dayCount: DayCount;
      limitFen: bigint;
      beforeFen: bigint;
      afterFen: bigint;
      rounding: 'down';
    }
  /** The sum of the payments' subsidies, before the caps. */
  | { step: 'fee_subsidy'; payments: number; subsidyFen: bigint }
  | { step: 'ineligible'; reasons: string[] }
  /** The budget's share-out: what was asked, what was granted, the budget before and after, and why. */
  | {
      step: 'budget';
      rule: BudgetRule;
      outcome: 'in_full' | 'remainder' | 'exhausted' | 'pro_rata';
      requestedFen: bigint;
      grantedFen: bigint;
      budgetLeftBeforeFen: bigint;
      budgetLeftAfterFen: bigint;
      /** pro_rata only: the budget shared, the total asked, and the fen added by the largest-remainder step. */
      budgetFen?: bigint;
      requestedTotalFen?: bigint;
      remainderFen?: bigint;
    }
  /** A surrender's share of a claim's grant: the payment's part of what the claim computed, applied to what it was granted, rounded down. */
  | { step: 'clawback_attribution'; contractNo: string; date: string; paymentSubsidyFen: bigint; claimComputedFen: bigint; claimGrantedFen: bigint; grantedFen: bigint; rounding: 'down' }
  /**
   * What a surrender or early release claws back of a grant: the rule, the coverage and its days,
   * the days after the surrender date (the last day covered), and the amount (pro rata rounded down).
   */
  | {
      step: 'clawback';
      rule: ClawbackRule;
      contractNo: string;
      coverageFrom: string;
      coverageTo: string;
      surrenderedOn: string;
      coveredDays: number;
      unexpiredDays: number;
      dayCount: DayCount;
      grantedFen: bigint;
      clawbackFen: bigint;
      rounding: 'down';
    };

/**
 * A pool payout's or refund's trail, in the order computed: the coverage share, the net principal
 * loss, the share of it, then the limits in a fixed order (the partner's cumulative cap, the pool's
 * balance), each with the amount before and after. Recoveries after a payout leave a refund step.
 */
export type PoolTrailStep =
  /** lossShare, plus the first-loan bonus in percentage points when the loan was the enterprise's first. */
  | { step: 'coverage_share'; lossShare: string; firstLoan: boolean; bonusPoints: string; share: string }
  /** Principal outstanding at default less recoveries before the payout, never below 0. */
  | { step: 'net_loss'; principalAtDefaultFen: bigint; recoveriesFen: bigint; netLossFen: bigint }
  | { step: 'loss_share'; share: string; netLossFen: bigint; computedFen: bigint; rounding: 'down' }
  /** ratio × the partner's net loss over all its pool claims (this one included), less what it was already paid. */
  | { step: 'partner_cap'; ratio: string; partnerLossFen: bigint; limitFen: bigint; alreadyPaidFen: bigint; roomFen: bigint; beforeFen: bigint; afterFen: bigint }
  | { step: 'pool_balance'; balanceFen: bigint; beforeFen: bigint; afterFen: bigint }
  /**
   * A recovery after the payout: the pool's paid share of the loss (paid ÷ net loss) of everything
   * recovered since, rounded down, less what was already refunded; never more than was paid.
   */
  | { step: 'recovery_share'; paidFen: bigint; netLossFen: bigint; recoveredFen: bigint; dueFen: bigint; alreadyRefundedFen: bigint; refundFen: bigint; rounding: 'down' };
