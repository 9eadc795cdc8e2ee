// When slots, tables or availability are short: requests go in by priority (the harder-placed
// first among equals), each directly or after one Kempe swap; then exchanges — a left-out request
// takes a slot from the meetings in its way (or from a table holder), those try to go elsewhere,
// the sides they free try their own left-out requests, and the exchange stays only if the priority
// weight scheduled grows. A heuristic: with unavailability the problem holds list edge colouring
// (NP-complete even on bipartite graphs). Without it an exact method exists — a maximum-weight
// subgraph of degree ≤ slots and at most slots × tables edges (a flow), then König and evening out —
// which this does not implement yet.
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
  // Each participant's requests, most important first (order is by priority).
  const requestsOf: number[][] = Array.from({ length: model.participantCount }, () => []);
  for (const r of order) {
    requestsOf[model.enterpriseOf[r]!]!.push(r);
    requestsOf[model.investorOf[r]!]!.push(r);
  }
  for (let pass = 0; pass < EXCHANGE_PASSES; pass++) {
    let gained = false;
    for (const r of order) if (board.slotOf[r] === -1 && exchange(board, r, requestsOf)) gained = true;
    if (!gained) break;
  }
  return board;
}

/** Table holders tried per slot when the tables are full: the lightest few of the slot. */
const TABLE_CANDIDATES = 4;

/** Could meeting m move straight to another slot with a table left? */
function relocatable(board: Board, m: number, s: number): boolean {
  for (let t = 0; t < board.model.slotCount; t++) if (t !== s && board.load[t]! < board.capacity && board.bothFree(m, t)) return true;
  return false;
}

/**
 * What r would displace in slot s: its sides' meetings there, and (when the tables are full) one
 * more of the slot — any that can move straight elsewhere, else one of the lightest; null when
 * that means displacing a more important meeting of r's sides.
 */
function displacements(board: Board, r: number, s: number): number[][] | null {
  const { model } = board;
  const w = model.weight[r]!;
  const sides: number[] = [];
  for (const p of [model.enterpriseOf[r]!, model.investorOf[r]!]) {
    const m = board.meetingOf(p, s);
    if (m === -1) continue;
    if (model.weight[m]! > w) return null; // never displace a more important meeting
    sides.push(m);
  }
  if (board.load[s]! - sides.length < board.capacity) return [sides];
  let room = false;
  for (let t = 0; t < model.slotCount; t++) if (t !== s && board.load[t]! < board.capacity) room = true;
  const movable: number[] = [];
  const light: number[] = [];
  for (const m of board.meetingsIn(s)) {
    if (sides.includes(m)) continue;
    if (room && relocatable(board, m, s)) movable.push(m);
    else if (model.weight[m]! <= w) light.push(m);
  }
  light.sort((a, b) => model.weight[a]! - model.weight[b]! || a - b);
  return [...movable.slice(0, 1), ...light.slice(0, TABLE_CANDIDATES)].map((m) => [...sides, m]);
}

/** Tries each slot r's sides can attend; keeps the first exchange that schedules more weight. */
function exchange(board: Board, r: number, requestsOf: number[][]): boolean {
  const { model } = board;
  const u = model.enterpriseOf[r]!;
  const v = model.investorOf[r]!;
  for (let s = 0; s < model.slotCount; s++) {
    if (!board.canAttend(u, s) || !board.canAttend(v, s)) continue;
    for (const blockers of displacements(board, r, s) ?? []) {
      if (blockers.length === 0) {
        board.move(r, s); // room appeared since r was tried (an earlier exchange moved meetings)
        return true;
      }
      if (tryDisplacing(board, r, s, blockers, requestsOf)) return true;
    }
  }
  return false;
}

/**
 * r takes slot s from the blockers, which try to go elsewhere; a displaced meeting frees its sides
 * in s, so their left-out requests try a free slot too. Undone unless the weight grows.
 */
function tryDisplacing(board: Board, r: number, s: number, blockers: number[], requestsOf: number[][]): boolean {
  const { weight, enterpriseOf, investorOf } = board.model;
  board.begin();
  for (const m of blockers) board.move(m, -1);
  board.move(r, s);
  let balance = weight[r]!;
  for (const m of [...blockers].sort((a, b) => weight[b]! - weight[a]!)) if (!board.place(m)) balance -= weight[m]!;
  for (const m of blockers) {
    for (const p of [enterpriseOf[m]!, investorOf[m]!]) {
      for (const q of requestsOf[p]!) if (board.slotOf[q] === -1 && q !== r && board.placeDirect(q)) balance += weight[q]!;
    }
  }
  if (balance > 0) {
    board.keep();
    return true;
  }
  board.rollback();
  return false;
}
