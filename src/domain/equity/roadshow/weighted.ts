// When slots, tables or availability are short: requests go in by priority (the harder-placed
// first among equals), each directly or after one Kempe swap; then exchanges — a left-out request
// takes a slot from the meetings in its way, those try to go elsewhere, and the exchange stays only
// if the priority weight scheduled grows. A heuristic: the weighted problem is NP-hard in general.
import { Board } from './board.ts';
import type { Model } from './model.ts';

const EXCHANGE_PASSES = 3;

/** Requests by priority, then the busier participant first, then as listed. */
export function placementOrder(model: Model): number[] {
  const degree = new Int32Array(model.participantCount);
  const n = model.enterpriseOf.length;
  for (let r = 0; r < n; r++) {
    degree[model.enterpriseOf[r]!]!++;
    degree[model.investorOf[r]!]!++;
  }
  const busy = (r: number) => Math.max(degree[model.enterpriseOf[r]!]!, degree[model.investorOf[r]!]!);
  return Array.from({ length: n }, (_, r) => r).sort((a, b) => model.weight[b]! - model.weight[a]! || busy(b) - busy(a) || a - b);
}

export function scheduleWeighted(model: Model, order: readonly number[]): Board {
  const board = new Board(model, model.tableCount);
  for (const r of order) board.place(r);
  for (let pass = 0; pass < EXCHANGE_PASSES; pass++) {
    let gained = false;
    for (const r of order) if (board.slotOf[r] === -1 && exchange(board, r)) gained = true;
    if (!gained) break;
  }
  return board;
}

/** The meetings r would displace in slot s: its sides' meetings there, and the lightest other if the tables are full. */
function blockersIn(board: Board, r: number, s: number): number[] | null {
  const { model } = board;
  const w = model.weight[r]!;
  const blockers: number[] = [];
  for (const p of [model.enterpriseOf[r]!, model.investorOf[r]!]) {
    const m = board.meetingOf(p, s);
    if (m === -1) continue;
    if (model.weight[m]! > w) return null; // never displace a more important meeting
    blockers.push(m);
  }
  if (board.load[s]! - blockers.length >= board.capacity) {
    let lightest = -1;
    for (let p = 0; p < model.enterpriseCount; p++) {
      const m = board.meetingOf(p, s);
      if (m !== -1 && !blockers.includes(m) && (lightest === -1 || model.weight[m]! < model.weight[lightest]!)) lightest = m;
    }
    if (lightest === -1 || model.weight[lightest]! > w) return null;
    blockers.push(lightest);
  }
  return blockers;
}

/** Tries each slot r's sides can attend; keeps the first exchange that schedules more weight. */
function exchange(board: Board, r: number): boolean {
  const { model } = board;
  const u = model.enterpriseOf[r]!;
  const v = model.investorOf[r]!;
  for (let s = 0; s < model.slotCount; s++) {
    if (!board.canAttend(u, s) || !board.canAttend(v, s)) continue;
    const blockers = blockersIn(board, r, s);
    if (!blockers) continue;
    if (blockers.length === 0) {
      board.move(r, s); // room appeared since r was tried (an earlier exchange moved meetings)
      return true;
    }
    board.begin();
    for (const m of blockers) board.move(m, -1);
    board.move(r, s);
    let lost = 0;
    for (const m of blockers.sort((a, b) => model.weight[b]! - model.weight[a]!)) if (!board.place(m)) lost += model.weight[m]!;
    if (model.weight[r]! > lost) {
      board.keep();
      return true;
    }
    board.rollback();
  }
  return false;
}
