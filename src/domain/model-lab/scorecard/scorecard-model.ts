// A trained scorecard as plain data (what the platform stores) plus the behaviour built from it.
// Points: score = offset − factor·ln(odds of the positive class), factor = pdo / ln 2 and offset
// chosen so that `baseOdds` (negatives : positives, e.g. good : bad) scores `baseScore`. The
// intercept is spread evenly over the features so that a row's score is the sum of its bins' points.
import { invalidFields, problem } from '../../shared/errors.ts';
import { featureByName } from '../features.ts';
import type { CategoricalFeature, Dataset, Feature, TrainedModel } from '../types.ts';
import { binIndexer, type Binning } from './binning.ts';
import { sigmoid } from './logistic.ts';

export interface Scaling {
  baseScore: number;
  /** Odds of the negative to the positive class (good : bad) that score baseScore. */
  baseOdds: number;
  /** Points to double the odds. */
  pdo: number;
}

export const DEFAULT_SCALING: Scaling = { baseScore: 600, baseOdds: 50, pdo: 20 };

export interface ScorecardBin {
  label: string;
  count: number;
  positives: number;
  woe: number;
  iv: number;
  points: number;
}

export type ScorecardFeature = Binning & {
  coefficient: number;
  iv: number;
  /** Value bins, then the missing bin. */
  bins: ScorecardBin[];
  /** Points for a category never seen in training (no "other" group): the feature's neutral WoE 0. */
  unseenPoints: number;
};

export interface ScorecardJson {
  kind: 'scorecard';
  version: 1;
  scaling: Scaling;
  intercept: number;
  /** Points not spread over features (all of it when no feature was selected). */
  basePoints: number;
  features: ScorecardFeature[];
}

export interface ScorecardTableRow {
  feature: string;
  bin: string;
  count: number;
  badRate: number;
  woe: number;
  iv: number;
  points: number;
}

export interface ScorecardModel extends TrainedModel {
  kind: 'scorecard';
  /** The row's total points: higher = safer. */
  score(dataset: Dataset, row: number): number;
  table(): ScorecardTableRow[];
  toJSON(): ScorecardJson;
}

export function scalingFactors(scaling: Scaling) {
  const factor = scaling.pdo / Math.LN2;
  return { factor, offset: scaling.baseScore - factor * Math.log(scaling.baseOdds) };
}

export function createScorecard(json: ScorecardJson): ScorecardModel {
  const resolved = new WeakMap<Dataset, ((row: number) => number)[]>();
  const binsOf = (dataset: Dataset) => {
    let indexers = resolved.get(dataset);
    if (!indexers) resolved.set(dataset, (indexers = json.features.map((f) => binIndexer(f, compatible(f, featureByName(dataset, f.name))))));
    return indexers;
  };
  const woes = json.features.map((f) => [...f.bins.map((b) => b.woe), 0]);
  const points = json.features.map((f) => [...f.bins.map((b) => b.points), f.unseenPoints]);
  return {
    kind: 'scorecard',
    featureNames: json.features.map((f) => f.name),
    predict(dataset, row) {
      const indexers = binsOf(dataset);
      let z = json.intercept;
      for (let j = 0; j < indexers.length; j++) z += json.features[j]!.coefficient * woes[j]![indexers[j]!(row)]!;
      return sigmoid(z);
    },
    score(dataset, row) {
      const indexers = binsOf(dataset);
      let total = json.basePoints;
      for (let j = 0; j < indexers.length; j++) total += points[j]![indexers[j]!(row)]!;
      return total;
    },
    table: () => tableOf(json),
    toJSON: () => json,
  };
}

function tableOf(json: ScorecardJson): ScorecardTableRow[] {
  const rows = json.features.flatMap((f) =>
    f.bins
      .filter((b) => b.count > 0)
      .map((b) => ({ feature: f.name, bin: b.label, count: b.count, badRate: b.positives / b.count, woe: b.woe, iv: b.iv, points: b.points })),
  );
  if (json.basePoints !== 0) rows.unshift({ feature: '(base)', bin: 'all', count: 0, badRate: NaN, woe: 0, iv: 0, points: json.basePoints });
  return rows;
}

/** The dataset's column in the shape the model binned; numbers become category labels if need be. */
function compatible(model: Binning, feature: Feature): Feature {
  if (model.kind === feature.kind) return feature;
  if (model.kind === 'numeric') {
    throw invalidFields([problem(feature.name, 'dataset.text_for_numeric_feature', { name: feature.name })]);
  }
  return numbersAsCategories(feature);
}

function numbersAsCategories(feature: Feature): CategoricalFeature {
  if (feature.kind === 'categorical') return feature;
  const index = new Map<string, number>();
  const codes = Int32Array.from(feature.values, (v) => {
    if (Number.isNaN(v)) return -1;
    const label = String(v);
    if (!index.has(label)) index.set(label, index.size);
    return index.get(label)!;
  });
  return { kind: 'categorical', name: feature.name, categories: [...index.keys()], codes };
}
