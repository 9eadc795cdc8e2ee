// What an enterprise itself lacks for a programme, whatever loan it takes: the rules on the
// enterprise (grade, report, industry, park, the dishonesty list), each as a reason with its code,
// so the enterprise's page can say what would qualify it ("get rated BBB or better").
import { unmetRules, type EnterpriseFacts, type SubsidyReason } from './eligibility.ts';
import type { Programme } from './programme.ts';

const ENTERPRISE_RULES = new Set(['subsidy.not_rated', 'subsidy.grade_below', 'subsidy.no_valid_report', 'subsidy.industry_not_listed', 'subsidy.park_not_listed', 'subsidy.dishonest']);

/** The enterprise rules of the programme the enterprise fails, judged on `facts` as of today. */
export function enterpriseReasons(p: Programme, facts: EnterpriseFacts, date: string): SubsidyReason[] {
  // A loan that passes every loan rule, so only the enterprise's own rules can fail.
  const loan = { id: '', amountFen: p.loanRules.minAmountFen ?? 0n, annualRate: '0', disbursedOn: date, termMonths: 1, loanType: p.loanRules.loanTypes[0] ?? 'credit', institutionId: p.loanRules.institutionIds[0] ?? '' };
  return unmetRules(p, facts, loan, { numerator: 0n, denominator: 1n }, null).filter((r) => ENTERPRISE_RULES.has(r.code));
}
