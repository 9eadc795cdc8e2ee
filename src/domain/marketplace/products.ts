// Financing products as the marketplace sees them: loans of several kinds, guarantees, insurance
// and equity investors' preferences, with terms, soft preferences and hard eligibility rules.
import type { Stage } from '../rating/expert-model.ts';
import type { ErrorCode, ParamValues } from '../shared/errors.ts';
import { ruleProblem, validateRules, type EligibilityRule, type RuleProblem } from './rules.ts';

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
  const add = (path: string, code: ErrorCode, params: ParamValues = {}) => problems.push(ruleProblem(path, code as 'product.term_out_of_range', params as { max: number }));
  if (t.amountMinFen <= 0n) add('terms.amountMinFen', 'field.not_positive');
  if (t.amountMinFen > t.amountMaxFen) add('terms.amountMinFen', 'product.amount_min_above_max', { min: t.amountMinFen.toString(), max: t.amountMaxFen.toString() });
  if ((t.termMinMonths === null) !== (t.termMaxMonths === null)) add('terms.termMaxMonths', 'product.term_range_half');
  if (t.termMinMonths !== null && t.termMaxMonths !== null) {
    if (t.termMinMonths < 1 || t.termMaxMonths > MONTHS_MAX) add('terms.termMinMonths', 'product.term_out_of_range', { max: MONTHS_MAX });
    if (t.termMinMonths > t.termMaxMonths) add('terms.termMinMonths', 'product.term_min_above_max', { min: t.termMinMonths, max: t.termMaxMonths });
  }
  if (t.turnaroundDays < 1 || t.turnaroundDays > 60) add('terms.turnaroundDays', 'product.turnaround_range');
  if (p.kind === 'loan') {
    if (!p.loanType) add('loanType', 'product.loan_type_required');
    if (!t.rate) add('terms.rate', 'product.rate_required');
    else if (t.rate.spreadMinBp > t.rate.spreadMaxBp) add('terms.rate.spreadMinBp', 'product.spread_min_above_max', { min: t.rate.spreadMinBp, max: t.rate.spreadMaxBp });
    if (!t.repaymentMethods.length) add('terms.repaymentMethods', 'product.repayment_methods_required');
    if (t.termMinMonths === null) add('terms.termMinMonths', 'product.term_required');
  } else if (p.loanType) add('loanType', 'product.loan_type_only_for_loans', { kind: p.kind });
  if (p.kind === 'guarantee' || p.kind === 'insurance') {
    if (t.feeRate === null || t.feeRate <= 0 || t.feeRate > 0.2) add('terms.feeRate', 'product.fee_rate_range');
    if (t.coverRatio === null || t.coverRatio <= 0 || t.coverRatio > 1) add('terms.coverRatio', 'product.cover_ratio_range');
  }
  if (p.kind === 'equity' && !p.preferences.stages.length) add('preferences.stages', 'product.stages_required');
  if (!t.security.length) add('terms.security', 'product.security_required');
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
