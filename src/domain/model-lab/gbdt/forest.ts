// The trained ensemble in raw-value space: flat typed arrays over all trees' nodes, so prediction
// is a tight loop with no objects. Categorical splits keep sets of category labels, not codes, so a
// dataset whose categories are coded differently still routes correctly.
import { fail } from '../../shared/errors.ts';
import type { Dataset } from '../types.ts';

export type ForestFeature = { name: string; kind: 'numeric' } | { name: string; kind: 'categorical'; categories: string[] };

export interface ForestNode {
  /** -1 for a leaf. */
  feature: number;
  /** Numeric splits: v ≤ threshold goes left (+∞ = every present value goes left). */
  threshold: number;
  /** Categorical splits: per model category, 1 if it goes left. */
  leftCategories: Uint8Array | null;
  /** Where missing values (and categories unseen in training) go. */
  defaultLeft: boolean;
  /** Child indices within the tree. */
  left: number;
  right: number;
  value: number;
  cover: number;
}

export interface Forest {
  features: ForestFeature[];
  baseScore: number;
  roots: Int32Array;
  feature: Int32Array;
  threshold: Float64Array;
  leftCategories: (Uint8Array | null)[];
  defaultLeft: Uint8Array;
  left: Int32Array;
  right: Int32Array;
  value: Float64Array;
  cover: Float64Array;
}

export function buildForest(features: ForestFeature[], baseScore: number, trees: ForestNode[][]): Forest {
  const total = trees.reduce((n, t) => n + t.length, 0);
  const forest: Forest = {
    features,
    baseScore,
    roots: new Int32Array(trees.length),
    feature: new Int32Array(total),
    threshold: new Float64Array(total),
    leftCategories: [],
    defaultLeft: new Uint8Array(total),
    left: new Int32Array(total),
    right: new Int32Array(total),
    value: new Float64Array(total),
    cover: new Float64Array(total),
  };
  let at = 0;
  trees.forEach((nodes, t) => {
    forest.roots[t] = at;
    nodes.forEach((node, i) => {
      const g = at + i;
      forest.feature[g] = node.feature;
      forest.threshold[g] = node.threshold;
      forest.leftCategories.push(node.leftCategories);
      forest.defaultLeft[g] = node.defaultLeft ? 1 : 0;
      forest.left[g] = node.feature < 0 ? -1 : at + node.left;
      forest.right[g] = node.feature < 0 ? -1 : at + node.right;
      forest.value[g] = node.value;
      forest.cover[g] = node.cover;
    });
    at += nodes.length;
  });
  return forest;
}

/** A dataset's columns lined up with the model's features. */
export interface BoundColumns {
  numeric: (Float64Array | null)[];
  codes: (Int32Array | null)[];
  /** Dataset category code → model category index, -1 if the model never saw it. */
  codeMaps: (Int32Array | null)[];
  /** The dataset's own category labels, for reporting raw values. */
  labels: (string[] | null)[];
}

/** Matches features by name, checks kinds, and maps category codes through labels. */
export function bindColumns(forest: Forest, dataset: Dataset): BoundColumns {
  const byName = new Map(dataset.features.map((f) => [f.name, f]));
  const missing = forest.features.filter((f) => !byName.has(f.name)).map((f) => f.name);
  if (missing.length) throw fail('dataset.missing_model_columns', { columns: missing });
  const bound: BoundColumns = { numeric: [], codes: [], codeMaps: [], labels: [] };
  for (const wanted of forest.features) {
    const column = byName.get(wanted.name)!;
    if (column.kind !== wanted.kind) {
      throw fail('dataset.kind_mismatch', { name: wanted.name, datasetKind: column.kind, modelKind: wanted.kind });
    }
    const modelCategories = wanted.kind === 'categorical' ? wanted.categories : [];
    const modelIndex = new Map(modelCategories.map((label, i) => [label, i]));
    const categorical = column.kind === 'categorical' ? column : null;
    bound.numeric.push(column.kind === 'numeric' ? column.values : null);
    bound.codes.push(categorical?.codes ?? null);
    bound.codeMaps.push(categorical ? Int32Array.from(categorical.categories, (label) => modelIndex.get(label) ?? -1) : null);
    bound.labels.push(categorical?.categories ?? null);
  }
  return bound;
}

/** Whether `row` takes the left branch at internal node `node`. */
export function goesLeft(forest: Forest, columns: BoundColumns, node: number, row: number): boolean {
  const f = forest.feature[node]!;
  const values = columns.numeric[f];
  if (values) {
    const v = values[row]!;
    return v === v ? v <= forest.threshold[node]! : forest.defaultLeft[node] === 1;
  }
  const code = columns.codes[f]![row]!;
  const index = code >= 0 ? (columns.codeMaps[f]![code] ?? -1) : -1;
  return index >= 0 ? forest.leftCategories[node]![index] === 1 : forest.defaultLeft[node] === 1;
}

/** The leaf `row` lands in, starting from node `root`. */
export function leafOf(forest: Forest, columns: BoundColumns, root: number, row: number): number {
  let node = root;
  while (forest.feature[node]! >= 0) node = goesLeft(forest, columns, node, row) ? forest.left[node]! : forest.right[node]!;
  return node;
}

/** Raw score in log-odds. */
export function scoreRow(forest: Forest, columns: BoundColumns, row: number): number {
  let score = forest.baseScore;
  const roots = forest.roots;
  for (let t = 0; t < roots.length; t++) score += forest.value[leafOf(forest, columns, roots[t]!, row)]!;
  return score;
}

export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}
