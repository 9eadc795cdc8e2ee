// Wraps a trained forest as the model lab's TrainedModel: probabilities, explanations, JSON.
import type { Dataset, TrainedModel } from '../types.ts';
import { bindColumns, scoreRow, sigmoid, type BoundColumns, type Forest } from './forest.ts';
import { forestToJSON } from './serialize.ts';
import { addTreeShap, expectedValue, maxDepth, ShapPath } from './tree-shap.ts';

export interface FeatureContribution {
  feature: string;
  /** The row's raw value: a number, a category label, or null when missing. */
  value: number | string | null;
  /** SHAP value in log-odds. */
  contribution: number;
}

export interface GbdtExplanation {
  /** The model's expected log-odds over the training data (cover-weighted): SHAP's base value. */
  baseLogOdds: number;
  /** Every feature, largest |contribution| first; base + Σ contributions = the row's log-odds. */
  contributions: FeatureContribution[];
}

export interface GbdtModel extends TrainedModel {
  kind: 'gbdt';
  rounds: number;
  explain(dataset: Dataset, row: number): GbdtExplanation;
  toJSON(): unknown;
}

export function createGbdtModel(forest: Forest): GbdtModel {
  // Binding a dataset (names, kinds, category labels) is done once per dataset, not per row.
  const bound = new WeakMap<Dataset, BoundColumns>();
  const columnsOf = (dataset: Dataset) => {
    let columns = bound.get(dataset);
    if (!columns) bound.set(dataset, (columns = bindColumns(forest, dataset)));
    return columns;
  };
  let baseLogOdds: number | null = null;
  let shapPath: ShapPath | null = null; // scratch for explain, sized once for the deepest tree
  const expectedBase = () => (baseLogOdds ??= forest.baseScore + Array.from(forest.roots, (root) => expectedValue(forest, root)).reduce((a, b) => a + b, 0));

  return {
    kind: 'gbdt',
    featureNames: forest.features.map((f) => f.name),
    rounds: forest.roots.length,
    predict: (dataset, row) => sigmoid(scoreRow(forest, columnsOf(dataset), checkRow(dataset, row))),
    explain: (dataset, row) => {
      shapPath ??= new ShapPath(Math.max(...Array.from(forest.roots, (root) => maxDepth(forest, root))));
      return explainRow(forest, columnsOf(dataset), checkRow(dataset, row), expectedBase(), shapPath);
    },
    toJSON: () => forestToJSON(forest),
  };
}

function checkRow(dataset: Dataset, row: number): number {
  if (!Number.isInteger(row) || row < 0 || row >= dataset.rows) throw new RangeError(`row ${row} is outside 0..${dataset.rows - 1}`);
  return row;
}

function explainRow(forest: Forest, columns: BoundColumns, row: number, baseLogOdds: number, path: ShapPath): GbdtExplanation {
  const phi = new Float64Array(forest.features.length);
  for (const root of forest.roots) addTreeShap(forest, columns, root, row, phi, path);
  const contributions = forest.features.map((feature, f): FeatureContribution => ({
    feature: feature.name,
    value: rawValue(columns, f, row),
    contribution: phi[f]!,
  }));
  contributions.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  return { baseLogOdds, contributions };
}

function rawValue(columns: BoundColumns, f: number, row: number): number | string | null {
  const values = columns.numeric[f];
  if (values) {
    const v = values[row]!;
    return v === v ? v : null;
  }
  const code = columns.codes[f]![row]!;
  return columns.labels[f]![code] ?? null;
}
