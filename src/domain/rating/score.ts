// Scores an enterprise with an expert model: sub-scores per feature, dimension scores, the total
// on 0–1000, the grade, the PD, the factors that moved it most and a suggested credit limit.
import type { EnterpriseProfile } from '../profile/types.ts';
import { ageInYears, computeFeatures, FEATURES, type Dimension } from './features.ts';
import type { ExpertModel, Grade, Stage } from './expert-model.ts';
import { limitBasisSentence, noLimitBasis } from './limit-basis.ts';

export interface Factor {
  feature: string;
  nameZh: string;
  nameEn: string;
  value: number | null;
  /** Points against a neutral enterprise (sub-score 0.5): positive raised the score. */
  points: number;
  direction: 'up' | 'down';
}

export interface Rating {
  modelVersion: string;
  stage: Stage;
  score: number;
  grade: Grade;
  pd: number;
  dimensions: Record<Dimension, number>; // 0–100
  features: Record<string, number | null>;
  raising: Factor[];
  lowering: Factor[];
  creditLimit: { amountFen: bigint; basis: string };
}

export function interpolate(curve: [number, number][], x: number): number {
  if (x <= curve[0]![0]) return curve[0]![1];
  for (let i = 1; i < curve.length; i++) {
    const [x1, y1] = curve[i]!;
    const [x0, y0] = curve[i - 1]!;
    if (x <= x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  return curve.at(-1)![1];
}

export function stageOf(profile: EnterpriseProfile, today: string, revenueYuan: number | null): Stage {
  const age = ageInYears(profile, today);
  if (age < 3 || (revenueYuan ?? 0) < 5_000_000) return 'startup';
  return age >= 10 && (revenueYuan ?? 0) >= 100_000_000 ? 'mature' : 'growth';
}

export function gradeOf(model: ExpertModel, score: number): Grade {
  return model.gradeFloors.find(([, floor]) => score >= floor)?.[0] ?? 'C';
}

export function scoreEnterprise(model: ExpertModel, profile: EnterpriseProfile, today: string): Rating {
  const features = computeFeatures(profile, today);
  return scoreFeatures(model, features, stageOf(profile, today, features.revenue ?? null));
}

/** The rating of a set of feature values: the pure core, also used to simulate changes. */
export function scoreFeatures(model: ExpertModel, features: Record<string, number | null>, stage: Stage): Rating {
  const weightOf = (d: Dimension) => FEATURES.filter((f) => f.dimension === d).reduce((s, f) => s + (model.featureWeights[f.key] ?? 0), 0);
  const dimensions = { innovation: 0, financial: 0, compliance: 0 } as Record<Dimension, number>;
  const factors: Factor[] = [];
  let total = 0;
  for (const f of FEATURES) {
    const value = features[f.key] ?? null;
    const sub = value === null ? f.missingSubScore : interpolate(model.curves[f.key]!, value);
    const share = (model.featureWeights[f.key] ?? 0) / weightOf(f.dimension);
    dimensions[f.dimension] += share * sub;
    const weight = model.dimensionWeights[stage][f.dimension] * share;
    total += weight * sub;
    const points = Math.round(1000 * weight * (sub - 0.5) * 10) / 10;
    factors.push({ feature: f.key, nameZh: f.nameZh, nameEn: f.nameEn, value, points, direction: points >= 0 ? 'up' : 'down' });
  }
  const score = Math.round(1000 * total);
  const grade = gradeOf(model, score);
  const pd = 1 / (1 + Math.exp((score - model.pd.midpoint) / model.pd.scale));
  const sorted = [...factors].sort((a, b) => b.points - a.points);
  return {
    modelVersion: model.version,
    stage,
    score,
    grade,
    pd: Number(pd.toFixed(6)),
    dimensions: Object.fromEntries(Object.entries(dimensions).map(([d, v]) => [d, Math.round(100 * v)])) as Record<Dimension, number>,
    features,
    raising: sorted.filter((f) => f.points > 0).slice(0, 5),
    lowering: sorted.filter((f) => f.points < 0).reverse().slice(0, 5),
    creditLimit: creditLimit(model, grade, features),
  };
}

/** Revenue-based limit by grade plus an allowance for Class-I IP (pledgeable), capped. */
export function creditLimit(model: ExpertModel, grade: Grade, features: Record<string, number | null>) {
  const share = model.limit.revenueShare[grade];
  if (share === 0) return { amountFen: 0n, basis: limitBasisSentence(noLimitBasis(grade)) };
  const revenue = features.revenue ?? 0;
  const classI = Math.min(features.invention_patents ?? 0, model.limit.classICap);
  const raw = revenue * share + classI * model.limit.perClassIYuan;
  const yuan = Math.min(model.limit.maxYuan, Math.floor(raw / 10_000) * 10_000); // whole 万元
  const basis = limitBasisSentence({
    code: 'limit.revenue_ip',
    params: { sharePercent: Math.round(share * 100), revenueFen: BigInt(Math.round(revenue)) * 100n, perClassIFen: BigInt(Math.round(model.limit.perClassIYuan)) * 100n, classI, capFen: BigInt(Math.round(model.limit.maxYuan)) * 100n },
  });
  return { amountFen: BigInt(yuan) * 100n, basis };
}
