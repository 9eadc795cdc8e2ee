// Finding a model's features in a dataset by name, refusing a dataset that lacks some.
import { invalidInput } from '../shared/errors.ts';
import type { Dataset, Feature } from './types.ts';

/** Throws invalid_input naming every feature the model needs that the dataset does not have. */
export function assertFeatures(featureNames: readonly string[], dataset: Dataset) {
  const present = new Set(dataset.features.map((f) => f.name));
  const missing = featureNames.filter((name) => !present.has(name));
  if (missing.length) {
    throw invalidInput(`The data does not match the model: it lacks the column(s) ${missing.join(', ')}.`, missing.map((field) => ({ field, message: 'column missing' })));
  }
}

export function featureByName(dataset: Dataset, name: string): Feature {
  const feature = dataset.features.find((f) => f.name === name);
  if (!feature) assertFeatures([name], dataset);
  return feature!;
}
