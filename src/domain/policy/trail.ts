// A claim's calculation trail: every step a person needs to follow the subsidy to the fen, in the
// order it was computed. Money is bigint fen, rates and shares exact decimal strings.
import type { BudgetRule, LprBase } from './programme.ts';

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
    };
