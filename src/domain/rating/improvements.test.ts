import { describe, expect, it } from 'vitest';
import { EXPERT_MODEL_V1 } from './expert-model.ts';
import { expertRater, improvements } from './improvements.ts';
import { scoreFeatures } from './score.ts';

const features: Record<string, number | null> = {
  rd_intensity: 0.02, rd_staff_share: 0.1, postgrad_share: 0.05, invention_patents: 0, class2_ip: 1, new_inventions: 0, hnte: 0, specialised: 0, rd_platform: 0, equity_raised: 0,
  revenue: 8e6, revenue_growth: 0.05, net_margin: 0.02, debt_to_assets: 0.7, current_ratio: 1.1, cash_flow_margin: 0.03,
  tax_grade: 3, legal_cases: 0, penalties: 0, abnormal_listing: 0, overdue_loans: 0, headcount_trend: 0,
};

describe('what would raise the grade', () => {
  it('lists only changes that raise the score, largest first, each with the score after it', () => {
    const list = improvements(expertRater(EXPERT_MODEL_V1, 'growth'), features);
    expect(list.length).toBeGreaterThan(2);
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.scoreGain).toBeGreaterThanOrEqual(list[i]!.scoreGain);
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
});
