// Synthetic datasets with known answers, for this folder's tests and timing script only.
import { createRandom } from '../../demo/random.ts';
import type { Dataset, Feature } from '../types.ts';

export interface SyntheticSpec {
  rows: number;
  seed: number;
  /** Extra pure-noise numeric columns. */
  noise?: number;
}

/** y = 1 exactly when x > 0.5: one threshold separates the classes. */
export function thresholdData({ rows, seed, noise = 3 }: SyntheticSpec): Dataset {
  const random = createRandom(seed);
  const x = Float64Array.from({ length: rows }, () => random.next());
  const labels = Uint8Array.from(x, (v) => (v > 0.5 ? 1 : 0));
  return { features: [{ kind: 'numeric', name: 'x', values: x }, ...noiseColumns(rows, noise, random.next)], labels, rows };
}

/**
 * Positives are rows with x > 0.7 or x missing. Missing rows (20%) are too few to follow the bigger
 * child by default, so only a learned default direction scores them right.
 */
export function missingSignalData({ rows, seed, noise = 2 }: SyntheticSpec): Dataset {
  const random = createRandom(seed);
  const x = Float64Array.from({ length: rows }, () => (random.next() < 0.2 ? NaN : random.next()));
  const labels = Uint8Array.from(x, (v) => (v !== v || v > 0.7 ? 1 : 0));
  return { features: [{ kind: 'numeric', name: 'x', values: x }, ...noiseColumns(rows, noise, random.next)], labels, rows };
}

/** Mixed data: a categorical driver (some codes missing), a numeric one with gaps, and noise. */
export function mixedData({ rows, seed, noise = 2 }: SyntheticSpec): Dataset {
  const random = createRandom(seed);
  const categories = ['north', 'south', 'east', 'west', 'centre'];
  const effect = [1.5, -1, 0.5, -1.5, 0];
  const codes = Int32Array.from({ length: rows }, () => (random.next() < 0.1 ? -1 : random.int(0, categories.length - 1)));
  const amount = Float64Array.from({ length: rows }, () => (random.next() < 0.15 ? NaN : random.normal()));
  const labels = Uint8Array.from({ length: rows }, (_, r) => {
    const c = codes[r]!;
    const a = amount[r]!;
    const logit = (c >= 0 ? effect[c]! : 1) + (a === a ? 1.5 * a : -1);
    return random.next() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
  });
  const features: Feature[] = [
    { kind: 'categorical', name: 'region', categories, codes },
    { kind: 'numeric', name: 'amount', values: amount },
    ...noiseColumns(rows, noise, random.next),
  ];
  return { features, labels, rows };
}

function noiseColumns(rows: number, count: number, next: () => number): Feature[] {
  return Array.from({ length: count }, (_, i) => ({ kind: 'numeric' as const, name: `noise${i}`, values: Float64Array.from({ length: rows }, next) }));
}
