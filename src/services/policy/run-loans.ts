// A loan as the database gives it (`RunFactsRow`) turned into the engine's `RunLoan`: the one
// conversion both a run (`runSubsidy`) and the simulator (`simulateDraft`) use, so the two read
// grades, loan types and repayments the same way.
import type { RunFactsRow } from '../../db/repositories/subsidy-claims.ts';
import type { RunLoan } from '../../domain/policy/run.ts';
import { GRADES, type Grade } from '../../../shared/rating.ts';
import { LOAN_TYPES, type LoanType } from '../../../shared/marketplace.ts';

/** A stored grade the engine knows, else null (unrated). */
export const asGrade = (g: string | null): Grade | null => (g !== null && (GRADES as readonly string[]).includes(g) ? (g as Grade) : null);
/** A product's loan type; a product without one lends on credit. */
export const asLoanType = (t: string | null): LoanType => (t !== null && (LOAN_TYPES as readonly string[]).includes(t) ? (t as LoanType) : 'credit');

/** The loan, its enterprise's facts on the disbursement date and its interest repayments in the period. */
export function runLoanOf(f: RunFactsRow, receivedLoanFen = 0n): RunLoan {
  return {
    enterprise: { enterpriseId: f.enterpriseId, gradeAtLoanDate: asGrade(f.grade), hasValidReportOnLoanDate: f.hasValidReport, industryCode: f.industryCode, parkCode: f.parkCode, dishonest: f.dishonest },
    loan: { id: f.loanId, amountFen: f.amountFen, annualRate: f.annualRate, disbursedOn: f.disbursedOn, termMonths: f.termMonths, loanType: asLoanType(f.loanType), institutionId: f.institutionId },
    repayments: f.repaymentDates.map((date, i) => ({ date, interestFen: f.repaymentInterestFen[i]! })),
    receivedLoanFen,
  };
}
