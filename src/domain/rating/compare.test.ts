import { describe, expect, it } from 'vitest';
import { compareRatings } from './compare.ts';

describe('compareRatings', () => {
  it('counts agreement, notches and the migration matrix', () => {
    const result = compareRatings([
      { championScore: 800, championGrade: 'AA', challengerScore: 810, challengerGrade: 'AA' },
      { championScore: 700, championGrade: 'BBB', challengerScore: 750, challengerGrade: 'A' },
      { championScore: 500, championGrade: 'CCC', challengerScore: 700, challengerGrade: 'BBB' },
      { championScore: 600, championGrade: 'BB', challengerScore: 600, challengerGrade: 'BB' },
    ]);
    expect(result).toMatchObject({ enterprises: 4, meanScoreDifference: 65, sameGrade: 0.5, withinOneNotch: 0.75 });
    expect(result.migration).toEqual({ AA: { AA: 1 }, BBB: { A: 1 }, CCC: { BBB: 1 }, BB: { BB: 1 } });
    expect(result.psi).toBeGreaterThanOrEqual(0);
  });

  it('answers an empty comparison with nulls', () => {
    expect(compareRatings([])).toMatchObject({ enterprises: 0, meanScoreDifference: null, sameGrade: null, psi: null });
  });
});
