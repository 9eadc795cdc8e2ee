// Seeded draws used in training: the stratified validation split and per-tree row/column samples.
import type { Random } from '../../demo/random.ts';

/** Splits rows so each class contributes the same fraction to the held-back part. */
export function stratifiedSplit(labels: Uint8Array, fraction: number, random: Random): { fit: Int32Array; held: Int32Array } {
  const fit: number[] = [];
  const held: number[] = [];
  for (const cls of [0, 1]) {
    const rows: number[] = [];
    for (let r = 0; r < labels.length; r++) if (labels[r] === cls) rows.push(r);
    shuffle(rows, random);
    const take = Math.round(rows.length * fraction);
    held.push(...rows.slice(0, take));
    fit.push(...rows.slice(take));
  }
  return { fit: Int32Array.from(fit.sort((a, b) => a - b)), held: Int32Array.from(held.sort((a, b) => a - b)) };
}

function shuffle(items: number[], random: Random): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    const t = items[i]!;
    items[i] = items[j]!;
    items[j] = t;
  }
}

/**
 * Draws `count` of 0..n-1 without replacement into `out` (partial Fisher–Yates over `pool`, which
 * holds a permutation of 0..n-1 and is left permuted), then sorts them so later scans stay in order.
 */
export function sampleInto(pool: Int32Array, count: number, random: Random, out: Int32Array): void {
  const n = pool.length;
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random.next() * (n - i));
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  out.set(pool.subarray(0, count));
  out.subarray(0, count).sort();
}

export function identity(n: number): Int32Array {
  return Int32Array.from({ length: n }, (_, i) => i);
}
