// The boosting loop: Newton steps on the logistic loss, one leaf-wise tree per round, with row and
// column subsampling and early stopping on a stratified slice of the training data.
import { createRandom, type Random } from '../../demo/random.ts';
import { fail } from '../../shared/errors.ts';
import type { Dataset } from '../types.ts';
import { binRows, computeBinnings, type FeatureBinning } from './binning.ts';
import { buildForest, type Forest, type ForestFeature, type ForestNode } from './forest.ts';
import { growTree, type BinnedNode, type GrowInput } from './grow-tree.ts';
import { createLayout, HistogramPool } from './histogram.ts';
import type { ResolvedOptions } from './options.ts';
import { identity, sampleInto, stratifiedSplit } from './sampling.ts';

interface Part {
  rows: Int32Array;
  bins: Uint8Array;
  labels: Uint8Array;
  scores: Float64Array;
}

export function trainForest(data: Dataset, o: ResolvedOptions): { forest: Forest; rounds: number } {
  checkDataset(data);
  const random = createRandom(o.seed);
  const split = o.validationFraction > 0 ? stratifiedSplit(data.labels, o.validationFraction, random) : null;
  const fitRows = split ? split.fit : identity(data.rows);
  const binnings = computeBinnings(data, fitRows, o.maxBins);
  const baseScore = logOdds(data.labels, fitRows);
  const fit = makePart(data, binnings, fitRows, baseScore);
  const held = split && split.held.length ? makePart(data, binnings, split.held, baseScore) : null;

  const trees = boost(data, binnings, fit, held, o, random);
  const features = data.features.map((f): ForestFeature =>
    f.kind === 'numeric' ? { name: f.name, kind: 'numeric' } : { name: f.name, kind: 'categorical', categories: [...f.categories] },
  );
  const forest = buildForest(features, baseScore, trees.map((t) => toRawTree(t, binnings)));
  return { forest, rounds: trees.length };
}

function checkDataset(data: Dataset): void {
  if (data.features.length === 0) throw fail('training.no_features');
  let positives = 0;
  for (let r = 0; r < data.rows; r++) positives += data.labels[r]!;
  if (positives === 0 || positives === data.rows) throw fail('training.one_class');
  const names = new Set(data.features.map((f) => f.name));
  if (names.size !== data.features.length) throw fail('training.duplicate_features');
}

function makePart(data: Dataset, binnings: FeatureBinning[], rows: Int32Array, baseScore: number): Part {
  return {
    rows,
    bins: binRows(data, binnings, rows),
    labels: Uint8Array.from(rows, (r) => data.labels[r]!),
    scores: new Float64Array(rows.length).fill(baseScore),
  };
}

function logOdds(labels: Uint8Array, rows: Int32Array): number {
  let positives = 0;
  for (const r of rows) positives += labels[r]!;
  const p = Math.min(Math.max(positives / rows.length, 1e-6), 1 - 1e-6);
  return Math.log(p / (1 - p));
}

function boost(data: Dataset, binnings: FeatureBinning[], fit: Part, held: Part | null, o: ResolvedOptions, random: Random): BinnedNode[][] {
  const width = data.features.length;
  const layout = createLayout(binnings.map((b) => b.bins));
  const n = fit.rows.length;
  const rowPool = identity(n);
  const featurePool = identity(width);
  const input: GrowInput = {
    bins: fit.bins,
    width,
    grad: new Float64Array(n),
    hess: new Float64Array(n),
    layout,
    features: new Int32Array(Math.max(1, Math.round(width * o.colsample))),
    rows: new Int32Array(Math.max(1, Math.round(n * o.subsample))),
    scratch: new Int32Array(n),
    pool: new HistogramPool(layout.totalBins),
    rules: { l2: o.l2, minSamplesLeaf: o.minSamplesLeaf, categorical: binnings.map((b) => b.kind === 'categorical') },
    maxLeaves: o.maxLeaves,
    maxDepth: o.maxDepth,
    learningRate: o.learningRate,
  };
  const trees: BinnedNode[][] = [];
  let bestLoss = Number.POSITIVE_INFINITY;
  let bestRounds = 0;
  for (let round = 0; round < o.maxRounds; round++) {
    logisticGradients(fit, input.grad, input.hess);
    sampleInto(rowPool, input.rows.length, random, input.rows);
    sampleInto(featurePool, input.features.length, random, input.features);
    const tree = growTree(input);
    trees.push(tree);
    addTree(tree, fit, width);
    if (!held) continue;
    addTree(tree, held, width);
    const loss = logLoss(held);
    if (loss < bestLoss - 1e-12) {
      bestLoss = loss;
      bestRounds = trees.length;
    } else if (trees.length - bestRounds >= o.earlyStoppingRounds) break;
  }
  return held ? trees.slice(0, Math.max(1, bestRounds)) : trees;
}

function logisticGradients(part: Part, grad: Float64Array, hess: Float64Array): void {
  const { scores, labels } = part;
  for (let i = 0; i < scores.length; i++) {
    const p = 1 / (1 + Math.exp(-scores[i]!));
    grad[i] = p - labels[i]!;
    hess[i] = Math.max(p * (1 - p), 1e-16);
  }
}

function addTree(tree: BinnedNode[], part: Part, width: number): void {
  const { bins, scores } = part;
  for (let i = 0; i < scores.length; i++) {
    let node = tree[0]!;
    while (node.feature >= 0) node = tree[node.leftBins![bins[i * width + node.feature]!] ? node.left : node.right]!;
    scores[i] = scores[i]! + node.value;
  }
}

function logLoss(part: Part): number {
  let total = 0;
  for (let i = 0; i < part.scores.length; i++) {
    const s = part.scores[i]!;
    // log(1 + e^s) - y·s, written to stay finite for large |s|.
    total += Math.max(s, 0) + Math.log1p(Math.exp(-Math.abs(s))) - part.labels[i]! * s;
  }
  return total / part.scores.length;
}

/** Bin thresholds become real values (the upper edge of the last left bin), so the model applies to new data. */
function toRawTree(tree: BinnedNode[], binnings: FeatureBinning[]): ForestNode[] {
  return tree.map((node) => {
    const raw: ForestNode = { feature: node.feature, threshold: 0, leftCategories: null, defaultLeft: node.defaultLeft, left: node.left, right: node.right, value: node.value, cover: node.cover };
    if (node.feature < 0) return raw;
    const binning = binnings[node.feature]!;
    if (binning.kind === 'numeric') raw.threshold = binning.uppers[node.binThreshold - 1]!;
    else raw.leftCategories = Uint8Array.from(binning.binOfCode, (bin) => node.leftBins![bin]!);
    return raw;
  });
}
