// Rating with a trained model (scorecard or GBDT) that reads the feature catalogue: its PD is
// mapped to the platform's 0–1000 scale and grades (the inverse of the expert PD mapping), and
// each feature's effect is its contribution to the log-odds, turned into points.
import type { Dataset, TrainedModel } from '../model-lab/types.ts';
import { scoreOfPd } from './calibration.ts';
import { FEATURES } from './features.ts';
import type { ExpertModel, Stage } from './expert-model.ts';
import { creditLimit, gradeOf, scoreFeatures, type Factor, type Rating } from './score.ts';

interface Explaining {
  explain?(dataset: Dataset, row: number): { contributions: { feature: string; contribution: number }[] };
}

const datasetOf = (names: readonly string[], features: Record<string, number | null>): Dataset => ({
  rows: 1,
  labels: new Uint8Array(1),
  features: names.map((name) => ({ kind: 'numeric', name, values: Float64Array.of(features[name] ?? NaN) })),
});

const logit = (p: number) => Math.log(p / (1 - p));
const clampP = (p: number) => Math.min(1 - 1e-9, Math.max(1e-9, p));

/** Log-odds contributions: the model's own (TreeSHAP) or, for a scorecard, feature by feature
 * the change from setting that feature to missing. */
function contributions(model: TrainedModel & Explaining, features: Record<string, number | null>): Map<string, number> {
  const dataset = datasetOf(model.featureNames, features);
  if (model.explain) return new Map(model.explain(dataset, 0).contributions.map((c) => [c.feature, c.contribution]));
  const base = logit(clampP(model.predict(dataset, 0)));
  return new Map(model.featureNames.map((name) => [name, base - logit(clampP(model.predict(datasetOf(model.featureNames, { ...features, [name]: null }), 0)))]));
}

export function scoreWithModel(
  model: TrainedModel & Explaining,
  version: string,
  scale: ExpertModel,
  features: Record<string, number | null>,
  stage: Stage,
): Rating {
  const pd = clampP(model.predict(datasetOf(model.featureNames, features), 0));
  const score = scoreOfPd(scale, pd);
  const grade = gradeOf(scale, score);
  const factors: Factor[] = [...contributions(model, features)].map(([feature, c]) => {
    const def = FEATURES.find((f) => f.key === feature);
    const points = Math.round(-c * scale.pd.scale * 10) / 10; // higher default odds → fewer points
    return { feature, nameZh: def?.nameZh ?? feature, nameEn: def?.nameEn ?? feature, value: features[feature] ?? null, points, direction: points >= 0 ? 'up' : 'down' };
  });
  const sorted = factors.sort((a, b) => b.points - a.points);
  const descriptive = scoreFeatures(scale, features, stage); // dimensions and limit rule stay the platform's
  return {
    ...descriptive,
    modelVersion: version,
    score,
    grade,
    pd: Number(pd.toFixed(6)),
    raising: sorted.filter((f) => f.points > 0).slice(0, 5),
    lowering: sorted.filter((f) => f.points < 0).reverse().slice(0, 5),
    creditLimit: creditLimit(scale, grade, features), // the platform's limit rule at the model's grade
  };
}
