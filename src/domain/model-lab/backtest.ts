// Measuring a trained model on data it did not learn from: discrimination, calibration by grade,
// and how far the score distribution has moved from a reference period.
import { assertFeatures } from './features.ts';
import { calibrationTable, measure, psi as populationStability, type CalibrationRow, type PsiBin } from './metrics.ts';
import type { Dataset, Metrics, TrainedModel } from './types.ts';

export interface Backtest {
  rows: number;
  positives: number;
  metrics: Metrics;
  calibration: CalibrationRow[];
  /** Set when a reference period was given: PSI of this period's scores against it. */
  stability?: { psi: number; bins: PsiBin[] };
}

export function predictAll(model: TrainedModel, dataset: Dataset): Float64Array {
  assertFeatures(model.featureNames, dataset);
  const scores = new Float64Array(dataset.rows);
  for (let row = 0; row < dataset.rows; row++) scores[row] = model.predict(dataset, row);
  return scores;
}

/** Backtests `model` on `holdout`; with `reference` (e.g. the development period) also the PSI. */
export function backtest(model: TrainedModel, holdout: Dataset, options: { grades?: number; reference?: Dataset } = {}): Backtest {
  const scores = predictAll(model, holdout);
  const result: Backtest = {
    rows: holdout.rows,
    positives: holdout.labels.reduce((sum, y) => sum + y, 0),
    metrics: measure(scores, holdout.labels),
    calibration: calibrationTable(scores, holdout.labels, options.grades),
  };
  if (options.reference) result.stability = psi(predictAll(model, options.reference), scores);
  return result;
}

/** Population stability index of `actual` scores against `expected` ones (< 0.1 stable, > 0.25 shifted). */
export const psi = (expected: ArrayLike<number>, actual: ArrayLike<number>) => populationStability(expected, actual);
