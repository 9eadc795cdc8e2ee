// A pool claim's life as one table: every allowed move, who makes it and what it needs. Any move
// not in the table is refused with a code, whoever asks.
//
// A partner institution files a claim once a registered loan is overdue MORE than the pool's days
// and a court has accepted the lawsuit; the park administrator then takes it through three review
// steps, each with a deadline in working days and the documents it needs:
//   filed (filing step) → under_review (review step) → awaiting_approval (approval step) → approved → paid.
// The administrator may reject a claim in any step (with a reason) or return it for documents in
// the filing or review step (with a comment saying what is missing); the partner resubmits a
// returned claim, which starts again at filing, or withdraws. Paid, rejected and withdrawn are final.
import type { WorkingCalendar } from '../calendar/calendar.ts';
import { dayNumberOf } from '../calendar/days.ts';
import { fail, invalidFields, problem, type DomainError } from '../shared/errors.ts';
import type { RegisteredLoan } from './pool-coverage.ts';
import { paymentRefusal } from './pool-payout.ts';
import { poolReason, type ClaimDocument, type Pool, type PoolReason, type ReviewStep } from './pool.ts';
import { poolClaimMovesFrom, type PoolClaimMover, type PoolClaimNeed, type PoolClaimState, type PoolClaimTransition } from '../../../shared/pools.ts';

// The table itself is in shared/ so that the web offers exactly the moves the server allows.
export { POOL_CLAIM_STATES, POOL_CLAIM_TRANSITIONS, type PoolClaimMover, type PoolClaimNeed, type PoolClaimState, type PoolClaimTransition } from '../../../shared/pools.ts';

export const FINAL_CLAIM_STATES: readonly PoolClaimState[] = ['paid', 'rejected', 'withdrawn'];

/** The review step a claim in `state` is in (the administrator's clock runs), or null (returned: the partner's turn; final). */
export function reviewStepOf(state: PoolClaimState): ReviewStep | null {
  return state === 'filed' ? 'filing' : state === 'under_review' ? 'review' : state === 'awaiting_approval' ? 'approval' : null;
}

export interface PoolClaimMoveRequest {
  pool: Pool;
  from: PoolClaimState;
  to: PoolClaimState;
  by: PoolClaimMover;
  reason?: string | null;
  comment?: string | null;
  /** Every document provided for the claim so far. */
  documents?: readonly ClaimDocument[];
  /** For paying: the amount, the payout approved and the pool's balance. */
  payment?: { amountFen: bigint; approvedFen: bigint; balanceFen: bigint };
}

export type PoolClaimRefusal =
  | { kind: 'illegal'; allowed: PoolClaimState[]; error: DomainError }
  | { kind: 'wrong_mover'; error: DomainError }
  | { kind: 'missing'; need: PoolClaimNeed; missing?: ClaimDocument[]; error: DomainError };

export const claimMovesFrom = poolClaimMovesFrom;

/** The documents a step needs that are not among those provided, in the pool's order. */
export const missingDocuments = (pool: Pool, step: ReviewStep, provided: readonly ClaimDocument[]): ClaimDocument[] => pool.review[step].documents.filter((d) => !provided.includes(d));

/** The transition a request makes, or why it is refused. */
export function checkClaimMove(req: PoolClaimMoveRequest): { ok: true; transition: PoolClaimTransition } | { ok: false; refusal: PoolClaimRefusal } {
  const transition = claimMovesFrom(req.from).find((tr) => tr.to === req.to);
  if (!transition) {
    const allowed = claimMovesFrom(req.from).map((tr) => tr.to);
    const error = allowed.length ? fail('pool.claim_illegal_move', { from: req.from, to: req.to, allowed }) : fail('pool.claim_final_state', { from: req.from, to: req.to });
    return { ok: false, refusal: { kind: 'illegal', allowed, error } };
  }
  if (transition.by !== req.by) return { ok: false, refusal: { kind: 'wrong_mover', error: fail('pool.claim_wrong_mover', { from: req.from, to: req.to, mover: transition.by }) } };
  for (const need of transition.needs) {
    const missing = needMissing(need, transition, req);
    if (missing) return { ok: false, refusal: missing };
  }
  return { ok: true, transition };
}

function needMissing(need: PoolClaimNeed, tr: PoolClaimTransition, req: PoolClaimMoveRequest): PoolClaimRefusal | null {
  if (need === 'reason' && !req.reason?.trim()) return { kind: 'missing', need, error: fail('pool.claim_needs_reason', { to: tr.to }) };
  if (need === 'comment' && !req.comment?.trim()) return { kind: 'missing', need, error: fail('pool.claim_needs_comment', { to: tr.to }) };
  if (need === 'documents') {
    const missing = missingDocuments(req.pool, tr.step!, req.documents ?? []);
    if (missing.length) return { kind: 'missing', need, missing, error: fail('pool.claim_documents_missing', { step: tr.step!, missing }) };
  }
  if (need === 'payment') {
    if (!req.payment) return { kind: 'missing', need, error: fail('pool.claim_needs_payment', { to: tr.to }) };
    const error = paymentRefusal(req.payment);
    if (error) return { kind: 'missing', need, error };
  }
  return null;
}

export interface ReviewClock {
  step: ReviewStep;
  startedOn: string;
  /** The step's last working day: startedOn + the step's working days. */
  dueOn: string;
  /** Working days from `today` to dueOn; negative once it has passed. */
  workingDaysLeft: number;
  overdue: boolean;
}

/** Where a claim's review clock stands: null when no step runs (returned or final). */
export function reviewClock(pool: Pool, state: PoolClaimState, startedOn: string, today: string, calendar: WorkingCalendar): ReviewClock | null {
  const step = reviewStepOf(state);
  if (step === null) return null;
  const dueOn = calendar.addWorkingDays(startedOn, pool.review[step].workingDays);
  const workingDaysLeft = calendar.workingDaysBetween(today, dueOn);
  return { step, startedOn, dueOn, workingDaysLeft, overdue: today > dueOn };
}

/** What the repository knows of a loan when a partner files a claim on it. */
export interface ClaimFacts {
  loanId: string;
  partnerId: string;
  /** The first day the loan was overdue (the missed due date's next day). */
  overdueSince: string;
  /** The date the court accepted the lawsuit (立案), or null. */
  lawsuitAcceptedOn: string | null;
}

export interface ClaimTrigger {
  met: boolean;
  /** Calendar days from overdueSince to filedOn. */
  overdueDays: number;
  /** Every unmet condition, each a code with parameters: both are named when both are missing. */
  reasons: PoolReason[];
}

/** Whether a claim may be filed on `filedOn`: the loan registered by this partner, overdue MORE than the pool's days, the lawsuit accepted. */
export function claimTrigger(pool: Pool, facts: ClaimFacts, filedOn: string, registered: readonly RegisteredLoan[]): ClaimTrigger {
  const since = dayNumberOf(facts.overdueSince);
  const filed = dayNumberOf(filedOn);
  const accepted = facts.lawsuitAcceptedOn === null ? null : dayNumberOf(facts.lawsuitAcceptedOn);
  const wrong = [since === null && problem('overdueSince', 'field.invalid_date'), filed === null && problem('filedOn', 'field.invalid_date'), accepted === null && facts.lawsuitAcceptedOn !== null && problem('lawsuitAcceptedOn', 'field.invalid_date')];
  const problems = wrong.filter((p) => p !== false);
  if (problems.length) throw invalidFields(problems);
  const reasons: PoolReason[] = [];
  if (!registered.some((l) => l.loanId === facts.loanId && l.partnerId === facts.partnerId)) reasons.push(poolReason('pool.loan_not_registered', { loan: facts.loanId }));
  const overdueDays = Math.max(0, filed! - since!);
  if (overdueDays <= pool.trigger.overdueDaysMoreThan) reasons.push(poolReason('pool.claim_overdue_too_short', { days: overdueDays, required: pool.trigger.overdueDaysMoreThan }));
  if (pool.trigger.requiresLawsuitAccepted && (accepted === null || accepted > filed!)) reasons.push(poolReason('pool.claim_lawsuit_not_accepted'));
  return { met: reasons.length === 0, overdueDays, reasons };
}
