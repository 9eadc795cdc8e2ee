// The application's life as one table: every allowed move, who makes it and what it needs. Any
// move not in the table is refused (409 with the reason), whoever asks.
//
// Who moves: the enterprise (submits, answers, withdraws), the institution that offers the product
// (reviews, decides, signs, disburses, declares default, writes off) and the platform itself
// (repayments recorded and the overdue sweep move a loan between repaying, overdue and closed).
import { type DomainError, fail } from '../shared/errors.ts';

import { APPLICATION_STATES, OPEN_STATES, UNDECIDED_STATES, type ApplicationState, type MoveNeed } from '../../../shared/workflow.ts';

export { APPLICATION_STATES, MOVE_NEEDS, type ApplicationState, type MoveNeed } from '../../../shared/workflow.ts';

export type Mover = 'enterprise' | 'institution' | 'platform';

/** What a move needs besides the version: a reason code, a comment, or loan terms (disbursement). */
export type Requirement = MoveNeed;

export interface Transition {
  from: ApplicationState;
  to: ApplicationState;
  by: Mover;
  needs: readonly Requirement[];
  /** Only for loans, or only for other products (equity, guarantee, insurance). */
  only?: 'loan' | 'other';
}

const t = (from: ApplicationState, to: ApplicationState, by: Mover, needs: Requirement[] = [], only?: 'loan' | 'other'): Transition => ({ from, to, by, needs, ...(only ? { only } : {}) });

export const TRANSITIONS: readonly Transition[] = [
  t('draft', 'submitted', 'enterprise'),
  t('draft', 'withdrawn', 'enterprise'),
  t('submitted', 'accepted', 'institution'),
  t('submitted', 'info_requested', 'institution', ['comment']),
  t('submitted', 'approved', 'institution', ['approval'], 'loan'), // amount, rate (LPR + spread) and term
  t('submitted', 'approved', 'institution', [], 'other'),
  t('submitted', 'rejected', 'institution', ['reason']),
  t('submitted', 'withdrawn', 'enterprise'),
  t('accepted', 'info_requested', 'institution', ['comment']),
  t('accepted', 'approved', 'institution', ['approval'], 'loan'),
  t('accepted', 'approved', 'institution', [], 'other'),
  t('accepted', 'rejected', 'institution', ['reason']),
  t('accepted', 'withdrawn', 'enterprise'),
  // The enterprise answers with the information asked for; review resumes.
  t('info_requested', 'accepted', 'enterprise', ['comment']),
  t('info_requested', 'rejected', 'institution', ['reason']),
  t('info_requested', 'withdrawn', 'enterprise'),
  t('approved', 'contract_signed', 'institution'),
  t('approved', 'withdrawn', 'enterprise'), // the enterprise declines the offer
  t('contract_signed', 'disbursed', 'institution', ['loan'], 'loan'),
  t('contract_signed', 'disbursed', 'institution', [], 'other'), // invested, guaranteed, insured
  t('disbursed', 'closed', 'institution', [], 'other'),
  t('disbursed', 'repaying', 'platform', [], 'loan'),
  t('disbursed', 'overdue', 'platform', [], 'loan'),
  t('disbursed', 'closed', 'platform', [], 'loan'),
  t('repaying', 'overdue', 'platform'),
  t('repaying', 'closed', 'platform'),
  t('overdue', 'repaying', 'platform'),
  t('overdue', 'closed', 'platform'),
  t('overdue', 'defaulted', 'institution', ['reason']),
  t('defaulted', 'closed', 'platform'), // recovered in full
  t('defaulted', 'written_off', 'institution', ['comment']),
];

/** States an institution must act on, in review-queue order of urgency. */
export const AWAITING_INSTITUTION: readonly ApplicationState[] = ['submitted', 'accepted'];
/** States whose decision is still open (the deadline runs, or is paused while info is requested); shared with the web. */
export const UNDECIDED: readonly ApplicationState[] = UNDECIDED_STATES;
/** Applications still on their way to money: an enterprise has one such per product at most; shared with the web. */
export const OPEN: readonly ApplicationState[] = OPEN_STATES;
export const FINAL: readonly ApplicationState[] = ['rejected', 'withdrawn', 'closed', 'written_off'];

export const isApplicationState = (s: string): s is ApplicationState => (APPLICATION_STATES as readonly string[]).includes(s);

/** Other spellings a client may send for a state. */
const ALIASES: Readonly<Record<string, ApplicationState>> = {
  accepted_for_review: 'accepted',
  under_review: 'accepted',
  reviewing: 'accepted',
  info_request: 'info_requested',
  more_info_requested: 'info_requested',
  signed: 'contract_signed',
  write_off: 'written_off',
  default: 'defaulted',
};

export function stateNamed(name: string): ApplicationState | null {
  const key = name.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return isApplicationState(key) ? key : (ALIASES[key] ?? null);
}

export type MoveRefusal =
  | { kind: 'illegal'; message: string; allowed: ApplicationState[]; error: DomainError }
  | { kind: 'wrong_mover'; message: string; error: DomainError }
  | { kind: 'missing'; message: string; field: Requirement; error: DomainError };

export interface MoveRequest {
  from: ApplicationState;
  to: ApplicationState;
  by: Mover;
  productIsLoan: boolean;
  reason?: string | null;
  comment?: string | null;
  hasLoanTerms?: boolean;
  hasApprovalTerms?: boolean;
}

const fits = (tr: Transition, loan: boolean) => !tr.only || (tr.only === 'loan') === loan;

/** Where an application can go next, and by whom. */
export const movesFrom = (from: ApplicationState, productIsLoan: boolean) => TRANSITIONS.filter((tr) => tr.from === from && fits(tr, productIsLoan));

/** The transition a request makes, or why it is refused. */
export function checkMove(req: MoveRequest): { ok: true; transition: Transition } | { ok: false; refusal: MoveRefusal } {
  const candidates = movesFrom(req.from, req.productIsLoan).filter((tr) => tr.to === req.to);
  if (!candidates.length) {
    const allowed = [...new Set(movesFrom(req.from, req.productIsLoan).map((tr) => tr.to))];
    const next = allowed.length ? `; from ${req.from} it can go to ${allowed.join(', ')}` : `; ${req.from} is final`;
    const error = allowed.length ? fail('application.illegal_move', { from: req.from, to: req.to, allowed }) : fail('application.final_state', { from: req.from, to: req.to });
    return { ok: false, refusal: { kind: 'illegal', message: `An application cannot move from ${req.from} to ${req.to}${next}`, allowed, error } };
  }
  const transition = candidates.find((tr) => tr.by === req.by);
  if (!transition) {
    const by = candidates[0]!.by;
    const who = by === 'platform' ? 'the platform, when repayments are recorded or fall overdue' : `the ${by}`;
    return { ok: false, refusal: { kind: 'wrong_mover', message: `Moving from ${req.from} to ${req.to} is done by ${who}`, error: fail('application.wrong_mover', { from: req.from, to: req.to, mover: by }) } };
  }
  for (const need of transition.needs) {
    if (need === 'reason' && !req.reason?.trim()) return { ok: false, refusal: { kind: 'missing', field: 'reason', message: `Moving to ${req.to} needs a reason`, error: fail('application.move_needs_reason', { to: req.to }) } };
    if (need === 'comment' && !req.comment?.trim()) return { ok: false, refusal: { kind: 'missing', field: 'comment', message: `Moving to ${req.to} needs a comment`, error: fail('application.move_needs_comment', { to: req.to }) } };
    if (need === 'approval' && !req.hasApprovalTerms) return { ok: false, refusal: { kind: 'missing', field: 'approval', message: 'Approving a loan needs its terms (approved amount, rate as LPR + spread, term)', error: fail('application.approval_terms_required') } };
    if (need === 'loan' && !req.hasLoanTerms) return { ok: false, refusal: { kind: 'missing', field: 'loan', message: 'Disbursing a loan needs its repayment method and date (amount, rate and term come from the approval)', error: fail('application.move_needs_loan', { to: req.to }) } };
  }
  return { ok: true, transition };
}
