import { describe, expect, it } from 'vitest';
import { createRandom } from '../../demo/random.ts';
import { fitLogistic, sigmoid, solveSymmetric } from './logistic.ts';

describe('logistic regression', () => {
  it('recovers the coefficients that generated the data', () => {
    const random = createRandom(3);
    const n = 20_000;
    const x1 = Float64Array.from({ length: n }, () => random.normal());
    const x2 = Float64Array.from({ length: n }, () => random.normal());
    const labels = Uint8Array.from({ length: n }, (_, i) => (random.next() < sigmoid(-1 + 0.8 * x1[i]! - 1.5 * x2[i]!) ? 1 : 0));
    const fit = fitLogistic([x1, x2], labels, { l2PerRow: 0 });
    expect(fit.intercept).toBeCloseTo(-1, 1);
    expect(fit.coefficients[0]).toBeCloseTo(0.8, 1);
    expect(fit.coefficients[1]).toBeCloseTo(-1.5, 1);
    expect(fitLogistic([x1, x2], labels, { l2PerRow: 0 })).toEqual(fit); // deterministic
  });

  it('stays finite on separable data thanks to the ridge penalty and step halving', () => {
    const x = Float64Array.from({ length: 200 }, (_, i) => (i < 100 ? -1 : 1));
    const labels = Uint8Array.from(x, (v) => (v > 0 ? 1 : 0));
    const fit = fitLogistic([x], labels);
    expect(Number.isFinite(fit.coefficients[0]!)).toBe(true);
    expect(fit.coefficients[0]).toBeGreaterThan(2);
  });

  it('solves a symmetric system by Cholesky', () => {
    // [[4, 2], [2, 3]] · [1, 2] = [8, 8]; only the lower triangle is read
    expect(Array.from(solveSymmetric(Float64Array.of(4, 0, 2, 3), Float64Array.of(8, 8), 2)).map((v) => Number(v.toFixed(12)))).toEqual([1, 2]);
  });
});
