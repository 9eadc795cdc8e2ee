// Small numeric helpers shared by the demo profile generators.
import type { Random } from './random.ts';

export const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/** Linear between the range's ends; t is usually a quality in 0..1 and is clamped. */
export function lerp([low, high]: readonly [number, number], t: number): number {
  return low + (high - low) * clamp(t, 0, 1);
}

/** Knuth's method; fine for the small rates used here (capped at 60). */
export function poisson(rng: Random, rate: number): number {
  const limit = Math.exp(-Math.min(Math.max(rate, 0), 60));
  let count = 0;
  for (let p = rng.next(); p > limit; p *= rng.next()) count++;
  return count;
}
