import { describe, expect, it } from 'vitest';
import { auc, binOf, brier, calibrationTable, ks, measure, psi } from './metrics.ts';

describe('metrics, checked by hand', () => {
  const scores = [0.1, 0.4, 0.35, 0.8];
  const labels = [0, 0, 1, 1];

  it('AUC counts a tie as half a correctly ordered pair', () => {
    expect(auc(scores, labels)).toBeCloseTo(0.75, 12);
    // pairs (positive, negative): (.5,.5) tie = ½, (.5,.2) = 1, (.9,.5) = 1, (.9,.2) = 1 → 3.5 / 4
    expect(auc([0.5, 0.5, 0.2, 0.9], [1, 0, 0, 1])).toBeCloseTo(0.875, 12);
    expect(auc([0.3, 0.3], [1, 0])).toBe(0.5);
    expect(auc([0.1, 0.2], [1, 1])).toBeNaN();
  });

  it('KS is the largest gap between the cumulative distributions, measured between distinct scores', () => {
    expect(ks(scores, labels)).toBeCloseTo(0.5, 12);
    expect(ks([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(ks([0.5, 0.5], [0, 1])).toBe(0); // tied rows cannot be separated
  });

  it('Brier is the mean squared error; Gini is 2·AUC − 1', () => {
    expect(brier(scores, labels)).toBeCloseTo((0.01 + 0.16 + 0.4225 + 0.04) / 4, 12);
    expect(measure(scores, labels)).toMatchObject({ gini: expect.closeTo(0.5, 12) });
  });

  it('calibration: equal-count grades from the lowest risk up, predicted against observed', () => {
    const table = calibrationTable([0.4, 0.1, 0.3, 0.2], [1, 0, 1, 0], 2);
    expect(table).toEqual([
      { grade: 'A', count: 2, positives: 0, minPredicted: 0.1, maxPredicted: 0.2, predicted: expect.closeTo(0.15, 12), observed: 0 },
      { grade: 'B', count: 2, positives: 2, minPredicted: 0.3, maxPredicted: 0.4, predicted: expect.closeTo(0.35, 12), observed: 1 },
    ]);
  });

  it('PSI bins on the expected quantiles and is 0 for the same distribution', () => {
    // cut at 2: expected 50% / 50%, actual 75% / 25%
    const { psi: value, bins } = psi([1, 2, 3, 4], [1, 1, 1, 5], 2);
    expect(value).toBeCloseTo(0.25 * Math.log(1.5) + 0.25 * Math.log(2), 12);
    expect(bins).toEqual([
      { upper: 2, expected: 0.5, actual: 0.75 },
      { upper: null, expected: 0.5, actual: 0.25 },
    ]);
    expect(psi([1, 2, 3, 4, 5], [5, 4, 3, 2, 1]).psi).toBe(0);
  });

  it('PSI stays finite when a bin is empty in one period', () => {
    const { psi: value } = psi([1, 2, 3, 4], [9, 9, 9, 9], 2);
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeCloseTo((1 - 0.5) * Math.log(1 / 0.5) + (1e-4 - 0.5) * Math.log(1e-4 / 0.5), 9);
  });

  it('binOf finds right-closed bins', () => {
    expect([-1, 1, 1.5, 2, 3].map((v) => binOf([1, 2], v))).toEqual([0, 0, 1, 1, 2]);
  });
});
