// König's theorem: a bipartite graph's edges can be coloured with Δ colours (its largest degree),
// so when every participant can attend every slot and there are at least Δ slots, every request
// gets a slot. Each edge takes a colour free at both ends, or — when the colours free at its two
// ends differ — one alternating (Kempe) path is swapped first; O(E·V) in all. The colour classes are
// then evened out (de Werra: a bipartite colouring can be made equitable) so no slot needs more
// tables than ⌈E / slots⌉.
import { Board } from './board.ts';
import type { Model } from './model.ts';

/** Every request in a slot, ignoring tables; null when some request found none (slots short or blocked). */
export function colourAll(model: Model, order: readonly number[]): Board | null {
  const board = new Board(model, Number.POSITIVE_INFINITY);
  for (const r of order) if (!board.place(r)) return null;
  return board;
}

/**
 * Evens out the meetings per slot: while slot i holds at least two more than slot j, the edges of
 * i and j form paths and even cycles, and some path has one more i-edge than j-edges; swapping it
 * moves one meeting from i to j. Gives up on a pair only when availability forbids every such path.
 */
export function balanceSlots(board: Board): void {
  const S = board.model.slotCount;
  for (;;) {
    let i = 0;
    let j = 0;
    for (let s = 1; s < S; s++) {
      if (board.load[s]! > board.load[i]!) i = s;
      if (board.load[s]! < board.load[j]!) j = s;
    }
    if (board.load[i]! - board.load[j]! <= 1 || !swapOnePath(board, i, j)) return;
  }
}

function swapOnePath(board: Board, i: number, j: number): boolean {
  const { model } = board;
  for (let p = 0; p < model.participantCount; p++) {
    if (board.meetingOf(p, i) === -1 || board.meetingOf(p, j) !== -1) continue;
    const path = board.alternatingPath(p, i, j);
    if (path.length % 2 === 0) continue; // starts and ends in different slots: no gain
    const target = path.map((_, k) => (k % 2 === 0 ? j : i));
    const allowed = path.every((e, k) => board.canAttend(model.enterpriseOf[e]!, target[k]!) && board.canAttend(model.investorOf[e]!, target[k]!));
    if (!allowed) continue;
    board.moveAll(path, target);
    return true;
  }
  return false;
}
