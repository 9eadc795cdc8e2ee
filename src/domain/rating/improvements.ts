// "What would raise my grade": the changes within the enterprise's power, each simulated on the
// model, ranked by their effect: the grade steps they gain, then the points they add. A change that
// leaves the grade where it is says so (no grade after it), rather than naming the current grade.
import { FEATURES } from './features.ts';
import { GRADES, type ExpertModel, type Grade, type Stage } from './expert-model.ts';
import { scoreFeatures } from './score.ts';

interface Lever {
  feature: string;
  /** The value after a realistic step from the current one (null current = missing data). */
  step(current: number | null): number | null;
  adviceZh: (to: number) => string;
  adviceEn: (to: number) => string;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export const LEVERS: readonly Lever[] = [
  { feature: 'invention_patents', step: (c) => (c ?? 0) + 2, adviceZh: (to) => `有效发明专利增至 ${to} 件`, adviceEn: (to) => `${to} invention patents in force` },
  { feature: 'class2_ip', step: (c) => (c ?? 0) + 3, adviceZh: (to) => `实用新型/软著等II类知识产权增至 ${to} 件`, adviceEn: (to) => `${to} Class-II IP items in force` },
  { feature: 'rd_intensity', step: (c) => (c ?? 0) + 0.02, adviceZh: (to) => `研发投入强度提高到 ${pct(to)}`, adviceEn: (to) => `R&D intensity of ${pct(to)}` },
  { feature: 'rd_staff_share', step: (c) => (c ?? 0) + 0.05, adviceZh: (to) => `研发人员占比提高到 ${pct(to)}`, adviceEn: (to) => `R&D staff share of ${pct(to)}` },
  { feature: 'postgrad_share', step: (c) => (c ?? 0) + 0.05, adviceZh: (to) => `硕博人员占比提高到 ${pct(to)}`, adviceEn: (to) => `Master's/PhD share of ${pct(to)}` },
  { feature: 'debt_to_assets', step: (c) => (c === null ? null : Math.max(0, c - 0.1)), adviceZh: (to) => `资产负债率降到 ${pct(to)}`, adviceEn: (to) => `Leverage down to ${pct(to)}` },
  { feature: 'current_ratio', step: (c) => (c === null ? null : c + 0.3), adviceZh: (to) => `流动比率提高到 ${to.toFixed(1)}`, adviceEn: (to) => `Current ratio of ${to.toFixed(1)}` },
  { feature: 'hnte', step: (c) => (c === 1 ? null : 1), adviceZh: () => '取得高新技术企业认定', adviceEn: () => 'Obtain high-tech enterprise certification' },
  { feature: 'specialised', step: (c) => (c === 1 ? null : 1), adviceZh: () => '取得专精特新认定', adviceEn: () => 'Obtain the specialised SME (专精特新) qualification' },
  { feature: 'tax_grade', step: (c) => (c === null ? 3 : c >= 4 ? null : c + 1), adviceZh: () => '提升纳税信用等级一级', adviceEn: () => 'One tax credit grade higher' },
  { feature: 'overdue_loans', step: (c) => (c ? 0 : null), adviceZh: () => '结清逾期贷款', adviceEn: () => 'Settle overdue loans' },
  { feature: 'abnormal_listing', step: (c) => (c ? 0 : null), adviceZh: () => '移出经营异常名录', adviceEn: () => 'Get removed from the abnormal-operation list' },
];

export interface Improvement {
  feature: string;
  nameZh: string;
  nameEn: string;
  from: number | null;
  to: number;
  /** Points the change adds to the score. */
  scoreGain: number;
  /** The grade after the change, only when it differs from the current one (null: the grade stays). */
  gradeAfter: Grade | null;
  /** Grade steps gained (0 when the grade stays). */
  gradeSteps: number;
  adviceZh: string;
  adviceEn: string;
}

/** Any rating function of feature values: the expert model, or a trained one. */
export type RateFeatures = (features: Record<string, number | null>) => { score: number; grade: Grade };

export const expertRater = (model: ExpertModel, stage: Stage): RateFeatures => (features) => scoreFeatures(model, features, stage);

const stepOf = (grade: Grade) => GRADES.length - 1 - GRADES.indexOf(grade);

export function improvements(rate: RateFeatures, features: Record<string, number | null>, limit = 5): Improvement[] {
  const current = rate(features);
  const base = current.score;
  const out: Improvement[] = [];
  for (const lever of LEVERS) {
    const from = features[lever.feature] ?? null;
    const to = lever.step(from);
    if (to === null) continue;
    const after = rate({ ...features, [lever.feature]: to });
    const gain = after.score - base;
    if (gain <= 0) continue;
    const def = FEATURES.find((f) => f.key === lever.feature)!;
    const gradeSteps = Math.max(0, stepOf(after.grade) - stepOf(current.grade));
    out.push({ feature: lever.feature, nameZh: def.nameZh, nameEn: def.nameEn, from, to, scoreGain: gain, gradeAfter: gradeSteps > 0 ? after.grade : null, gradeSteps, adviceZh: lever.adviceZh(to), adviceEn: lever.adviceEn(to) });
  }
  return out.sort(byEffect).slice(0, limit);
}

/** Grade steps first, then points; ties in the catalogue's order. */
export function byEffect(a: Pick<Improvement, 'gradeSteps' | 'scoreGain'>, b: Pick<Improvement, 'gradeSteps' | 'scoreGain'>): number {
  return b.gradeSteps - a.gradeSteps || b.scoreGain - a.scoreGain;
}
