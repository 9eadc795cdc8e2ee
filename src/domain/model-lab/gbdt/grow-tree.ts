// Grows one regression tree on gradients, leaf-wise: the open leaf with the largest gain is split
// next (as LightGBM does), which spends a fixed leaf budget where the loss drops most.
import { buildHistogram, subtractHistogram, type HistogramInput, type HistogramPool } from './histogram.ts';
import { findBestSplit, type NodeStats, type Split, type SplitRules } from './split-finder.ts';

/** A node of a tree during training, still in bin space. feature = -1 marks a leaf. */
export interface BinnedNode {
  feature: number;
  binThreshold: number;
  leftBins: Uint8Array | null;
  defaultLeft: boolean;
  left: number;
  right: number;
  value: number;
  /** Training rows (of the subsample) that reached the node: TreeSHAP's cover. */
  cover: number;
}

export interface GrowInput extends HistogramInput {
  /** Rows of this tree's subsample; reordered in place so each node owns a contiguous range. */
  rows: Int32Array;
  scratch: Int32Array;
  pool: HistogramPool;
  rules: SplitRules;
  maxLeaves: number;
  maxDepth: number;
  learningRate: number;
}

interface OpenLeaf {
  node: number;
  start: number;
  end: number;
  depth: number;
  stats: NodeStats;
  hist: Float64Array | null;
  split: Split | null;
}

export function growTree(input: GrowInput): BinnedNode[] {
  const nodes: BinnedNode[] = [];
  const root = openLeaf(input, nodes, 0, input.rows.length, 0);
  root.hist = input.pool.take();
  buildHistogram(input, input.rows, root.start, root.end, root.hist);
  evaluate(input, root);
  const open: OpenLeaf[] = [root];
  for (let leaves = 1; leaves < input.maxLeaves; leaves++) {
    const next = bestOpenLeaf(open);
    if (!next) break;
    open.splice(open.indexOf(next), 1, ...splitLeaf(input, nodes, next));
  }
  for (const leaf of open) {
    nodes[leaf.node]!.value = (-input.learningRate * leaf.stats.sumG) / (leaf.stats.sumH + input.rules.l2);
    if (leaf.hist) input.pool.give(leaf.hist);
  }
  return nodes;
}

function openLeaf(input: GrowInput, nodes: BinnedNode[], start: number, end: number, depth: number): OpenLeaf {
  let sumG = 0;
  let sumH = 0;
  for (let i = start; i < end; i++) {
    const r = input.rows[i]!;
    sumG += input.grad[r]!;
    sumH += input.hess[r]!;
  }
  const node = nodes.length;
  nodes.push({ feature: -1, binThreshold: -1, leftBins: null, defaultLeft: false, left: -1, right: -1, value: 0, cover: end - start });
  return { node, start, end, depth, stats: { sumG, sumH, count: end - start }, hist: null, split: null };
}

/** Finds the leaf's best split, or frees its histogram when the leaf can no longer split. */
function evaluate(input: GrowInput, leaf: OpenLeaf): void {
  const canSplit = leaf.depth < input.maxDepth && leaf.stats.count >= 2 * input.rules.minSamplesLeaf;
  if (canSplit && leaf.hist) leaf.split = findBestSplit(leaf.hist, leaf.stats, input.layout, input.features, input.rules);
  if (!leaf.split && leaf.hist) {
    input.pool.give(leaf.hist);
    leaf.hist = null;
  }
}

function bestOpenLeaf(open: OpenLeaf[]): OpenLeaf | null {
  let best: OpenLeaf | null = null;
  for (const leaf of open) if (leaf.split && (!best || leaf.split.gain > best.split!.gain)) best = leaf;
  return best;
}

function splitLeaf(input: GrowInput, nodes: BinnedNode[], leaf: OpenLeaf): [OpenLeaf, OpenLeaf] {
  const split = leaf.split!;
  const middle = partition(input, leaf.start, leaf.end, split);
  const left = openLeaf(input, nodes, leaf.start, middle, leaf.depth + 1);
  const right = openLeaf(input, nodes, middle, leaf.end, leaf.depth + 1);
  Object.assign(nodes[leaf.node]!, {
    feature: split.feature,
    binThreshold: split.binThreshold,
    leftBins: split.leftBins,
    defaultLeft: split.defaultLeft,
    left: left.node,
    right: right.node,
  });
  // Histogram subtraction: scan only the smaller child; the parent's buffer becomes the larger one.
  const [small, large] = left.stats.count <= right.stats.count ? [left, right] : [right, left];
  small.hist = input.pool.take();
  buildHistogram(input, input.rows, small.start, small.end, small.hist);
  subtractHistogram(leaf.hist!, small.hist, input.layout, input.features);
  large.hist = leaf.hist;
  leaf.hist = null;
  evaluate(input, left);
  evaluate(input, right);
  return [left, right];
}

/** Stable partition of the leaf's row range: left rows first, keeping row order for cache locality. */
function partition(input: GrowInput, start: number, end: number, split: Split): number {
  const { rows, scratch, bins, width } = input;
  const f = split.feature;
  const goesLeft = split.leftBins;
  let l = start;
  let r = 0;
  for (let i = start; i < end; i++) {
    const row = rows[i]!;
    if (goesLeft[bins[row * width + f]!]) rows[l++] = row;
    else scratch[r++] = row;
  }
  rows.set(scratch.subarray(0, r), l);
  return l;
}
