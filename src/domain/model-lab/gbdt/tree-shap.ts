// Exact TreeSHAP (Lundberg, Erion & Lee 2018, "Consistent individualized feature attribution for
// tree ensembles", Algorithm 2): Shapley values of the tree's path-dependent expectation, where a
// feature outside the coalition averages over both children weighted by training cover. The
// values plus each tree's expected value sum exactly to the tree's output for the row.
//
// The decision path lives in flat typed arrays, one segment per depth, so explaining a row
// allocates nothing per node.
import { goesLeft, type BoundColumns, type Forest } from './forest.ts';

/** Cover-weighted mean of the tree's leaves: its output when nothing is known about the row. */
export function expectedValue(forest: Forest, node: number): number {
  if (forest.feature[node]! < 0) return forest.value[node]!;
  const l = forest.left[node]!;
  const r = forest.right[node]!;
  return (forest.cover[l]! * expectedValue(forest, l) + forest.cover[r]! * expectedValue(forest, r)) / forest.cover[node]!;
}

export function maxDepth(forest: Forest, node: number): number {
  if (forest.feature[node]! < 0) return 0;
  return 1 + Math.max(maxDepth(forest, forest.left[node]!), maxDepth(forest, forest.right[node]!));
}

/**
 * One step per path position: the feature split on, the share of cover that would come this way
 * with the feature unknown (zero), whether the row itself comes this way (one), and the weight of
 * coalitions of each size.
 */
export class ShapPath {
  readonly feature: Int32Array;
  readonly zero: Float64Array;
  readonly one: Float64Array;
  readonly weight: Float64Array;
  readonly stride: number;

  constructor(depth: number) {
    this.stride = depth + 2;
    const size = this.stride * (depth + 2);
    this.feature = new Int32Array(size);
    this.zero = new Float64Array(size);
    this.one = new Float64Array(size);
    this.weight = new Float64Array(size);
  }
}

interface Walk {
  forest: Forest;
  columns: BoundColumns;
  row: number;
  phi: Float64Array;
  path: ShapPath;
}

/** Adds the row's SHAP values for the tree rooted at `root` into `phi` (one slot per feature). */
export function addTreeShap(forest: Forest, columns: BoundColumns, root: number, row: number, phi: Float64Array, path: ShapPath): void {
  recurse({ forest, columns, row, phi, path }, root, 0, 0, 0, 1, 1, -1);
}

function recurse(w: Walk, node: number, depth: number, from: number, length: number, zero: number, one: number, feature: number): void {
  const { forest, path } = w;
  const start = depth * path.stride;
  copySegment(path, from, start, length);
  let len = extend(path, start, length, zero, one, feature);
  if (forest.feature[node]! < 0) {
    const value = forest.value[node]!;
    for (let i = 1; i < len; i++) {
      const at = start + i;
      const f = path.feature[at]!;
      w.phi[f] = w.phi[f]! + unwoundSum(path, start, len, i) * (path.one[at]! - path.zero[at]!) * value;
    }
    return;
  }
  const f = forest.feature[node]!;
  const left = forest.left[node]!;
  const right = forest.right[node]!;
  const hotLeft = goesLeft(forest, w.columns, node, w.row);
  // A feature met again on the path: undo its earlier step and carry its fractions forward.
  let incomingZero = 1;
  let incomingOne = 1;
  for (let i = 1; i < len; i++) {
    if (path.feature[start + i] !== f) continue;
    incomingZero = path.zero[start + i]!;
    incomingOne = path.one[start + i]!;
    len = unwind(path, start, len, i);
    break;
  }
  const cover = forest.cover[node]!;
  const [hot, cold] = hotLeft ? [left, right] : [right, left];
  recurse(w, hot, depth + 1, start, len, (incomingZero * forest.cover[hot]!) / cover, incomingOne, f);
  recurse(w, cold, depth + 1, start, len, (incomingZero * forest.cover[cold]!) / cover, 0, f);
}

function copySegment(path: ShapPath, from: number, to: number, length: number): void {
  if (from === to) return;
  path.feature.copyWithin(to, from, from + length);
  path.zero.copyWithin(to, from, from + length);
  path.one.copyWithin(to, from, from + length);
  path.weight.copyWithin(to, from, from + length);
}

/** Grows the path by one step, updating the weight of every coalition size; returns the new length. */
function extend(path: ShapPath, start: number, length: number, zero: number, one: number, feature: number): number {
  const { weight } = path;
  const at = start + length;
  path.feature[at] = feature;
  path.zero[at] = zero;
  path.one[at] = one;
  weight[at] = length === 0 ? 1 : 0;
  for (let i = length - 1; i >= 0; i--) {
    weight[start + i + 1] = weight[start + i + 1]! + (one * weight[start + i]! * (i + 1)) / (length + 1);
    weight[start + i] = (zero * weight[start + i]! * (length - i)) / (length + 1);
  }
  return length + 1;
}

/** The inverse of extend for the step at index i, in place; returns the new length. */
function unwind(path: ShapPath, start: number, length: number, i: number): number {
  const { weight } = path;
  const last = length - 1;
  const one = path.one[start + i]!;
  const zero = path.zero[start + i]!;
  let carry = weight[start + last]!;
  for (let j = last - 1; j >= 0; j--) {
    const old = weight[start + j]!;
    if (one !== 0) {
      weight[start + j] = (carry * (last + 1)) / ((j + 1) * one);
      carry = old - (weight[start + j]! * zero * (last - j)) / (last + 1);
    } else {
      weight[start + j] = (old * (last + 1)) / (zero * (last - j));
    }
  }
  for (let j = start + i; j < start + last; j++) {
    path.feature[j] = path.feature[j + 1]!;
    path.zero[j] = path.zero[j + 1]!;
    path.one[j] = path.one[j + 1]!;
  }
  return last;
}

/** Sum of the weights unwind(i) would leave, without changing the path. */
function unwoundSum(path: ShapPath, start: number, length: number, i: number): number {
  const { weight } = path;
  const last = length - 1;
  const one = path.one[start + i]!;
  const zero = path.zero[start + i]!;
  let total = 0;
  if (one !== 0) {
    let carry = weight[start + last]!;
    for (let j = last - 1; j >= 0; j--) {
      const w = (carry * (last + 1)) / ((j + 1) * one);
      total += w;
      carry = weight[start + j]! - (w * zero * (last - j)) / (last + 1);
    }
  } else {
    for (let j = last - 1; j >= 0; j--) total += (weight[start + j]! * (last + 1)) / (zero * (last - j));
  }
  return total;
}
