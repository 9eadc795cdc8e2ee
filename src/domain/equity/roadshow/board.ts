// The schedule being built: each request's slot, each participant's meeting in each slot, and
// the meetings per slot, with an undo journal so an exchange that does not pay can be taken back.
// Slots are the colours of a bipartite edge colouring (enterprises × investors, one edge per
// request); a participant meets at most once per slot, a slot holds at most `capacity` meetings.
import type { Model } from './model.ts';

export class Board {
  readonly slotOf: Int32Array;
  /** at[p * slotCount + s]: the request participant p meets in slot s, or -1. */
  readonly at: Int32Array;
  readonly load: Int32Array;
  private readonly journal: number[] = [];
  private recording = false;

  constructor(
    readonly model: Model,
    /** Meetings a slot may hold (the tables; unbounded while colouring without them). */
    public capacity: number,
  ) {
    this.slotOf = new Int32Array(model.enterpriseOf.length).fill(-1);
    this.at = new Int32Array(model.participantCount * model.slotCount).fill(-1);
    this.load = new Int32Array(model.slotCount);
  }

  meetingOf(p: number, s: number): number {
    return this.at[p * this.model.slotCount + s]!;
  }

  /** The meetings of slot s (found through the smaller side: each meeting has one of each). */
  meetingsIn(s: number): number[] {
    const { enterpriseCount, participantCount } = this.model;
    const [from, to] = enterpriseCount <= participantCount - enterpriseCount ? [0, enterpriseCount] : [enterpriseCount, participantCount];
    const out: number[] = [];
    for (let p = from; p < to; p++) {
      const m = this.meetingOf(p, s);
      if (m !== -1) out.push(m);
    }
    return out;
  }

  canAttend(p: number, s: number): boolean {
    return this.model.blocked[p * this.model.slotCount + s] === 0;
  }

  /** Both sides can attend slot s and neither meets anyone in it. */
  bothFree(r: number, s: number): boolean {
    const u = this.model.enterpriseOf[r]!;
    const v = this.model.investorOf[r]!;
    return this.canAttend(u, s) && this.canAttend(v, s) && this.meetingOf(u, s) === -1 && this.meetingOf(v, s) === -1;
  }

  /** Puts request r in slot s (-1 takes it out); the caller has checked s is free for both sides. */
  move(r: number, s: number): void {
    const S = this.model.slotCount;
    const u = this.model.enterpriseOf[r]!;
    const v = this.model.investorOf[r]!;
    const old = this.slotOf[r]!;
    if (old === s) return;
    if (this.recording) this.journal.push(r, old);
    if (old >= 0) {
      this.at[u * S + old] = -1;
      this.at[v * S + old] = -1;
      this.load[old]!--;
    }
    if (s >= 0) {
      this.at[u * S + s] = r;
      this.at[v * S + s] = r;
      this.load[s]!++;
    }
    this.slotOf[r] = s;
  }

  /** Moves several requests at once (their old slots are vacated first, so they may trade places). */
  moveAll(requests: readonly number[], slots: readonly number[]): void {
    for (const r of requests) this.move(r, -1);
    requests.forEach((r, i) => this.move(r, slots[i]!));
  }

  /** Starts recording moves; `rollback` undoes back to here, `keep` forgets the record. */
  begin(): void {
    this.recording = true;
    this.journal.length = 0;
  }

  rollback(): void {
    this.recording = false;
    const j = this.journal;
    // Each request's slot before its first recorded move; all are taken out, then put back, so no
    // two requests meet halfway.
    const original = new Map<number, number>();
    for (let i = 0; i < j.length; i += 2) if (!original.has(j[i]!)) original.set(j[i]!, j[i + 1]!);
    for (const r of original.keys()) this.move(r, -1);
    for (const [r, s] of original) if (s >= 0) this.move(r, s);
    j.length = 0;
  }

  keep(): void {
    this.recording = false;
    this.journal.length = 0;
  }

  /** Places r in the first slot free for both sides with a table left. */
  placeDirect(r: number): boolean {
    for (let s = 0; s < this.model.slotCount; s++) {
      if (this.load[s]! < this.capacity && this.bothFree(r, s)) {
        this.move(r, s);
        return true;
      }
    }
    return false;
  }

  /** Places r directly, or after swapping one alternating (Kempe) path of two slots. */
  place(r: number): boolean {
    return this.placeDirect(r) || this.placeBySwap(r);
  }

  private placeBySwap(r: number): boolean {
    const S = this.model.slotCount;
    const u = this.model.enterpriseOf[r]!;
    const v = this.model.investorOf[r]!;
    // A swap and r together add one meeting to one of the two slots: no room anywhere, no swap.
    if (this.load.every((n) => n >= this.capacity)) return false;
    for (let a = 0; a < S; a++) {
      if (this.meetingOf(u, a) !== -1 || !this.canAttend(u, a) || !this.canAttend(v, a)) continue;
      for (let b = 0; b < S; b++) {
        if (b === a || this.meetingOf(v, b) !== -1 || !this.canAttend(v, b)) continue;
        if (this.load[a]! >= this.capacity && this.load[b]! >= this.capacity) continue;
        // u is free in a, v in b: free v of a by swapping a/b along the path from v, then r takes a.
        if (this.swapAndPlace(r, v, a, b)) return true;
        // Or free u of b along the path from u, and r takes b (when u can attend b).
        if (this.canAttend(u, b) && this.swapAndPlace(r, u, b, a)) return true;
      }
    }
    return false;
  }

  /**
   * The path from `start` (free in `other`) along edges of slot `first`, then `other`, alternately;
   * swapping its slots leaves `start` free in `first`. Bipartite, so it never reaches r's other side.
   */
  private swapAndPlace(r: number, start: number, first: number, other: number): boolean {
    const path = this.alternatingPath(start, first, other);
    const target: number[] = [];
    for (let i = 0; i < path.length; i++) {
      const to = i % 2 === 0 ? other : first;
      const e = path[i]!;
      if (!this.canAttend(this.model.enterpriseOf[e]!, to) || !this.canAttend(this.model.investorOf[e]!, to)) return false;
      target.push(to);
    }
    // An odd path moves one meeting from `first` to `other`; an even one leaves the counts.
    const odd = path.length % 2 === 1;
    if (odd ? this.load[other]! + 1 > this.capacity : this.load[first]! + 1 > this.capacity) return false;
    this.moveAll(path, target);
    this.move(r, first);
    return true;
  }

  /** Requests along the path from x taking slot c1's edge, then c2's, and so on. */
  alternatingPath(x: number, c1: number, c2: number): number[] {
    const path: number[] = [];
    let at = x;
    let c = c1;
    for (;;) {
      const e = this.meetingOf(at, c);
      if (e === -1) return path;
      path.push(e);
      const u = this.model.enterpriseOf[e]!;
      at = u === at ? this.model.investorOf[e]! : u;
      c = c === c1 ? c2 : c1;
    }
  }
}
