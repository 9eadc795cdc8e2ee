import { describe, expect, it } from 'vitest';
import { rankImprovements } from './improvement-order';

describe('the order of the changes that would raise the grade', () => {
  it('puts a change that lifts the grade before one that only adds more points', () => {
    const ranked = rankImprovements([
      { feature: 'tax_grade', gradeSteps: 0, scoreGain: 40 },
      { feature: 'hnte', gradeSteps: 1, scoreGain: 25 },
      { feature: 'invention_patents', gradeSteps: 2, scoreGain: 60 },
      { feature: 'class2_ip', gradeSteps: 1, scoreGain: 31 },
    ]);
    expect(ranked.map((i) => i.feature)).toEqual(['invention_patents', 'class2_ip', 'hnte', 'tax_grade']);
  });

  it('leaves the list it was given as it was', () => {
    const items = [{ gradeSteps: 0, scoreGain: 1 }, { gradeSteps: 0, scoreGain: 2 }];
    rankImprovements(items);
    expect(items[0]!.scoreGain).toBe(1);
  });
});
