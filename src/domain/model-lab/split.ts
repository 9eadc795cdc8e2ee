// Stratified, seeded splits: each class is shuffled on its own and cut at the same fraction, so
// both parts keep the data's event rate and the same seed always gives the same rows.
import { createRandom } from '../demo/random.ts';
import { fail } from '../shared/errors.ts';
import type { Dataset, Feature } from './types.ts';

/** Fewest rows of each class a part must get for the model or its measurement to mean anything. */
export const MIN_TRAIN_PER_CLASS = 5;
export const MIN_HOLDOUT_PER_CLASS = 1;

export interface Split {
  train: Dataset;
  holdout: Dataset;
}

/** Takes `fraction` of each class (rounded) into the holdout; the rest is the training part. */
export function splitStratified(dataset: Dataset, fraction: number, seed: number): Split {
  if (!(fraction > 0 && fraction < 1)) throw new RangeError(`holdout fraction must be in (0, 1), got ${fraction}`);
  const { train, holdout } = splitIndices(dataset.labels, fraction, seed);
  return { train: subsetDataset(dataset, train), holdout: subsetDataset(dataset, holdout) };
}

/** The holdout for early stopping and tuning, taken from the training part with its own stream. */
export function splitValidation(train: Dataset, fraction: number, seed: number): { fit: Dataset; validation: Dataset } {
  const { train: fit, holdout: validation } = splitStratified(train, fraction, seed ^ 0x5bd1e995);
  return { fit, validation };
}

/** Refuses a split that leaves a class too thin in either part, naming the counts. */
export function assertSplittable(labels: Uint8Array, fraction: number) {
  if (labels.length < 2) throw fail('dataset.too_few_rows', { rows: labels.length });
  const positives = labels.reduce((sum, y) => sum + y, 0);
  for (const [name, count] of [['positive', positives], ['negative', labels.length - positives]] as const) {
    const held = Math.round(count * fraction);
    if (held < MIN_HOLDOUT_PER_CLASS || count - held < MIN_TRAIN_PER_CLASS) {
      throw fail('dataset.class_too_thin', { class: name, count, percent: Math.round(fraction * 100), minTrain: MIN_TRAIN_PER_CLASS, minHoldout: MIN_HOLDOUT_PER_CLASS });
    }
  }
}

export function splitIndices(labels: Uint8Array, fraction: number, seed: number): { train: Int32Array; holdout: Int32Array } {
  const random = createRandom(seed);
  const train: number[] = [];
  const holdout: number[] = [];
  for (const cls of [0, 1]) {
    const rows: number[] = [];
    for (let i = 0; i < labels.length; i++) if (labels[i] === cls) rows.push(i);
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(random.next() * (i + 1));
      [rows[i], rows[j]] = [rows[j]!, rows[i]!];
    }
    const held = Math.round(rows.length * fraction);
    // A loop, not push(...rows): spreading millions of arguments overflows the stack.
    rows.forEach((row, i) => (i < held ? holdout : train).push(row));
  }
  // Rows keep the file's order within each part, which makes a part easy to compare with its source.
  return { train: Int32Array.from(train).sort(), holdout: Int32Array.from(holdout).sort() };
}

export function subsetDataset(dataset: Dataset, rows: Int32Array): Dataset {
  const features = dataset.features.map((f): Feature => {
    if (f.kind === 'numeric') return { ...f, values: Float64Array.from(rows, (r) => f.values[r]!) };
    return { ...f, codes: Int32Array.from(rows, (r) => f.codes[r]!) };
  });
  return { features, labels: Uint8Array.from(rows, (r) => dataset.labels[r]!), rows: rows.length };
}
