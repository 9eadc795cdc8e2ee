import { describe, expect, it } from 'vitest';
import { EXPERT_MODEL_V1 } from './expert-model.ts';
import { byEffect, expertRater, improvements, type RateFeatures } from './improvements.ts';
import { scoreFeatures } from './score.ts';

const features: Record<string, number | null> = {
  rd_intensity: 0.02, rd_staff_share: 0.1, postgrad_share: 0.05, invention_patents: 0, class2_ip: 1, new_inventions: 0, hnte: 0, specialised: 0, rd_platform: 0, equity_raised: 0,
  revenue: 8e6, revenue_growth: 0.05, net_margin: 0.02, debt_to_assets: 0.7, current_ratio: 1.1, cash_flow_margin: 0.03,
  tax_grade: 3, legal_cases: 0, penalties: 0, abnormal_listing: 0, overdue_loans: 0, headcount_trend: 0,
};

describe('what would raise the grade', () => {
  it('lists only changes that raise the score, each with the points it adds', () => {
    const list = improvements(expertRater(EXPERT_MODEL_V1, 'growth'), features);
    expect(list.length).toBeGreaterThan(2);
    for (const item of list) expect(item.scoreGain).toBeGreaterThan(0);
    const base = scoreFeatures(EXPERT_MODEL_V1, features, 'growth').score;
    for (const item of list) expect(scoreFeatures(EXPERT_MODEL_V1, { ...features, [item.feature]: item.to }, 'growth').score).toBe(base + item.scoreGain);
    expect(list.map((i) => i.feature)).toContain('invention_patents');
  });

  it('suggests lower leverage, not higher, and nothing already achieved', () => {
    const leverage = improvements(expertRater(EXPERT_MODEL_V1, 'growth'), features, 20).find((i) => i.feature === 'debt_to_assets')!;
    expect(leverage.to).toBeCloseTo(0.6);
    const certified = improvements(expertRater(EXPERT_MODEL_V1, 'growth'), { ...features, hnte: 1 }, 20);
    expect(certified.map((i) => i.feature)).not.toContain('hnte');
  });

  // A toy model: the score is 10 points per patent plus 3 per tax grade; every 25 points is a grade step.
  const toy: RateFeatures = (f) => {
    const score = 500 + 10 * (f.invention_patents ?? 0) + 3 * (f.tax_grade ?? 0) + (f.hnte ? 30 : 0);
    const steps = Math.min(8, Math.floor((score - 500) / 25) + 3);
    return { score, grade: (['C', 'CC', 'CCC', 'B', 'BB', 'BBB', 'A', 'AA', 'AAA'] as const)[steps]! };
  };

  it('gives the points each change adds, and the grade after it only when the grade changes', () => {
    const base = { invention_patents: 0, tax_grade: 3, hnte: 0, class2_ip: 0 };
    expect(toy(base)).toEqual({ score: 509, grade: 'B' });
    const list = improvements(toy, base, 20);
    const byFeature = new Map(list.map((i) => [i.feature, i]));
    // +2 patents: 20 points, 509 → 529, one grade step: BB.
    expect(byFeature.get('invention_patents')).toMatchObject({ scoreGain: 20, gradeAfter: 'BB', gradeSteps: 1 });
    // One tax grade up: 3 points, the grade stays B: no grade named.
    expect(byFeature.get('tax_grade')).toMatchObject({ scoreGain: 3, gradeAfter: null, gradeSteps: 0 });
    expect(byFeature.get('hnte')).toMatchObject({ scoreGain: 30, gradeAfter: 'BB', gradeSteps: 1, adviceZh: '取得高新技术企业认定' });
    // Changes the model does not reward are left out.
    expect(byFeature.has('class2_ip')).toBe(false);
  });

  it('ranks by effect: grade steps first, then points', () => {
    const list = improvements(toy, { invention_patents: 0, tax_grade: 3, hnte: 0 }, 20);
    expect(list.map((i) => i.feature)).toEqual(['hnte', 'invention_patents', 'tax_grade']);
    expect([{ gradeSteps: 0, scoreGain: 40 }, { gradeSteps: 1, scoreGain: 12 }, { gradeSteps: 1, scoreGain: 20 }].sort(byEffect)).toEqual([
      { gradeSteps: 1, scoreGain: 20 },
      { gradeSteps: 1, scoreGain: 12 },
      { gradeSteps: 0, scoreGain: 40 },
    ]);
  });

  it('on the expert model never names the current grade as the grade after a change', () => {
    const current = scoreFeatures(EXPERT_MODEL_V1, features, 'growth').grade;
    const list = improvements(expertRater(EXPERT_MODEL_V1, 'growth'), features, 20);
    for (const item of list) {
      expect(item.gradeAfter).not.toBe(current);
      expect(item.gradeAfter === null).toBe(item.gradeSteps === 0);
    }
    for (let i = 1; i < list.length; i++) expect(byEffect(list[i - 1]!, list[i]!)).toBeLessThanOrEqual(0);
  });
});
