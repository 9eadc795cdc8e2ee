import { describe, expect, it } from 'vitest';
import { rocCurve } from './metrics.ts';

describe('rocCurve', () => {
  it('runs from (0,0) to (1,1) and hugs the corner for a perfect ranking', () => {
    const curve = rocCurve([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0], 10);
    expect(curve[0]).toEqual({ fpr: 0, tpr: 0 });
    expect(curve.at(-1)).toEqual({ fpr: 1, tpr: 1 });
    expect(curve).toContainEqual({ fpr: 0, tpr: 1 });
  });

  it('treats tied scores as one threshold', () => {
    expect(rocCurve([0.5, 0.5, 0.5, 0.5], [1, 0, 1, 0], 10)).toEqual([{ fpr: 0, tpr: 0 }, { fpr: 1, tpr: 1 }]);
  });
});
