// What the pool console offers whom, pure for the pages and tests: the claim moves of the viewer's
// side from the shared transition table (the server enforces the same table), what a move sends,
// and a file read as the base64 the document route takes.
import { poolClaimMovesFrom, type PoolClaim, type PoolClaimMoveInput, type PoolClaimMover, type PoolClaimTransition, type PoolConsole } from '../../api/pools';
import { parseYuanToFen } from '../../lib/money';

/** The viewer's side of a claim: the park's administrators, the claiming partner, or none (a contributor). */
export function moverOf(viewer: PoolConsole['viewer'], claim: Pick<PoolClaim, 'partner'>): PoolClaimMover | null {
  if (viewer.role === 'administrator') return 'administrator';
  return viewer.role === 'partner' && viewer.partnerId === claim.partner.id ? 'partner' : null;
}

/** The moves the viewer may offer on a claim now. */
export function movesFor(viewer: PoolConsole['viewer'], claim: Pick<PoolClaim, 'state' | 'partner'>): PoolClaimTransition[] {
  const mover = moverOf(viewer, claim);
  return mover ? poolClaimMovesFrom(claim.state).filter((m) => m.by === mover) : [];
}

/** A move the user should think twice about. */
export const isDangerMove = (m: Pick<PoolClaimTransition, 'to'>) => m.to === 'rejected' || m.to === 'withdrawn';

export interface PoolMoveValues {
  comment?: string;
  reason?: string;
  /** Paying: yuan as typed (empty: the payout approved) and the transfer's reference. */
  amountYuan?: string;
  reference?: string;
}

export function poolMoveInput(claim: Pick<PoolClaim, 'version'>, move: Pick<PoolClaimTransition, 'to' | 'needs'>, v: PoolMoveValues): PoolClaimMoveInput {
  const needs = new Set(move.needs);
  const comment = v.comment?.trim();
  const reason = v.reason?.trim();
  const amountFen = needs.has('payment') && v.amountYuan?.trim() ? parseYuanToFen(v.amountYuan) : null;
  const reference = v.reference?.trim();
  return {
    to: move.to,
    version: claim.version,
    ...(comment ? { comment } : {}),
    ...(needs.has('reason') && reason ? { reason } : {}),
    ...(needs.has('payment') ? { payment: { ...(amountFen !== null ? { amountFen } : {}), ...(reference ? { reference } : {}) } } : {}),
  };
}

/** The bytes of a file as base64 (the document route sniffs the type from them). */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The largest document the route takes (src/services/pools/claims.ts MAX_DOCUMENT_BYTES). */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
export const DOCUMENT_ACCEPT = 'application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg';

/** Whether the viewer has anything to do on the claim: a move, a document to add (not final), a recovery (the partner, paid). */
export function hasClaimActions(viewer: PoolConsole['viewer'], claim: Pick<PoolClaim, 'state' | 'partner'>): boolean {
  const mover = moverOf(viewer, claim);
  if (!mover) return false;
  return movesFor(viewer, claim).length > 0 || !['paid', 'rejected', 'withdrawn'].includes(claim.state) || (claim.state === 'paid' && mover === 'partner');
}
