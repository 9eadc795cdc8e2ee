// Which of a programme's eligibility and loan rules an enterprise and its loan fail, each as a
// catalogue code with parameters (every unmet rule is listed, not only the first).
import { GRADES } from '../../../shared/rating.ts';
import { renderMessage, type ErrorCode, type ParamsOf, type ParamValues } from '../shared/errors.ts';
import { compareFractions, formatFraction, type Fraction } from './decimal.ts';
import { parksOf } from './overlap.ts';
import type { Programme } from './programme.ts';
import type { Grade } from '../../../shared/rating.ts';
import type { LoanType } from '../../../shared/marketplace.ts';

/** What the platform knows of the enterprise, as of the loan's disbursement date. */
export interface EnterpriseFacts {
  enterpriseId: string;
  /** The grade in force on the loan date; null when it was not rated. */
  gradeAtLoanDate: Grade | null;
  /** A credit evaluation report valid on the loan date. */
  hasValidReportOnLoanDate: boolean;
  /** GB/T 4754 code, e.g. "I6513". */
  industryCode: string;
  parkCode: string;
  /** On the serious-dishonesty list. */
  dishonest: boolean;
}

export interface SubsidisedLoan {
  id: string;
  amountFen: bigint;
  /** The loan's annual rate as a decimal string ("0.0520"), as loans store it. */
  annualRate: string;
  /** Business date (YYYY-MM-DD). */
  disbursedOn: string;
  termMonths: number;
  loanType: LoanType;
  institutionId: string;
}

export interface SubsidyReason {
  code: ErrorCode;
  params: ParamValues;
  message: string;
}

/** An unmet rule: its code, its parameters as plain values and the English. */
export function subsidyReason<C extends ErrorCode>(code: C, params: ParamsOf<C>): SubsidyReason {
  const values = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'bigint' ? v.toString() : v])) as ParamValues;
  return { code, params: values, message: renderMessage(code, values) };
}

/** Grade a is at least grade b (GRADES is best first). */
const gradeAtLeast = (a: string, b: string) => GRADES.indexOf(a as never) <= GRADES.indexOf(b as never);

/** The rules the enterprise and loan fail; `loanRate` and `maxRate` are exact (maxRate null when the programme sets none). */
export function unmetRules(p: Programme, e: EnterpriseFacts, loan: SubsidisedLoan, loanRate: Fraction, maxRate: Fraction | null): SubsidyReason[] {
  const out: SubsidyReason[] = [];
  const { eligibility: rules, loanRules } = p;
  if (loan.disbursedOn < p.validFrom || loan.disbursedOn > p.validTo) out.push(subsidyReason('subsidy.loan_outside_period', { date: loan.disbursedOn, from: p.validFrom, to: p.validTo }));
  if (rules.minGrade !== null) {
    if (e.gradeAtLoanDate === null) out.push(subsidyReason('subsidy.not_rated', { minGrade: rules.minGrade }));
    else if (!gradeAtLeast(e.gradeAtLoanDate, rules.minGrade)) out.push(subsidyReason('subsidy.grade_below', { grade: e.gradeAtLoanDate, minGrade: rules.minGrade }));
  }
  if (rules.requiresValidReport && !e.hasValidReportOnLoanDate) out.push(subsidyReason('subsidy.no_valid_report', { date: loan.disbursedOn }));
  if (rules.industryPrefixes.length && !rules.industryPrefixes.some((prefix) => e.industryCode.startsWith(prefix))) {
    out.push(subsidyReason('subsidy.industry_not_listed', { industry: e.industryCode, prefixes: rules.industryPrefixes }));
  }
  const parks = parksOf(p);
  if (parks !== null && !parks.includes(e.parkCode)) out.push(subsidyReason('subsidy.park_not_listed', { park: e.parkCode, parks }));
  if (rules.excludeDishonest && e.dishonest) out.push(subsidyReason('subsidy.dishonest', {}));
  if (loanRules.loanTypes.length && !loanRules.loanTypes.includes(loan.loanType)) out.push(subsidyReason('subsidy.loan_type_not_listed', { loanType: loan.loanType, loanTypes: loanRules.loanTypes }));
  if (loanRules.institutionIds.length && !loanRules.institutionIds.includes(loan.institutionId)) out.push(subsidyReason('subsidy.institution_not_listed', {}));
  if (loanRules.minAmountFen !== null && loan.amountFen < loanRules.minAmountFen) out.push(subsidyReason('subsidy.amount_below_min', { amount: String(loan.amountFen), min: String(loanRules.minAmountFen) }));
  if (loanRules.maxAmountFen !== null && loan.amountFen > loanRules.maxAmountFen) out.push(subsidyReason('subsidy.amount_above_max', { amount: String(loan.amountFen), max: String(loanRules.maxAmountFen) }));
  if (loanRules.maxTermMonths !== null && loan.termMonths > loanRules.maxTermMonths) out.push(subsidyReason('subsidy.term_above_max', { months: loan.termMonths, max: loanRules.maxTermMonths }));
  if (maxRate !== null && compareFractions(loanRate, maxRate) > 0) out.push(subsidyReason('subsidy.rate_above_max', { rate: formatFraction(loanRate), max: formatFraction(maxRate) }));
  return out;
}
