// The model lab's shared shapes. A dataset is column-oriented: numeric features as Float64Array
// with NaN for missing, categorical features as category codes with -1 for missing.

export interface NumericFeature {
  kind: 'numeric';
  name: string;
  values: Float64Array; // NaN = missing
}

export interface CategoricalFeature {
  kind: 'categorical';
  name: string;
  categories: string[]; // code → label
  codes: Int32Array; // -1 = missing
}

export type Feature = NumericFeature | CategoricalFeature;

export interface Dataset {
  features: Feature[];
  /** 1 = the positive class (the event predicted, e.g. default), 0 = the other. */
  labels: Uint8Array;
  rows: number;
}

/** A trained model that gives the probability of the positive class for a row of a dataset. */
export interface TrainedModel {
  kind: 'scorecard' | 'gbdt';
  featureNames: string[];
  predict(dataset: Dataset, row: number): number;
}

export interface Metrics {
  auc: number;
  ks: number;
  gini: number;
  brier: number;
}

export type ModelKind = TrainedModel['kind'];
