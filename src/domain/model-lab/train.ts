// One training run: a stratified holdout, each requested kind of model trained on the rest and
// measured on the holdout. The clock is passed in so the domain stays free of ambient state.
import { predictAll } from './backtest.ts';
import { trainGbdt } from './gbdt/index.ts';
import { measure } from './metrics.ts';
import { trainScorecard } from './scorecard/index.ts';
import { assertSplittable, splitStratified } from './split.ts';
import type { Dataset, Metrics, ModelKind, TrainedModel } from './types.ts';

export const MODEL_KINDS: readonly ModelKind[] = ['scorecard', 'gbdt'];

export interface TrainOptions {
  kinds: readonly ModelKind[];
  /** Share of each class held out for measurement, in (0, 1). */
  holdout: number;
  seed: number;
  /** Milliseconds, for train_seconds; e.g. performance.now. */
  clock?: () => number;
  onProgress?: (message: string) => void;
}

export interface TrainedEntry extends Metrics {
  kind: ModelKind;
  train_seconds: number;
  model: TrainedModel;
}

export interface TrainResult {
  rows: number;
  positives: number;
  train: { rows: number; positives: number };
  holdout: { rows: number; positives: number };
  models: TrainedEntry[];
}

type Trainer = (train: Dataset, seed: number) => TrainedModel;

const TRAINERS: Record<ModelKind, Trainer> = {
  scorecard: (train) => trainScorecard(train),
  gbdt: (train, seed) => trainGbdt(train, { seed }),
};

export function trainModels(dataset: Dataset, options: TrainOptions): TrainResult {
  assertSplittable(dataset.labels, options.holdout);
  const clock = options.clock ?? (() => 0);
  const { train, holdout } = splitStratified(dataset, options.holdout, options.seed);
  const models = options.kinds.map((kind): TrainedEntry => {
    options.onProgress?.(`training ${kind} on ${train.rows} rows`);
    const started = clock();
    const model = TRAINERS[kind](train, options.seed);
    const seconds = (clock() - started) / 1000;
    return { kind, ...measure(predictAll(model, holdout), holdout.labels), train_seconds: seconds, model };
  });
  return { rows: dataset.rows, positives: countPositives(dataset), train: summary(train), holdout: summary(holdout), models };
}

const countPositives = (d: Dataset) => d.labels.reduce((sum, y) => sum + y, 0);
const summary = (d: Dataset) => ({ rows: d.rows, positives: countPositives(d) });
