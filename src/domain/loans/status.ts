// The loan's life as one table: every allowed change of status, who makes it and what it needs.
// A loan is made live by the institution's disbursement; the platform closes it when repayments
// pay it off or recoveries cover a default; the institution declares default and writes off.
// Anything not in the table is refused with the reason (409), whoever asks.
import { type DomainError, fail } from '../shared/errors.ts';

import { LOAN_STATUSES, type LoanStatus } from '../../../shared/workflow.ts';

export { LOAN_STATUSES, type LoanStatus } from '../../../shared/workflow.ts';

export type LoanMover = 'institution' | 'platform';

/** What a change needs: loan terms, the position paid off, the exposure recovered, a reason or a comment. */
export type LoanRequirement = 'terms' | 'paid_off' | 'recovered' | 'reason' | 'comment';

export interface LoanTransition {
  /** null: the loan is made (disbursement). */
  from: LoanStatus | null;
  to: LoanStatus;
  by: LoanMover;
  needs: readonly LoanRequirement[];
}

const t = (from: LoanStatus | null, to: LoanStatus, by: LoanMover, needs: LoanRequirement[]): LoanTransition => ({ from, to, by, needs });

export const LOAN_TRANSITIONS: readonly LoanTransition[] = [
  t(null, 'live', 'institution', ['terms']),
  t('live', 'closed', 'platform', ['paid_off']),
  t('live', 'defaulted', 'institution', ['reason']),
  t('defaulted', 'closed', 'platform', ['recovered']),
  t('defaulted', 'written_off', 'institution', ['comment']),
];

export const isLoanStatus = (s: string): s is LoanStatus => (LOAN_STATUSES as readonly string[]).includes(s);

export interface LoanMoveRequest {
  from: LoanStatus | null;
  to: LoanStatus;
  by: LoanMover;
  hasTerms?: boolean;
  paidOff?: boolean;
  recoveredInFull?: boolean;
  reason?: string | null;
  comment?: string | null;
}

const NEED_MESSAGES: Record<LoanRequirement, string> = {
  terms: 'needs its terms (amount, rate, term, method, date)',
  paid_off: 'needs every instalment paid',
  recovered: 'needs the whole default exposure recovered',
  reason: 'needs a reason',
  comment: 'needs a comment',
};

const present = (need: LoanRequirement, r: LoanMoveRequest) =>
  need === 'terms' ? !!r.hasTerms : need === 'paid_off' ? !!r.paidOff : need === 'recovered' ? !!r.recoveredInFull : need === 'reason' ? !!r.reason?.trim() : !!r.comment?.trim();

const named = (s: LoanStatus | null) => s ?? 'not made';

/** The change a request makes, or why it is refused. */
export function checkLoanMove(r: LoanMoveRequest): { ok: true; transition: LoanTransition } | { ok: false; message: string; refusal: DomainError } {
  const candidates = LOAN_TRANSITIONS.filter((tr) => tr.from === r.from && tr.to === r.to);
  if (!candidates.length) {
    const next = LOAN_TRANSITIONS.filter((tr) => tr.from === r.from).map((tr) => tr.to);
    const refusal = next.length ? fail('loan.illegal_move', { from: named(r.from), to: r.to, allowed: next }) : fail('loan.final_status', { from: named(r.from), to: r.to });
    return { ok: false, message: `A loan cannot go from ${named(r.from)} to ${r.to}; ${next.length ? `from ${named(r.from)} it can go to ${next.join(', ')}` : `${named(r.from)} is final`}`, refusal };
  }
  const transition = candidates.find((tr) => tr.by === r.by);
  if (!transition) {
    const refusal = fail('loan.wrong_mover', { from: named(r.from), to: r.to, mover: candidates[0]!.by, by: r.by });
    return { ok: false, message: refusal.message, refusal };
  }
  const missing = transition.needs.find((need) => !present(need, r));
  if (missing) return { ok: false, message: `A loan going from ${named(r.from)} to ${r.to} ${NEED_MESSAGES[missing]}`, refusal: fail(`loan.move_needs_${missing}`, { from: named(r.from), to: r.to }) };
  return { ok: true, transition };
}
