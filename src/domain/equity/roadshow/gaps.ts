// The secondary objective: few idle slots between a participant's meetings of a day. Two moves,
// each kept only when the total of idle gaps falls and every constraint still holds: swapping two
// whole slots of a day (every meeting of one with every meeting of the other, when everyone can
// attend the other slot), and moving one meeting to a slot free for both sides — with a table left,
// or trading places with a meeting of that slot whose sides are free in the first.
import type { Board } from './board.ts';

const MAX_ROUNDS = 4;

/** Empty slots between participant p's first and last meeting of day d. */
function gapsOf(board: Board, p: number, d: number): number {
  const { dayFrom, dayTo } = board.model;
  let first = -1;
  let last = -1;
  let count = 0;
  for (let s = dayFrom[d]!; s < dayTo[d]!; s++) {
    if (board.meetingOf(p, s) === -1) continue;
    if (first === -1) first = s;
    last = s;
    count++;
  }
  return first === -1 ? 0 : last - first + 1 - count;
}

export function totalGaps(board: Board): number {
  let total = 0;
  for (let p = 0; p < board.model.participantCount; p++) for (let d = 0; d < board.model.dayFrom.length; d++) total += gapsOf(board, p, d);
  return total;
}

/** Improves until neither move helps (or a few rounds have passed). */
export function compactGaps(board: Board): void {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const swapped = swapSlotsWithinDays(board);
    const moved = moveSingleMeetings(board);
    if (!swapped && !moved) return;
  }
}

function canAll(board: Board, meetings: number[], s: number): boolean {
  const { enterpriseOf, investorOf } = board.model;
  return meetings.every((m) => board.canAttend(enterpriseOf[m]!, s) && board.canAttend(investorOf[m]!, s));
}

function dayGapsOfSides(board: Board, meetings: number[], d: number): number {
  const { enterpriseOf, investorOf } = board.model;
  let total = 0;
  for (const m of meetings) total += gapsOf(board, enterpriseOf[m]!, d) + gapsOf(board, investorOf[m]!, d);
  return total;
}

function swapSlotsWithinDays(board: Board): boolean {
  const { dayFrom, dayTo } = board.model;
  let improved = false;
  for (let d = 0; d < dayFrom.length; d++) {
    for (let a = dayFrom[d]!; a < dayTo[d]!; a++) {
      for (let b = a + 1; b < dayTo[d]!; b++) {
        const inA = board.meetingsIn(a);
        const inB = board.meetingsIn(b);
        if (!canAll(board, inA, b) || !canAll(board, inB, a)) continue;
        // Counted over the sides of both slots (a participant in both is counted twice, both times alike).
        const all = [...inA, ...inB];
        const before = dayGapsOfSides(board, all, d);
        board.moveAll(all, [...inA.map(() => b), ...inB.map(() => a)]);
        if (dayGapsOfSides(board, all, d) < before) improved = true;
        else board.moveAll(all, [...inA.map(() => a), ...inB.map(() => b)]);
      }
    }
  }
  return improved;
}

/** Gaps of the sides of the given requests on the given days. */
function sidesGaps(board: Board, requests: number[], days: Set<number>): number {
  const { enterpriseOf, investorOf } = board.model;
  let total = 0;
  for (const d of days) for (const r of requests) total += gapsOf(board, enterpriseOf[r]!, d) + gapsOf(board, investorOf[r]!, d);
  return total;
}

/** Moves r to slot s, or when s has no table left trades places with a meeting of s that fits r's slot. */
function tryMove(board: Board, r: number, s: number): boolean {
  const { slotDay } = board.model;
  const from = board.slotOf[r]!;
  const days = new Set([slotDay[from]!, slotDay[s]!]);
  const partners = board.load[s]! < board.capacity ? [-1] : board.meetingsIn(s);
  for (const q of partners) {
    if (q !== -1 && !trades(board, q, from)) continue;
    const moved = q === -1 ? [r] : [r, q];
    const before = sidesGaps(board, moved, days);
    board.moveAll(moved, q === -1 ? [s] : [s, from]);
    if (sidesGaps(board, moved, days) < before) return true;
    board.moveAll(moved, q === -1 ? [from] : [from, s]);
  }
  return false;
}

/** Could meeting q move to slot s once the meeting there it trades with has left? */
function trades(board: Board, q: number, s: number): boolean {
  const { enterpriseOf, investorOf } = board.model;
  const u = enterpriseOf[q]!;
  const v = investorOf[q]!;
  return board.canAttend(u, s) && board.canAttend(v, s) && board.meetingOf(u, s) === -1 && board.meetingOf(v, s) === -1;
}

function moveSingleMeetings(board: Board): boolean {
  const { model } = board;
  let improved = false;
  for (let r = 0; r < model.enterpriseOf.length; r++) {
    const from = board.slotOf[r]!;
    if (from === -1) continue;
    for (let s = 0; s < model.slotCount; s++) {
      if (s !== from && board.bothFree(r, s) && tryMove(board, r, s)) {
        improved = true;
        break;
      }
    }
  }
  return improved;
}
