import { describe, expect, it } from 'vitest';
import { calibrationByGrade, scoreOfPd } from './calibration.ts';
import { EXPERT_MODEL_V1 } from './expert-model.ts';

describe('calibration by grade', () => {
  it('inverts the PD mapping: the midpoint score has a PD of one half', () => {
    expect(scoreOfPd(EXPERT_MODEL_V1, 0.5)).toBe(EXPERT_MODEL_V1.pd.midpoint);
    expect(scoreOfPd(EXPERT_MODEL_V1, 0.001)).toBeGreaterThan(scoreOfPd(EXPERT_MODEL_V1, 0.1));
  });

  it('groups predictions by grade, best first, with predicted and observed rates', () => {
    // 380 + 65·ln(999) = 829 (AA); 380 + 65·ln(499) = 784 (A); PDs 0.30/0.35/0.32 → 435/420/429 (CC)
    const rows = calibrationByGrade(EXPERT_MODEL_V1, [0.001, 0.002, 0.3, 0.35, 0.32], [0, 0, 1, 0, 1]);
    expect(rows.map((r) => r.grade)).toEqual(['AA', 'A', 'CC']);
    expect(rows[0]).toMatchObject({ count: 1, positives: 0, observed: 0 });
    expect(rows[2]!.count).toBe(3);
    expect(rows[2]!.observed).toBeCloseTo(2 / 3);
    expect(rows[2]!.predicted).toBeCloseTo(0.97 / 3);
  });
});
