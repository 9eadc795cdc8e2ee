// Plain-JSON form of a forest: real-valued thresholds and category labels (never bin indices),
// so a saved model applies to new data. Loading validates everything before trusting it.
import { fail } from '../../shared/errors.ts';
import { buildForest, type Forest, type ForestFeature, type ForestNode } from './forest.ts';

export const GBDT_FORMAT = 'kejin-gbdt';
export const GBDT_VERSION = 1;

interface SplitJSON {
  feature: number;
  /** Numeric: value ≤ threshold goes left; null = +∞ (every present value goes left). */
  threshold?: number | null;
  /** Categorical: labels that go left; other labels go right. */
  leftCategories?: string[];
  /** Where missing values (and categories unseen in training) go. */
  missing: 'left' | 'right';
  left: number;
  right: number;
  cover: number;
}

interface LeafJSON {
  value: number;
  cover: number;
}

export interface GbdtJSON {
  format: typeof GBDT_FORMAT;
  version: typeof GBDT_VERSION;
  baseScore: number;
  features: ForestFeature[];
  trees: { nodes: (SplitJSON | LeafJSON)[] }[];
}

export function forestToJSON(forest: Forest): GbdtJSON {
  const trees = Array.from(forest.roots, (root, t) => {
    const end = t + 1 < forest.roots.length ? forest.roots[t + 1]! : forest.feature.length;
    const nodes: (SplitJSON | LeafJSON)[] = [];
    for (let g = root; g < end; g++) nodes.push(nodeToJSON(forest, g, root));
    return { nodes };
  });
  return { format: GBDT_FORMAT, version: GBDT_VERSION, baseScore: forest.baseScore, features: forest.features.map((f) => ({ ...f })), trees };
}

function nodeToJSON(forest: Forest, g: number, root: number): SplitJSON | LeafJSON {
  const f = forest.feature[g]!;
  const cover = forest.cover[g]!;
  if (f < 0) return { value: forest.value[g]!, cover };
  const feature = forest.features[f]!;
  const split: SplitJSON = { feature: f, missing: forest.defaultLeft[g] ? 'left' : 'right', left: forest.left[g]! - root, right: forest.right[g]! - root, cover };
  if (feature.kind === 'numeric') {
    const t = forest.threshold[g]!;
    split.threshold = Number.isFinite(t) ? t : null;
  } else {
    const mask = forest.leftCategories[g]!;
    split.leftCategories = feature.categories.filter((_, i) => mask[i] === 1);
  }
  return split;
}

export function forestFromJSON(json: unknown, featureNames?: string[]): Forest {
  const doc = json as Partial<GbdtJSON> | null;
  if (!doc || typeof doc !== 'object' || doc.format !== GBDT_FORMAT) throw fail('model_file.not_gbdt', { format: GBDT_FORMAT });
  if (doc.version !== GBDT_VERSION) throw fail('model_file.unsupported_version', { format: GBDT_FORMAT, version: String(doc.version) });
  if (!isFiniteNumber(doc.baseScore)) throw fail('model_file.base_score_invalid');
  const features = parseFeatures(doc.features);
  if (featureNames) checkFeatureSet(features, featureNames);
  if (!Array.isArray(doc.trees) || doc.trees.length === 0) throw fail('model_file.no_trees');
  const trees = doc.trees.map((tree, t) => parseTree(tree, features, t));
  return buildForest(features, doc.baseScore, trees);
}

function parseFeatures(raw: unknown): ForestFeature[] {
  if (!Array.isArray(raw) || raw.length === 0) throw fail('model_file.no_features');
  const features = raw.map((f: Partial<ForestFeature & { categories: unknown }>, i): ForestFeature => {
    if (!f || typeof f.name !== 'string') throw fail('model_file.feature_unnamed', { index: i });
    if (f.kind === 'numeric') return { name: f.name, kind: 'numeric' };
    if (f.kind === 'categorical' && Array.isArray(f.categories) && f.categories.every((c) => typeof c === 'string')) {
      return { name: f.name, kind: 'categorical', categories: [...(f.categories as string[])] };
    }
    throw fail('model_file.feature_kind_invalid', { name: f.name });
  });
  if (new Set(features.map((f) => f.name)).size !== features.length) throw fail('model_file.duplicate_features');
  return features;
}

/** The model routes by feature name, so order does not matter; the set must match exactly. */
function checkFeatureSet(features: ForestFeature[], featureNames: string[]): void {
  const model = new Set(features.map((f) => f.name));
  const given = new Set(featureNames);
  const missing = [...model].filter((n) => !given.has(n));
  const unexpected = [...given].filter((n) => !model.has(n));
  if (missing.length || unexpected.length) throw fail('model_file.feature_set_mismatch', { missing, unexpected });
}

function parseTree(tree: unknown, features: ForestFeature[], t: number): ForestNode[] {
  const nodes = (tree as { nodes?: unknown } | null)?.nodes;
  if (!Array.isArray(nodes) || nodes.length === 0) throw fail('model_file.tree_no_nodes', { tree: t });
  const parents = new Int32Array(nodes.length).fill(-1);
  const parsed = nodes.map((node: unknown, i) => parseNode(node, i, nodes.length, features, t));
  parsed.forEach((node, i) => {
    if (node.feature < 0) return;
    for (const child of [node.left, node.right]) {
      if (parents[child] !== -1) throw fail('model_file.node_two_parents', { tree: t, node: child });
      parents[child] = i;
    }
  });
  if (parents.some((p, i) => i > 0 && p === -1)) throw fail('model_file.nodes_unreachable', { tree: t });
  return parsed;
}

function parseNode(raw: unknown, i: number, count: number, features: ForestFeature[], tree: number): ForestNode {
  const invalid = (property: string) => fail('model_file.node_invalid', { tree, node: i, property });
  const node = raw as Partial<SplitJSON & LeafJSON> | null;
  if (!node || typeof node !== 'object' || !isFiniteNumber(node.cover) || node.cover <= 0) throw invalid('cover');
  const base = { threshold: 0, leftCategories: null, defaultLeft: false, left: -1, right: -1, value: 0, cover: node.cover };
  if (node.feature === undefined) {
    if (!isFiniteNumber(node.value)) throw invalid('value');
    return { ...base, feature: -1, value: node.value };
  }
  const feature = features[node.feature];
  if (!Number.isInteger(node.feature) || !feature) throw invalid('feature');
  const childOk = (c: unknown) => Number.isInteger(c) && (c as number) > i && (c as number) < count;
  if (!childOk(node.left) || !childOk(node.right) || node.left === node.right) throw invalid(childOk(node.left) ? 'right' : 'left');
  if (node.missing !== 'left' && node.missing !== 'right') throw invalid('missing');
  const split = { ...base, feature: node.feature, defaultLeft: node.missing === 'left', left: node.left!, right: node.right! };
  if (feature.kind === 'numeric') {
    if (node.threshold !== null && !isFiniteNumber(node.threshold)) throw invalid('threshold');
    return { ...split, threshold: node.threshold ?? Number.POSITIVE_INFINITY };
  }
  const labels = node.leftCategories;
  if (!Array.isArray(labels) || labels.some((l) => !feature.categories.includes(l))) throw invalid('leftCategories');
  return { ...split, leftCategories: Uint8Array.from(feature.categories, (c) => (labels.includes(c) ? 1 : 0)) };
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}
