// Why a request is left out, judged on the final schedule (so the verifier can check each claim).
import type { Board } from './board.ts';
import type { UnscheduledReason } from './types.ts';

export interface Why {
  reason: UnscheduledReason;
  /** The fully booked side (slots_exhausted). */
  participant?: number;
}

function fullyBooked(board: Board, p: number): boolean {
  for (let s = 0; s < board.model.slotCount; s++) if (board.canAttend(p, s) && board.meetingOf(p, s) === -1) return false;
  return true;
}

export function whyUnscheduled(board: Board, r: number): Why {
  const { model } = board;
  const u = model.enterpriseOf[r]!;
  const v = model.investorOf[r]!;
  const common: number[] = [];
  for (let s = 0; s < model.slotCount; s++) if (board.canAttend(u, s) && board.canAttend(v, s)) common.push(s);
  if (common.length === 0) return { reason: 'participant_unavailable' };
  // A common slot with both sides free can only be refused for want of a table.
  if (common.some((s) => board.meetingOf(u, s) === -1 && board.meetingOf(v, s) === -1)) return { reason: 'tables_full' };
  for (const p of [u, v]) if (fullyBooked(board, p)) return { reason: 'slots_exhausted', participant: p };
  const w = model.weight[r]!;
  const outranked = common.every((s) => [board.meetingOf(u, s), board.meetingOf(v, s)].some((m) => m !== -1 && model.weight[m]! > w));
  return { reason: outranked ? 'lower_priority' : 'no_common_free_slot' };
}
