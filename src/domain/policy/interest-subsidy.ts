// The interest subsidy of one loan under one programme version, for one claim period: eligibility
// (every unmet rule as a code with parameters), the interest paid in the period, the interest that
// counts (at most at the capped rate), the share, then the caps in a fixed order — per loan, then
// per enterprise per year — each with the amount before and after, all in a trail. Budget comes
// after, over all claims of a run (budget.ts). Pure: the LPR fixings and the calendar are passed in.
import type { WorkingCalendar } from '../calendar/calendar.ts';
import { fixingInForce, rateOfTenor, type FixingChoice, type LprFixing } from '../loans/lpr.ts';
import { parseRate } from '../loans/rate.ts';
import { fail } from '../shared/errors.ts';
import { addFractions, compareFractions, fenTimes, formatFraction, fractionOfBp, multiplyFractions, parseDecimal, roundFen, type Fraction } from './decimal.ts';
import { applyCaps, checkPeriod, ISO_DATE, type SubsidyClaim } from './claim.ts';
import { unmetRules, type EnterpriseFacts, type SubsidisedLoan } from './eligibility.ts';
import type { LprRate, Programme } from './programme.ts';
import type { TrailStep } from './trail.ts';

export type { EnterpriseFacts, SubsidisedLoan, SubsidyReason } from './eligibility.ts';
export type { PaymentSubsidy, SubsidyClaim } from './claim.ts';

/** Interest paid on one repayment (its principal does not matter here). */
export interface InterestRepayment {
  /** Business date (YYYY-MM-DD) the interest was paid. */
  date: string;
  interestFen: bigint;
}

export interface InterestSubsidyInput {
  /** The programme version in force on the loan's disbursement date (the caller picks it). */
  programme: Programme;
  enterprise: EnterpriseFacts;
  loan: SubsidisedLoan;
  /** The loan's repayments; only those in `period` (and not before disbursement) count. */
  repayments: readonly InterestRepayment[];
  /** The claim period, inclusive business dates, e.g. a calendar year. */
  period: { from: string; to: string };
  lprFixings: Iterable<LprFixing>;
  /** The fixing in force on a date, when the caller looked the fixings up once for many loans (fixingsInForce); else read from lprFixings. */
  lprInForce?: (date: string) => FixingChoice;
  calendar: WorkingCalendar;
  /** Subsidy already granted under this programme: on this loan (ever) and to this enterprise in the period's year. */
  received?: { loanFen: bigint; enterpriseYearFen: bigint };
}


/** Computes one loan's claim; throws `subsidy.lpr_missing` when a needed LPR fixing is not loaded. */
export function computeInterestSubsidy(input: InterestSubsidyInput): SubsidyClaim {
  const { programme: p, enterprise, loan } = input;
  if (p.kind !== 'interest_subsidy') throw fail('programme.not_interest_subsidy', { id: p.id, kind: p.kind });
  checkPeriod(p, input.period);
  const trail: TrailStep[] = [];
  const counted = countedRepayments(input, trail);
  const interestPaidFen = counted.reduce((sum, r) => sum + r.interestFen, 0n);
  trail.push({ step: 'interest_paid', repayments: counted.length, interestFen: interestPaidFen });
  const loanRate = parseRate(loan.annualRate);
  const lprOf = lprLookup(input, trail);
  const maxRate = p.loanRules.maxRate && lprRateValue(p.loanRules.maxRate, lprOf(p.loanRules.maxRate)).rate;
  const reasons = unmetRules(p, enterprise, loan, loanRate, maxRate);
  const base = { programmeId: p.id, programmeVersion: p.version, loanId: loan.id, enterpriseId: enterprise.enterpriseId, basis: 'interest' as const, basisPaidFen: interestPaidFen, interestPaidFen, firstRepaymentOn: counted[0]?.date ?? null };
  if (reasons.length) {
    trail.push({ step: 'ineligible', reasons: reasons.map((r) => r.code) });
    return { ...base, eligible: false, reasons, eligibleBasisFen: 0n, eligibleInterestFen: 0n, computedFen: 0n, capFen: null, subsidyFen: 0n, trail };
  }
  const eligibleInterestFen = eligibleInterest(p, interestPaidFen, loanRate, lprOf, trail);
  const share = parseDecimal(p.formula.share)!;
  const computedFen = fenTimes(eligibleInterestFen, share);
  trail.push({ step: 'share', share: p.formula.share, eligibleInterestFen, subsidyFen: computedFen, rounding: 'down' });
  const { capFen, subsidyFen } = applyCaps(p, computedFen, input.received ?? { loanFen: 0n, enterpriseYearFen: 0n }, trail);
  return { ...base, eligible: true, reasons: [], eligibleBasisFen: eligibleInterestFen, eligibleInterestFen, computedFen, capFen, subsidyFen, trail };
}

/** The repayments that count, oldest first; each given repayment leaves a trail step saying whether it counted. */
function countedRepayments({ repayments, period, loan }: InterestSubsidyInput, trail: TrailStep[]): InterestRepayment[] {
  const from = countedFrom(loan, period);
  const sorted = [...repayments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const counted: InterestRepayment[] = [];
  for (const r of sorted) {
    if (!ISO_DATE.test(r.date) || typeof r.interestFen !== 'bigint' || r.interestFen < 0n) throw fail('subsidy.repayment_invalid', { date: String(r.date) });
    const counts = r.date >= from && r.date <= period.to;
    if (counts) counted.push(r);
    trail.push(counts ? { step: 'repayment', date: r.date, interestFen: r.interestFen } : { step: 'repayment_not_counted', date: r.date, interestFen: r.interestFen, from, to: period.to });
  }
  return counted;
}

/** Repayments count from the later of the period's start and the disbursement, to the period's end. */
export const countedFrom = (loan: SubsidisedLoan, period: { from: string }): string => (loan.disbursedOn > period.from ? loan.disbursedOn : period.from);

/** The date of the first repayment that counts, or null: the order of first_come budgets. */
export function firstCountedRepaymentOn(loan: SubsidisedLoan, repayments: readonly InterestRepayment[], period: { from: string; to: string }): string | null {
  const from = countedFrom(loan, period);
  let first: string | null = null;
  for (const r of repayments) if (r.date >= from && r.date <= period.to && (first === null || r.date < first)) first = r.date;
  return first;
}

export type LprOf = (rate: LprRate) => string;

/** The LPR in force on the disbursement date for a base, looked up once per base and written to the trail. */
export function lprLookup({ loan, lprFixings, lprInForce, calendar }: { loan: SubsidisedLoan; lprFixings: Iterable<LprFixing>; lprInForce?: (date: string) => FixingChoice; calendar: WorkingCalendar }, trail: TrailStep[]): LprOf {
  const seen = new Map<string, string>();
  return (rate) => {
    const known = seen.get(rate.base);
    if (known !== undefined) return known;
    const choice = lprInForce ? lprInForce(loan.disbursedOn) : fixingInForce(loan.disbursedOn, lprFixings, calendar);
    if (!choice.ok) throw fail('subsidy.lpr_missing', { month: choice.missing.month, dueOn: choice.missing.dueOn });
    const value = rateOfTenor(choice.fixing, rate.base === 'lpr5y' ? '5y' : '1y');
    trail.push({ step: 'lpr', base: rate.base, month: choice.fixing.month, publishedOn: choice.fixing.date, rate: value });
    seen.set(rate.base, value);
    return value;
  };
}

/** LPR × times + plusBp, never below zero. */
export function lprRateValue(rate: LprRate, lpr: string): { rate: Fraction; times: string; plusBp: number } {
  const times = rate.times ?? '1';
  const plusBp = rate.plusBp ?? 0;
  const value = addFractions(multiplyFractions(parseDecimal(lpr)!, parseDecimal(times)!), fractionOfBp(plusBp));
  return { rate: value.numerator < 0n ? { numerator: 0n, denominator: 1n } : value, times, plusBp };
}

/** Interest paid, or at a loan rate above the cap, paid × cap / loanRate rounded down. */
function eligibleInterest(p: Programme, paidFen: bigint, loanRate: Fraction, lprOf: LprOf, trail: TrailStep[]): bigint {
  const loanText = formatFraction(loanRate);
  if (p.formula.rateCap === null) {
    trail.push({ step: 'eligible_interest', interestPaidFen: paidFen, capRate: null, loanRate: loanText, eligibleInterestFen: paidFen, rounding: 'down' });
    return paidFen;
  }
  const lpr = lprOf(p.formula.rateCap);
  const cap = lprRateValue(p.formula.rateCap, lpr);
  const applies = compareFractions(loanRate, cap.rate) > 0;
  const capText = formatFraction(cap.rate);
  trail.push({ step: 'rate_cap', base: p.formula.rateCap.base, lprRate: lpr, times: cap.times, plusBp: cap.plusBp, capRate: capText, loanRate: loanText, applies });
  // paid × (capN / capD) / (loanN / loanD); applies only when loanRate > cap ≥ 0, so loanN > 0
  const fen = applies ? roundFen(paidFen * cap.rate.numerator * loanRate.denominator, cap.rate.denominator * loanRate.numerator) : paidFen;
  trail.push({ step: 'eligible_interest', interestPaidFen: paidFen, capRate: capText, loanRate: loanText, eligibleInterestFen: fen, rounding: 'down' });
  return fen;
}
