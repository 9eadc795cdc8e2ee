import { describe, expect, it } from 'vitest';
import { chiMerge, chiSquare, mergeSmall, poolAdjacentViolators, type Segment } from './segments.ts';
import { informationValue, weightOfEvidence } from './woe.ts';

const seg = (count: number, positives: number, member: number): Segment => ({ count, positives, members: [member] });
const rates = (segments: Segment[]) => segments.map((s) => s.positives / s.count);

describe('merging bins', () => {
  it('pools adjacent violators into a monotone bad rate', () => {
    const fine = [seg(10, 1, 0), seg(10, 3, 1), seg(10, 2, 2), seg(10, 5, 3)];
    const up = poolAdjacentViolators(fine, true);
    expect(rates(up)).toEqual([0.1, 0.25, 0.5]);
    expect(up[1]!.members).toEqual([1, 2]);
    expect(rates(poolAdjacentViolators(fine, false))).toEqual([0.275]);
  });

  it('merges a small bin into the neighbour with the closer bad rate', () => {
    const merged = mergeSmall([seg(50, 5, 0), seg(4, 2, 1), seg(50, 30, 2)], 10);
    expect(merged.map((s) => s.members)).toEqual([[0], [1, 2]]);
  });

  it('chi-square: 0 for equal rates; merges insignificant neighbours and caps the count', () => {
    expect(chiSquare(seg(10, 2, 0), seg(20, 4, 1))).toBeCloseTo(0, 12);
    // 2×2 table [[10, 90], [30, 70]]: chi² = 200·(10·70 − 90·30)² / (100·100·40·160) = 12.5
    expect(chiSquare(seg(100, 10, 0), seg(100, 30, 1))).toBeCloseTo(12.5, 9);
    const bins = [seg(100, 10, 0), seg(100, 11, 1), seg(100, 30, 2), seg(100, 60, 3)];
    expect(chiMerge(bins, 3.84, 10).map((s) => s.members)).toEqual([[0, 1], [2], [3]]);
    expect(chiMerge(bins, 0, 2)).toHaveLength(2);
  });

  it('weight of evidence = ln(share of negatives / share of positives), smoothed by ½', () => {
    const [a, b] = weightOfEvidence([{ count: 60, positives: 10 }, { count: 40, positives: 20 }]);
    const aNeg = 50.5 / 71;
    const aPos = 10.5 / 31;
    expect(a!.woe).toBeCloseTo(Math.log(aNeg / aPos), 12);
    expect(b!.woe).toBeCloseTo(Math.log((20.5 / 71) / (20.5 / 31)), 12);
    expect(a!.iv).toBeCloseTo((aNeg - aPos) * Math.log(aNeg / aPos), 12);
    expect(informationValue([{ count: 50, positives: 5 }, { count: 50, positives: 5 }])).toBeCloseTo(0, 12);
  });
});
