// The cold-start expert model, as data: curves that turn each feature into a 0–1 sub-score,
// weights by dimension and stage (innovation weighs most for start-ups, as in the innovation
// points guideline), the nine-step grade scale, the score → PD mapping and the credit-limit rule.
import type { Dimension } from './features.ts';

import type { Stage } from '../../../shared/marketplace.ts';
import type { Grade } from '../../../shared/rating.ts';

export type { Stage } from '../../../shared/marketplace.ts';
export { GRADES, type Grade } from '../../../shared/rating.ts';

export interface ExpertModel {
  kind: 'expert';
  version: string;
  /** Piecewise-linear [value, subScore] points, ascending in value; flat beyond the ends. */
  curves: Record<string, [number, number][]>;
  /** Feature weights inside their dimension. */
  featureWeights: Record<string, number>;
  dimensionWeights: Record<Stage, Record<Dimension, number>>;
  /** Lowest score of each grade, best first; below the last is C. */
  gradeFloors: [Grade, number][];
  /** pd = 1 / (1 + exp((score − midpoint) / scale)). */
  pd: { midpoint: number; scale: number };
  limit: { revenueShare: Record<Grade, number>; perClassIYuan: number; classICap: number; maxYuan: number };
}

export const EXPERT_MODEL_V1: ExpertModel = {
  kind: 'expert',
  version: 'expert-2026.1',
  curves: {
    rd_intensity: [[0, 0], [0.03, 0.4], [0.06, 0.7], [0.1, 0.85], [0.2, 1]],
    rd_staff_share: [[0, 0], [0.1, 0.4], [0.2, 0.7], [0.4, 1]],
    postgrad_share: [[0, 0.1], [0.1, 0.5], [0.25, 0.8], [0.4, 1]],
    invention_patents: [[0, 0], [1, 0.5], [3, 0.7], [8, 0.9], [20, 1]],
    class2_ip: [[0, 0.1], [2, 0.4], [5, 0.7], [15, 1]],
    new_inventions: [[0, 0.2], [1, 0.6], [3, 0.85], [6, 1]],
    hnte: [[0, 0.2], [1, 1]],
    specialised: [[0, 0.35], [1, 1]],
    rd_platform: [[0, 0.4], [1, 1]],
    equity_raised: [[0, 0.3], [5e6, 0.6], [3e7, 0.85], [1e8, 1]],
    revenue: [[0, 0], [1e6, 0.2], [5e6, 0.45], [2e7, 0.65], [1e8, 0.85], [5e8, 1]],
    revenue_growth: [[-0.3, 0], [0, 0.4], [0.15, 0.65], [0.3, 0.85], [0.6, 1]],
    net_margin: [[-0.3, 0], [-0.05, 0.3], [0, 0.45], [0.05, 0.65], [0.15, 0.9], [0.25, 1]],
    debt_to_assets: [[0.2, 1], [0.4, 0.85], [0.6, 0.55], [0.75, 0.3], [0.9, 0]],
    current_ratio: [[0.5, 0], [1, 0.45], [1.5, 0.75], [2, 0.95], [3, 1]],
    cash_flow_margin: [[-0.2, 0], [0, 0.4], [0.05, 0.65], [0.15, 1]],
    tax_grade: [[0, 0], [1, 0.15], [2, 0.5], [3, 0.8], [4, 1]],
    legal_cases: [[0, 1], [1, 0.6], [3, 0.25], [6, 0]],
    penalties: [[0, 1], [1, 0.5], [3, 0.1], [4, 0]],
    abnormal_listing: [[0, 1], [1, 0]],
    overdue_loans: [[0, 1], [1, 0.2], [2, 0]],
    headcount_trend: [[-0.3, 0], [-0.1, 0.35], [0, 0.6], [0.1, 0.85], [0.25, 1]],
  },
  featureWeights: {
    rd_intensity: 3, rd_staff_share: 2, postgrad_share: 1, invention_patents: 3, class2_ip: 1.5, new_inventions: 1.5, hnte: 1.5, specialised: 1, rd_platform: 0.5, equity_raised: 1,
    revenue: 2, revenue_growth: 2, net_margin: 2, debt_to_assets: 2, current_ratio: 1.5, cash_flow_margin: 1.5,
    tax_grade: 3, legal_cases: 1.5, penalties: 1.5, abnormal_listing: 2, overdue_loans: 3, headcount_trend: 1.5,
  },
  dimensionWeights: {
    startup: { innovation: 0.5, financial: 0.2, compliance: 0.3 },
    growth: { innovation: 0.4, financial: 0.3, compliance: 0.3 },
    mature: { innovation: 0.3, financial: 0.4, compliance: 0.3 },
  },
  gradeFloors: [['AAA', 860], ['AA', 800], ['A', 740], ['BBB', 670], ['BB', 600], ['B', 530], ['CCC', 450], ['CC', 370]],
  pd: { midpoint: 380, scale: 65 },
  limit: {
    revenueShare: { AAA: 0.35, AA: 0.3, A: 0.25, BBB: 0.2, BB: 0.15, B: 0.1, CCC: 0, CC: 0, C: 0 },
    perClassIYuan: 500_000,
    classICap: 10,
    maxYuan: 30_000_000,
  },
};
