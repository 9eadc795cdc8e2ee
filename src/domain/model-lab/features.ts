// Finding a model's features in a dataset by name, refusing a dataset that lacks some.
import { fail, problem } from '../shared/errors.ts';
import type { Dataset, Feature } from './types.ts';

/** Throws invalid_input naming every feature the model needs that the dataset does not have. */
export function assertFeatures(featureNames: readonly string[], dataset: Dataset) {
  const present = new Set(dataset.features.map((f) => f.name));
  const missing = featureNames.filter((name) => !present.has(name));
  if (missing.length) {
    throw fail('dataset.missing_model_columns', { columns: missing }, { fields: missing.map((field) => problem(field, 'dataset.missing_model_columns', { columns: [field] })) });
  }
}

export function featureByName(dataset: Dataset, name: string): Feature {
  const feature = dataset.features.find((f) => f.name === name);
  if (!feature) assertFeatures([name], dataset);
  return feature!;
}
