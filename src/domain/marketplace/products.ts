// Financing products as the marketplace sees them: loans of several kinds, guarantees, insurance
// and equity investors' preferences, with terms, soft preferences and hard eligibility rules.
import type { Stage } from '../rating/expert-model.ts';
import { validateRules, type EligibilityRule, type RuleProblem } from './rules.ts';

import type { LprTenor, LoanType, ProductKind, RepaymentMethod, SecurityKind } from '../../../shared/marketplace.ts';

export { LOAN_TYPES, LPR_TENORS, PRODUCT_KINDS, REPAYMENT_METHODS, SECURITY_KINDS, type LoanType, type LprTenor, type ProductKind, type RepaymentMethod, type SecurityKind } from '../../../shared/marketplace.ts';

export interface ProductTerms {
  /** Loan principal, guaranteed or insured amount, or equity ticket, in fen. */
  amountMinFen: bigint;
  amountMaxFen: bigint;
  termMinMonths: number | null;
  termMaxMonths: number | null;
  /** Loans: LPR of a tenor plus a spread range in basis points. */
  rate: { lprTenor: LprTenor; spreadMinBp: number; spreadMaxBp: number } | null;
  /** Guarantee fee or insurance premium, a yearly fraction of the amount. */
  feeRate: number | null;
  /** Share of the loss a guarantee or insurance covers. */
  coverRatio: number | null;
  repaymentMethods: RepaymentMethod[];
  security: SecurityKind[];
  /** Response promised, in working days. */
  turnaroundDays: number;
  /** Guarantee and insurance: the loan types they back. */
  eligibleLoanTypes: LoanType[];
}

export interface ProductPreferences {
  industries: string[]; // GB/T 4754 code prefixes
  stages: Stage[];
  regions: string[]; // GB/T 2260 code prefixes
  thesis: string;
}

export interface MarketProduct {
  id: string;
  institutionId: string;
  kind: ProductKind;
  loanType: LoanType | null;
  terms: ProductTerms;
  preferences: ProductPreferences;
  rules: EligibilityRule[];
  /** Park codes where the product is approved; it is offered only there. */
  parks: string[];
}

const MONTHS_MAX = 600;

/** Problems with a product's terms and rules; empty when it can be saved. */
export function validateProduct(p: Pick<MarketProduct, 'kind' | 'loanType' | 'terms' | 'preferences' | 'rules'>): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const t = p.terms;
  const add = (path: string, message: string) => problems.push({ path, message });
  if (t.amountMinFen <= 0n) add('terms.amountMinFen', 'must be more than zero');
  if (t.amountMinFen > t.amountMaxFen) add('terms.amountMinFen', `minimum ${t.amountMinFen} is greater than maximum ${t.amountMaxFen}`);
  if ((t.termMinMonths === null) !== (t.termMaxMonths === null)) add('terms.termMaxMonths', 'give both ends of the term range, or neither');
  if (t.termMinMonths !== null && t.termMaxMonths !== null) {
    if (t.termMinMonths < 1 || t.termMaxMonths > MONTHS_MAX) add('terms.termMinMonths', `terms run from 1 to ${MONTHS_MAX} months`);
    if (t.termMinMonths > t.termMaxMonths) add('terms.termMinMonths', `minimum ${t.termMinMonths} is greater than maximum ${t.termMaxMonths}`);
  }
  if (t.turnaroundDays < 1 || t.turnaroundDays > 60) add('terms.turnaroundDays', 'promise a response within 1 to 60 working days');
  if (p.kind === 'loan') {
    if (!p.loanType) add('loanType', 'a loan product names its loan type');
    if (!t.rate) add('terms.rate', 'a loan product quotes LPR plus a spread');
    else if (t.rate.spreadMinBp > t.rate.spreadMaxBp) add('terms.rate.spreadMinBp', `minimum spread ${t.rate.spreadMinBp}bp is greater than maximum ${t.rate.spreadMaxBp}bp`);
    if (!t.repaymentMethods.length) add('terms.repaymentMethods', 'list at least one repayment method');
    if (t.termMinMonths === null) add('terms.termMinMonths', 'a loan product has a term range');
  } else if (p.loanType) add('loanType', `only loan products have a loan type, not ${p.kind}`);
  if (p.kind === 'guarantee' || p.kind === 'insurance') {
    if (t.feeRate === null || t.feeRate <= 0 || t.feeRate > 0.2) add('terms.feeRate', 'a fee or premium between 0 and 20% a year');
    if (t.coverRatio === null || t.coverRatio <= 0 || t.coverRatio > 1) add('terms.coverRatio', 'a cover ratio above 0 and at most 1');
  }
  if (p.kind === 'equity' && !p.preferences.stages.length) add('preferences.stages', 'an investor names the stages it invests in');
  if (!t.security.length) add('terms.security', 'list the security accepted, or "none"');
  problems.push(...validateRules(p.rules));
  return problems;
}

/** What an enterprise's posted need asks for. */
export interface NeedTerms {
  kind: ProductKind;
  amountFen: bigint;
  termMonths: number | null;
  offers: SecurityKind[];
  /** Working days until the money is needed; null when it is not urgent. */
  workingDaysUntilNeeded: number | null;
}
