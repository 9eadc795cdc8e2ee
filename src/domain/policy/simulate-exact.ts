// Exact integer arithmetic on JavaScript numbers, for the simulator's hot loop. The full engine
// works in bigint; a million loans in bigint cost too much, so the simulator keeps fen in doubles
// and uses only operations that are provably exact on them, falling back to bigint where a value
// could leave that range. Every fen amount is an integer; the argument for each step:
//
//   • An integer of magnitude ≤ 2^53 is represented exactly by a double.
//   • a × b for integers a, b ≥ 0: the double product is the exact product rounded; rounding is
//     monotonic and 2^52 is representable, so when the computed product is ≤ EXACT_LIMIT (2^52)
//     the exact product is ≤ 2^52 + ½ (hence ≤ 2^52, being an integer) and the computed one is it.
//     `exactProduct` returns NaN otherwise, and the caller takes its bigint path.
//   • floor(a / b) for 0 ≤ a ≤ 2^52 and 1 ≤ b ≤ 2^52: the double quotient is a/b correctly rounded.
//     When a/b is not an integer it is at least 1/b from the nearest integer k, while half the
//     spacing of doubles near k is at most k · 2^-53, below 1/b since k · b < a + b ≤ 2^53 — so a/b
//     cannot round onto k, and Math.floor of the quotient is floor(a/b). As a second guard the
//     remainder r = a − q·b is computed (exactly: q·b ≤ a + b ≤ 2^53, and the difference of two
//     integers below 2^53 is exact) and q corrected by one step if it is off.
//   • a + b for 0 ≤ a, b ≤ 2^52 is < 2^53: exact. Sums over many values (`FenSums`) move into a
//     bigint whenever a running double passes 2^52, so no sum of any length is ever rounded.

/** The bound below which the simulator's doubles hold fen exactly, with room for one more addition. */
export const EXACT_LIMIT = 2 ** 52;

/** a × b when the product is at most EXACT_LIMIT (then exact); NaN when it may not be. Operands are non-negative integers. */
export function exactProduct(a: number, b: number): number {
  const p = a * b;
  return p <= EXACT_LIMIT ? p : NaN;
}

/** floor(a / b) exactly, for integers 0 ≤ a ≤ EXACT_LIMIT and 1 ≤ b ≤ EXACT_LIMIT. */
export function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  const r = a - q * b;
  if (r < 0) q -= 1;
  else if (r >= b) q += 1;
  return q;
}

/** a mod b for the same operands as floorDiv (the remainder of its quotient). */
export const floorMod = (a: number, b: number): number => a - floorDiv(a, b) * b;

/** A bigint as a double when it is at most EXACT_LIMIT (exact), else NaN. */
export const smallOf = (v: bigint): number => (v >= 0n && v <= BigInt(EXACT_LIMIT) ? Number(v) : NaN);

/**
 * Per-group sums of fen with no rounding: a double per group while it stays ≤ 2^52, spilled into
 * a bigint when an addition would pass it. Each added value must be an integer in [0, 2^52].
 */
export class FenSums {
  private readonly small: Float64Array;
  private readonly spilled = new Map<number, bigint>();

  constructor(readonly groups: number) {
    this.small = new Float64Array(groups);
  }

  add(group: number, fen: number): void {
    const sum = this.small[group]! + fen; // both ≤ 2^52: exact
    if (sum > EXACT_LIMIT) {
      this.spilled.set(group, (this.spilled.get(group) ?? 0n) + BigInt(sum));
      this.small[group] = 0;
    } else {
      this.small[group] = sum;
    }
  }

  get(group: number): bigint {
    return BigInt(this.small[group]!) + (this.spilled.get(group) ?? 0n);
  }

  /** True when the group's sum is non-zero. */
  any(group: number): boolean {
    return this.small[group]! > 0 || this.spilled.has(group);
  }
}
