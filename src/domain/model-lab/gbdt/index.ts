// Gradient-boosted decision trees for binary classification: histogram-based, leaf-wise, with
// learned directions for missing values and exact TreeSHAP explanations. Deterministic for a seed.
import type { Dataset } from '../types.ts';
import { createGbdtModel, type GbdtModel } from './model.ts';
import { resolveOptions, type GbdtOptions } from './options.ts';
import { forestFromJSON } from './serialize.ts';
import { trainForest } from './train.ts';

export type { GbdtOptions } from './options.ts';
export type { GbdtModel, GbdtExplanation, FeatureContribution } from './model.ts';
export type { GbdtJSON } from './serialize.ts';

export function trainGbdt(train: Dataset, options: GbdtOptions): GbdtModel {
  const { forest } = trainForest(train, resolveOptions(options));
  return createGbdtModel(forest);
}

/** Rebuilds a model from toJSON() output; with featureNames, refuses a model trained on another feature set. */
export function gbdtFromJSON(json: unknown, featureNames?: string[]): GbdtModel {
  return createGbdtModel(forestFromJSON(json, featureNames));
}
