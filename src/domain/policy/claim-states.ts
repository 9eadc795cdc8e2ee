// A subsidy claim's life as one table: every allowed move, who makes it and what it needs. Any
// move not in the table is refused (409 with the states it could go to), whoever asks.
//
// Who moves: the enterprise (objects, confirms its receiving account), the park that owns the
// programme (publishes, decides objections, approves, rejects, pays, claws back) and the platform
// itself (the daily sweep forfeits claims not confirmed by their deadline; a surrendered policy claws
// back what its programme's rule says).
import { fail, type DomainError } from '../shared/errors.ts';
import { SUBSIDY_CLAIM_STATES, type SubsidyClaimState } from '../../../shared/policy.ts';

export { SUBSIDY_CLAIM_STATES, type SubsidyClaimState } from '../../../shared/policy.ts';

export type ClaimMover = 'enterprise' | 'park' | 'platform';
/** What a move needs: a comment, a reason code, the receiving account, a payment reference. */
export type ClaimNeed = 'comment' | 'reason' | 'account' | 'payment';

export interface ClaimTransition {
  from: SubsidyClaimState;
  to: SubsidyClaimState;
  by: ClaimMover;
  needs: readonly ClaimNeed[];
}

const t = (from: SubsidyClaimState, to: SubsidyClaimState, by: ClaimMover, needs: ClaimNeed[] = []): ClaimTransition => ({ from, to, by, needs });

export const CLAIM_TRANSITIONS: readonly ClaimTransition[] = [
  t('computed', 'published', 'park'),
  t('published', 'objected', 'enterprise', ['comment']),
  t('published', 'confirmed', 'enterprise', ['account']),
  t('published', 'forfeited', 'platform'), // the confirmation deadline passed
  // The park decides an objection: dismissed (published again, the deadline unchanged) or upheld
  // (back to computed, so the next run recomputes it).
  t('objected', 'published', 'park', ['comment']),
  t('objected', 'computed', 'park', ['comment']),
  t('confirmed', 'approved', 'park'),
  t('confirmed', 'rejected', 'park', ['reason']),
  t('approved', 'paid', 'park', ['payment']),
  t('paid', 'clawed_back', 'park', ['reason']),
  // A rule claws back: a surrendered policy (the programme's clawback rule gives the amount).
  t('paid', 'clawed_back', 'platform', ['reason']),
];

export const isClaimState = (s: string): s is SubsidyClaimState => (SUBSIDY_CLAIM_STATES as readonly string[]).includes(s);

/** Where a claim can go next, and by whom. */
export const claimMovesFrom = (from: SubsidyClaimState) => CLAIM_TRANSITIONS.filter((tr) => tr.from === from);

export interface ClaimMoveRequest {
  from: SubsidyClaimState;
  to: SubsidyClaimState;
  by: ClaimMover;
  has: Partial<Record<ClaimNeed, boolean>>;
}

export type ClaimRefusal = { kind: 'illegal'; allowed: SubsidyClaimState[]; error: DomainError } | { kind: 'wrong_mover'; error: DomainError } | { kind: 'missing'; field: ClaimNeed; error: DomainError };

/** The transition a request makes, or why it is refused. */
export function checkClaimMove(req: ClaimMoveRequest): { ok: true; transition: ClaimTransition } | { ok: false; refusal: ClaimRefusal } {
  const candidates = claimMovesFrom(req.from).filter((tr) => tr.to === req.to);
  if (!candidates.length) {
    const allowed = [...new Set(claimMovesFrom(req.from).map((tr) => tr.to))];
    const error = allowed.length ? fail('claim.illegal_move', { from: req.from, to: req.to, allowed }) : fail('claim.final_state', { from: req.from, to: req.to });
    return { ok: false, refusal: { kind: 'illegal', allowed, error } };
  }
  const transition = candidates.find((tr) => tr.by === req.by);
  if (!transition) return { ok: false, refusal: { kind: 'wrong_mover', error: fail('claim.wrong_mover', { from: req.from, to: req.to, by: candidates[0]!.by }) } };
  const missing = transition.needs.find((n) => !req.has[n]);
  if (missing) return { ok: false, refusal: { kind: 'missing', field: missing, error: fail('claim.move_needs', { to: req.to, field: missing }) } };
  return { ok: true, transition };
}
