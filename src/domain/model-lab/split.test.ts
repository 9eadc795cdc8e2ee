import { describe, expect, it } from 'vitest';
import { assertSplittable, splitIndices, splitStratified, splitValidation } from './split.ts';
import type { Dataset } from './types.ts';

const labels = Uint8Array.from({ length: 1000 }, (_, i) => (i % 10 < 3 ? 1 : 0)); // 300 positives
const dataset: Dataset = {
  rows: 1000,
  labels,
  features: [
    { kind: 'numeric', name: 'row', values: Float64Array.from(labels, (_, i) => i) },
    { kind: 'categorical', name: 'parity', categories: ['even', 'odd'], codes: Int32Array.from(labels, (_, i) => i % 2) },
  ],
};

describe('stratified split', () => {
  it('keeps each class at the holdout share and uses every row exactly once', () => {
    const { train, holdout } = splitIndices(labels, 0.3, 7);
    expect(holdout.length).toBe(300);
    expect(Array.from(holdout).filter((r) => labels[r] === 1)).toHaveLength(90);
    expect(new Set([...train, ...holdout]).size).toBe(1000);
  });

  it('is the same for a seed and different for another', () => {
    const a = splitIndices(labels, 0.3, 7).holdout;
    expect(splitIndices(labels, 0.3, 7).holdout).toEqual(a);
    expect(splitIndices(labels, 0.3, 8).holdout).not.toEqual(a);
  });

  it('carries every column of the selected rows into each part', () => {
    const { train, holdout } = splitStratified(dataset, 0.25, 1);
    expect(train.rows + holdout.rows).toBe(1000);
    const rowsOf = holdout.features[0]!;
    const parity = holdout.features[1]!;
    if (rowsOf.kind !== 'numeric' || parity.kind !== 'categorical') throw new Error('kinds changed');
    for (let r = 0; r < holdout.rows; r++) {
      const source = rowsOf.values[r]!;
      expect(holdout.labels[r]).toBe(labels[source]);
      expect(parity.codes[r]).toBe(source % 2);
    }
  });

  it('takes a validation part from training data with its own stream', () => {
    const { train } = splitStratified(dataset, 0.3, 1);
    const { fit, validation } = splitValidation(train, 0.2, 1);
    expect(fit.rows + validation.rows).toBe(train.rows);
    expect(validation.labels.reduce((s, y) => s + y, 0)).toBe(Math.round(210 * 0.2));
  });

  it('refuses a class too thin to split', () => {
    const few = Uint8Array.from({ length: 100 }, (_, i) => (i < 3 ? 1 : 0));
    expect(() => assertSplittable(few, 0.3)).toThrow(/Too few positive rows \(3\) for a 30% holdout/);
    expect(() => assertSplittable(new Uint8Array([1]), 0.3)).toThrow(/at least 2/);
    expect(() => assertSplittable(labels, 0.3)).not.toThrow();
  });
});
