// A loan's approval carries its terms: the amount approved, the rate as an LPR tenor plus a spread in
// basis points, and the term. The disbursement honours them: it may draw less than approved, never
// more, and at the approved rate and term only. Applications approved before approvals carried terms
// (no approved amount) are disbursed on the terms the institution sends, within the amount applied for.
import type { LprTenor } from '../marketplace/products.ts';
import { problem, type FieldProblem } from '../shared/errors.ts';

export interface ApprovalTerms {
  amountFen: bigint;
  lprTenor: LprTenor;
  spreadBp: number;
  termMonths: number;
}

export interface ApprovalInput {
  amountFen: bigint;
  spreadBp: number;
  /** 1-year by default, 5-year for terms over five years. */
  lprTenor?: LprTenor | null;
  termMonths: number;
}

export const MAX_SPREAD_BP = 2_000;
export const MAX_TERM_MONTHS = 360;

export const defaultTenor = (termMonths: number): LprTenor => (termMonths > 60 ? '5y' : '1y');

/** The terms an approval records, or the problems with them (field paths under `approval.`). */
export function checkApproval(applied: { amountFen: bigint }, input: ApprovalInput): { ok: true; terms: ApprovalTerms } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (input.amountFen <= 0n) problems.push(problem('approval.amountFen', 'field.not_positive'));
  else if (input.amountFen > applied.amountFen) problems.push(problem('approval.amountFen', 'approval.amount_above_application', { applied: String(applied.amountFen) }));
  if (!Number.isInteger(input.spreadBp) || Math.abs(input.spreadBp) > MAX_SPREAD_BP) problems.push(problem('approval.spreadBp', 'loan.spread_range'));
  if (!Number.isInteger(input.termMonths) || input.termMonths < 1 || input.termMonths > MAX_TERM_MONTHS) problems.push(problem('approval.termMonths', 'approval.term_range', { max: MAX_TERM_MONTHS }));
  if (problems.length) return { ok: false, problems };
  return { ok: true, terms: { amountFen: input.amountFen, spreadBp: input.spreadBp, termMonths: input.termMonths, lprTenor: input.lprTenor ?? defaultTenor(input.termMonths) } };
}

/** What a disbursement request may leave out: the approval fills amount, rate and term in. */
export interface DisbursementRequest {
  amountFen?: bigint | null;
  spreadBp?: number | null;
  lprTenor?: LprTenor | null;
  termMonths?: number | null;
}

export type DisbursementRefusal =
  | { kind: 'missing'; field: string; message: string }
  | { kind: 'exceeds'; field: string; message: string }
  | { kind: 'differs'; field: string; message: string };

/**
 * The amount, rate and term a disbursement uses: the approval's unless the request names them;
 * an amount above the approved one, or another rate or term than approved, is refused.
 */
export function disbursementTerms(approved: ApprovalTerms | null, req: DisbursementRequest): { ok: true; terms: ApprovalTerms } | { ok: false; refusal: DisbursementRefusal } {
  if (!approved) {
    for (const name of ['amountFen', 'spreadBp', 'termMonths'] as const) {
      if (req[name] === undefined || req[name] === null) return { ok: false, refusal: { kind: 'missing', field: `loan.${name}`, message: `This application was approved without terms: the disbursement must give ${name}` } };
    }
    return { ok: true, terms: { amountFen: req.amountFen!, spreadBp: req.spreadBp!, termMonths: req.termMonths!, lprTenor: req.lprTenor ?? defaultTenor(req.termMonths!) } };
  }
  const amountFen = req.amountFen ?? approved.amountFen;
  if (amountFen > approved.amountFen) {
    return { ok: false, refusal: { kind: 'exceeds', field: 'loan.amountFen', message: `The disbursement of ${amountFen} fen exceeds the ${approved.amountFen} fen approved (disbursement_exceeds_approval)` } };
  }
  const differs = (name: 'spreadBp' | 'lprTenor' | 'termMonths', what: string) => {
    const sent = req[name];
    return sent !== undefined && sent !== null && sent !== approved[name] ? { kind: 'differs' as const, field: `loan.${name}`, message: `The disbursement must use the approved ${what} (${approved[name]}), not ${sent} (disbursement_differs_from_approval)` } : null;
  };
  const refusal = differs('spreadBp', 'spread in basis points') ?? differs('lprTenor', 'LPR tenor') ?? differs('termMonths', 'term in months');
  if (refusal) return { ok: false, refusal };
  return { ok: true, terms: { ...approved, amountFen } };
}

/** The approval's terms as stored on the application, or null when it was approved without them. */
export function approvalOf(a: { approvedAmountFen: bigint | null; approvedLprTenor: string | null; approvedSpreadBp: number | null; approvedTermMonths: number | null }): ApprovalTerms | null {
  if (a.approvedAmountFen === null || a.approvedSpreadBp === null || a.approvedTermMonths === null) return null;
  return { amountFen: a.approvedAmountFen, spreadBp: a.approvedSpreadBp, termMonths: a.approvedTermMonths, lprTenor: a.approvedLprTenor === '5y' ? '5y' : '1y' };
}
