// What every kind of subsidy computes for one loan and one claim period — the claim — and the
// parts all kinds share: the claim period's check and the caps, applied in a fixed order.
import { fail } from '../shared/errors.ts';
import type { SubsidyReason } from './eligibility.ts';
import type { Programme, SubsidyBasis } from './programme.ts';
import type { TrailStep } from './trail.ts';

/** One counted guarantee-fee or premium payment's subsidy before the claim's caps and budget: what a surrender claws back from. */
export interface PaymentSubsidy {
  contractNo: string;
  /** The payment's date. */
  date: string;
  coverage: { from: string; to: string };
  subsidyFen: bigint;
}

export interface SubsidyClaim {
  programmeId: string;
  programmeVersion: number;
  loanId: string;
  enterpriseId: string;
  /** What the programme pays a share of: interest, a guarantee fee or a premium (implied by its kind). */
  basis: SubsidyBasis;
  eligible: boolean;
  /** Unmet rules; empty when eligible. */
  reasons: SubsidyReason[];
  /** Interest, fee or premium paid in the period (counted payments). */
  basisPaidFen: bigint;
  /** What of it counts: interest at most at the capped rate, the fee or premium paid; 0 when ineligible. */
  eligibleBasisFen: bigint;
  /** Interest claims: the interest paid (= basisPaidFen). 0 on fee and premium claims, which subsidise no interest. */
  interestPaidFen: bigint;
  /** Interest claims: interest that counts, at most at the capped rate; 0 when ineligible and on fee and premium claims. */
  eligibleInterestFen: bigint;
  /** share × what counts (fee and premium: each payment's at most its amount-rate limit), before caps. */
  computedFen: bigint;
  /** The most the caps left room for (the tightest cap's room), or null when the programme has no cap. */
  capFen: bigint | null;
  /** After the caps (and, once budget.ts ran, after the budget). */
  subsidyFen: bigint;
  /** The first counted repayment's (or fee or premium payment's) date: the order of first_come budgets. */
  firstRepaymentOn: string | null;
  /** Fee and premium claims, when eligible: each counted payment's part of computedFen. */
  payments?: PaymentSubsidy[];
  trail: TrailStep[];
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A claim period runs forwards, and lies in one year when the programme caps each enterprise per year. */
export function checkPeriod(p: Programme, period: { from: string; to: string }): void {
  const { from, to } = period;
  if (!ISO_DATE.test(from) || !ISO_DATE.test(to) || from > to) throw fail('subsidy.period_invalid', { from: String(from), to: String(to) });
  if (p.caps.perEnterprisePerYearFen !== null && from.slice(0, 4) !== to.slice(0, 4)) throw fail('subsidy.period_spans_years', { from, to });
}

/** Per loan first, then per enterprise per year: each cap's room is its limit less what was already received. */
export function applyCaps(p: Programme, computedFen: bigint, received: { loanFen: bigint; enterpriseYearFen: bigint }, trail: TrailStep[]): { capFen: bigint | null; subsidyFen: bigint } {
  const caps = [
    { cap: 'per_loan' as const, limitFen: p.caps.perLoanFen, alreadyFen: received.loanFen },
    { cap: 'per_enterprise_year' as const, limitFen: p.caps.perEnterprisePerYearFen, alreadyFen: received.enterpriseYearFen },
  ];
  let amount = computedFen;
  let capFen: bigint | null = null;
  for (const { cap, limitFen, alreadyFen } of caps) {
    if (limitFen === null) continue;
    const roomFen = limitFen > alreadyFen ? limitFen - alreadyFen : 0n;
    const afterFen = amount < roomFen ? amount : roomFen;
    trail.push({ step: 'cap', cap, limitFen, alreadyFen, roomFen, beforeFen: amount, afterFen });
    capFen = capFen === null || roomFen < capFen ? roomFen : capFen;
    amount = afterFen;
  }
  return { capFen, subsidyFen: amount };
}
