// The guarantee-fee or insurance-premium subsidy of one loan under one programme version, for one
// claim period. A payment counts when it was paid in the period (the fee or premium is paid up
// front for its coverage, so the whole payment counts where it was paid, whatever its coverage).
// Eligibility is the programme's rules on the enterprise and the loan, a fee rate at most the
// programme's maximum on every counted payment, and something paid. Each payment's subsidy is
// share × amount paid rounded down, at most maxSubsidyRateOfAmount × covered amount (never more
// than the loan) × coverage days / 365 rounded down; the payments' sum then meets the caps, per
// loan then per enterprise per year. Every step is in the trail. Pure: LPR fixings and calendar
// are passed in (read only when the programme bounds the loan's own rate by the LPR).
import type { WorkingCalendar } from '../calendar/calendar.ts';
import { dayNumberOf } from '../calendar/days.ts';
import type { FixingChoice, LprFixing } from '../loans/lpr.ts';
import { parseRate } from '../loans/rate.ts';
import { fail } from '../shared/errors.ts';
import { applyCaps, checkPeriod, ISO_DATE, type PaymentSubsidy, type SubsidyClaim } from './claim.ts';
import { compareFractions, fenTimes, formatFraction, parseDecimal, roundFen } from './decimal.ts';
import { subsidyReason, unmetRules, type EnterpriseFacts, type SubsidisedLoan, type SubsidyReason } from './eligibility.ts';
import { lprLookup, lprRateValue } from './interest-subsidy.ts';
import { basisOf, type Programme } from './programme.ts';
import type { DayCount, TrailStep } from './trail.ts';

/** One guarantee-fee or premium payment, as the guarantor or insurer reports it. */
export interface FeePayment {
  /** Business date (YYYY-MM-DD) the fee or premium was paid. */
  date: string;
  amountFen: bigint;
  /** The guarantee's number (guarantee fees) or the insurance policy's number (premiums). */
  contractNo: string;
  /** The days the payment covers, inclusive business dates. */
  coverage: { from: string; to: string };
  /** The guaranteed or insured amount. */
  coveredAmountFen: bigint;
  /** The annual fee (premium) rate as a decimal string ("0.008"). */
  feeRate: string;
}

export interface FeeSubsidyInput {
  /** A guarantee_fee_subsidy or premium_subsidy version in force on the loan's disbursement date. */
  programme: Programme;
  enterprise: EnterpriseFacts;
  loan: SubsidisedLoan;
  /** The loan's guarantee-fee or premium payments; only those paid in `period` count. */
  payments: readonly FeePayment[];
  /** The claim period, inclusive business dates. */
  period: { from: string; to: string };
  /** Read only when the programme bounds the loan's rate (loanRules.maxRate). */
  lprFixings: Iterable<LprFixing>;
  /** The fixing in force on a date, looked up once for a run's loans (fixingsInForce); else read from lprFixings. */
  lprInForce?: (date: string) => FixingChoice;
  calendar: WorkingCalendar;
  /** Subsidy already granted under this programme: on this loan (ever) and to this enterprise in the period's year. */
  received?: { loanFen: bigint; enterpriseYearFen: bigint };
}

export const DAY_COUNT: DayCount = 'actual_365_inclusive';
const DAYS_IN_YEAR = 365n;

/** Days from `from` to `to`, both included (actual/365 inclusive); null when either is not a date or `to` is before `from`. */
export function coverageDays(coverage: { from: string; to: string }): number | null {
  const [from, to] = [dayNumberOf(coverage.from), dayNumberOf(coverage.to)];
  return from === null || to === null || to < from ? null : to - from + 1;
}

/** Computes one loan's fee or premium claim; throws on a programme of another kind or malformed payments. */
export function computeFeeSubsidy(input: FeeSubsidyInput): SubsidyClaim {
  const { programme: p, enterprise, loan } = input;
  if (basisOf(p.kind) === 'interest') throw fail('programme.not_fee_subsidy', { id: p.id, kind: p.kind });
  checkPeriod(p, input.period);
  const basis = basisOf(p.kind);
  const trail: TrailStep[] = [];
  const counted = countedPayments(input, trail);
  const paidFen = counted.reduce((sum, c) => sum + c.amountFen, 0n);
  trail.push({ step: 'basis_paid', basis, payments: counted.length, paidFen });
  const loanRate = parseRate(loan.annualRate);
  const maxRate = p.loanRules.maxRate && lprRateValue(p.loanRules.maxRate, lprLookup(input, trail)(p.loanRules.maxRate)).rate;
  const reasons = [...unmetRules(p, enterprise, loan, loanRate, maxRate), ...feeRateReasons(p, counted, trail)];
  if (counted.length === 0) reasons.push(subsidyReason('subsidy.no_payments', { from: input.period.from, to: input.period.to }));
  const base = { programmeId: p.id, programmeVersion: p.version, loanId: loan.id, enterpriseId: enterprise.enterpriseId, basis, basisPaidFen: paidFen, interestPaidFen: 0n, eligibleInterestFen: 0n, firstRepaymentOn: counted[0]?.date ?? null };
  if (reasons.length) {
    trail.push({ step: 'ineligible', reasons: reasons.map((r) => r.code) });
    return { ...base, eligible: false, reasons, eligibleBasisFen: 0n, computedFen: 0n, capFen: null, subsidyFen: 0n, trail };
  }
  const payments = counted.map((payment) => paymentSubsidy(p, loan, payment, trail));
  const computedFen = payments.reduce((sum, s) => sum + s.subsidyFen, 0n);
  trail.push({ step: 'fee_subsidy', payments: payments.length, subsidyFen: computedFen });
  const { capFen, subsidyFen } = applyCaps(p, computedFen, input.received ?? { loanFen: 0n, enterpriseYearFen: 0n }, trail);
  return { ...base, eligible: true, reasons: [], eligibleBasisFen: paidFen, computedFen, capFen, subsidyFen, payments, trail };
}

const byDateThenContract = (a: FeePayment, b: FeePayment) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.contractNo < b.contractNo ? -1 : a.contractNo > b.contractNo ? 1 : 0);

/** The payments paid in the period, oldest first; every payment given leaves a step saying whether it counted. */
function countedPayments({ payments, period }: FeeSubsidyInput, trail: TrailStep[]): FeePayment[] {
  const counted: FeePayment[] = [];
  for (const pay of [...payments].sort(byDateThenContract)) {
    checkPayment(pay);
    const counts = pay.date >= period.from && pay.date <= period.to;
    if (counts) counted.push(pay);
    trail.push(
      counts
        ? { step: 'fee_payment', contractNo: pay.contractNo, date: pay.date, amountFen: pay.amountFen, coverageFrom: pay.coverage.from, coverageTo: pay.coverage.to, coveredAmountFen: pay.coveredAmountFen, feeRate: pay.feeRate }
        : { step: 'fee_payment_not_counted', contractNo: pay.contractNo, date: pay.date, amountFen: pay.amountFen, from: period.from, to: period.to },
    );
  }
  return counted;
}

function checkPayment(pay: FeePayment): void {
  const contractNo = String(pay.contractNo);
  const amountOk = typeof pay.amountFen === 'bigint' && pay.amountFen >= 0n && typeof pay.coveredAmountFen === 'bigint' && pay.coveredAmountFen > 0n;
  if (!ISO_DATE.test(pay.date) || dayNumberOf(pay.date) === null || !amountOk || typeof pay.feeRate !== 'string' || parseDecimal(pay.feeRate) === null) {
    throw fail('subsidy.payment_invalid', { contractNo, date: String(pay.date) });
  }
  if (coverageDays(pay.coverage) === null) throw fail('subsidy.coverage_invalid', { contractNo, from: String(pay.coverage.from), to: String(pay.coverage.to) });
}

/** A counted payment whose annual fee rate is above the programme's maximum makes the claim ineligible (once per guarantee or policy). */
function feeRateReasons(p: Programme, counted: readonly FeePayment[], trail: TrailStep[]): SubsidyReason[] {
  const max = p.loanRules.maxFeeRate;
  if (max === undefined) return [];
  const maxRate = parseDecimal(max)!;
  const reasons = new Map<string, SubsidyReason>();
  for (const pay of counted) {
    const rate = parseDecimal(pay.feeRate)!;
    const within = compareFractions(rate, maxRate) <= 0;
    trail.push({ step: 'fee_rate_check', contractNo: pay.contractNo, date: pay.date, feeRate: formatFraction(rate), maxFeeRate: formatFraction(maxRate), within });
    if (!within && !reasons.has(pay.contractNo)) reasons.set(pay.contractNo, subsidyReason('subsidy.fee_rate_above_max', { contractNo: pay.contractNo, rate: formatFraction(rate), max: formatFraction(maxRate) }));
  }
  return [...reasons.values()];
}

/** share × paid, rounded down, then at most the amount-rate limit over the coverage days, rounded down. */
function paymentSubsidy(p: Programme, loan: SubsidisedLoan, pay: FeePayment, trail: TrailStep[]): PaymentSubsidy {
  const shareFen = fenTimes(pay.amountFen, parseDecimal(p.formula.share)!);
  trail.push({ step: 'fee_share', contractNo: pay.contractNo, date: pay.date, share: p.formula.share, paidFen: pay.amountFen, subsidyFen: shareFen, rounding: 'down' });
  const part = { contractNo: pay.contractNo, date: pay.date, coverage: { from: pay.coverage.from, to: pay.coverage.to } };
  const limit = p.formula.maxSubsidyRateOfAmount;
  if (limit === undefined) return { ...part, subsidyFen: shareFen };
  const rate = parseDecimal(limit)!;
  const days = coverageDays(pay.coverage)!;
  const countedAmountFen = pay.coveredAmountFen < loan.amountFen ? pay.coveredAmountFen : loan.amountFen;
  // amount × rate × days / 365 in one exact fraction, rounded once
  const limitFen = roundFen(countedAmountFen * rate.numerator * BigInt(days), rate.denominator * DAYS_IN_YEAR);
  const afterFen = shareFen < limitFen ? shareFen : limitFen;
  trail.push({
    step: 'amount_rate_limit',
    contractNo: pay.contractNo,
    date: pay.date,
    maxSubsidyRate: limit,
    coveredAmountFen: pay.coveredAmountFen,
    countedAmountFen,
    days,
    dayCount: DAY_COUNT,
    limitFen,
    beforeFen: shareFen,
    afterFen,
    rounding: 'down',
  });
  return { ...part, subsidyFen: afterFen };
}
