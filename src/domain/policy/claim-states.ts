// A subsidy claim's life as one table: every allowed move, who makes it and what it needs. Any
// move not in the table is refused (409 with the states it could go to), whoever asks.
//
// Who moves: the enterprise (objects, confirms its receiving account), the park that owns the
// programme (publishes, decides objections, approves, rejects, pays, claws back) and the platform
// itself (the daily sweep forfeits claims not confirmed by their deadline; a surrendered policy claws
// back what its programme's rule says).
import { fail, type DomainError } from '../shared/errors.ts';
import { claimMovesFrom, SUBSIDY_CLAIM_STATES, type ClaimMover, type ClaimNeed, type ClaimTransition, type SubsidyClaimState } from '../../../shared/policy.ts';

// The table itself is in shared/ so that the web offers exactly the moves the server allows.
export { CLAIM_TRANSITIONS, claimMovesFrom, SUBSIDY_CLAIM_STATES, type ClaimMover, type ClaimNeed, type ClaimTransition, type SubsidyClaimState } from '../../../shared/policy.ts';

export const isClaimState = (s: string): s is SubsidyClaimState => (SUBSIDY_CLAIM_STATES as readonly string[]).includes(s);

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
