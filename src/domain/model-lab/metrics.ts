// Discrimination and calibration measures for a binary outcome. Scores are predicted
// probabilities of the positive class (higher = riskier); labels are 1 for the positive class.
import type { Metrics } from './types.ts';

/** Area under the ROC curve by ranks (Mann–Whitney); tied scores share their average rank. */
export function auc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const order = sortedOrder(scores);
  let positives = 0;
  let positiveRankSum = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1]!] === scores[order[start]!]) end++;
    const midRank = (start + end) / 2 + 1;
    for (let i = start; i <= end; i++) {
      if (labels[order[i]!] === 1) {
        positives++;
        positiveRankSum += midRank;
      }
    }
    start = end + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Kolmogorov–Smirnov: the largest gap between the classes' cumulative score distributions. */
export function ks(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const order = sortedOrder(scores);
  const { positives, negatives } = classCounts(labels);
  if (positives === 0 || negatives === 0) return NaN;
  let seenPositive = 0;
  let seenNegative = 0;
  let best = 0;
  for (let i = 0; i < order.length; i++) {
    if (labels[order[i]!] === 1) seenPositive++;
    else seenNegative++;
    // Only measure between distinct scores: a threshold cannot split tied rows.
    const last = i + 1 === order.length || scores[order[i + 1]!] !== scores[order[i]!];
    if (last) best = Math.max(best, Math.abs(seenPositive / positives - seenNegative / negatives));
  }
  return best;
}

/** Mean squared error of the predicted probability. */
export function brier(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < scores.length; i++) sum += (scores[i]! - labels[i]!) ** 2;
  return scores.length ? sum / scores.length : NaN;
}

export function measure(scores: ArrayLike<number>, labels: ArrayLike<number>): Metrics {
  const area = auc(scores, labels);
  return { auc: area, ks: ks(scores, labels), gini: 2 * area - 1, brier: brier(scores, labels) };
}

export interface CalibrationRow {
  /** A = the lowest predicted risk. */
  grade: string;
  count: number;
  positives: number;
  minPredicted: number;
  maxPredicted: number;
  predicted: number;
  observed: number;
}

/** Rows sorted by predicted risk and cut into equal-count grades: predicted vs observed rate. */
export function calibrationTable(scores: ArrayLike<number>, labels: ArrayLike<number>, grades = 10): CalibrationRow[] {
  const order = sortedOrder(scores);
  const count = Math.min(grades, order.length);
  const rows: CalibrationRow[] = [];
  for (let g = 0; g < count; g++) {
    const from = Math.floor((g * order.length) / count);
    const to = Math.floor(((g + 1) * order.length) / count);
    let predicted = 0;
    let positives = 0;
    for (let i = from; i < to; i++) {
      predicted += scores[order[i]!]!;
      positives += labels[order[i]!]!;
    }
    const n = to - from;
    rows.push({
      grade: gradeName(g),
      count: n,
      positives,
      minPredicted: scores[order[from]!]!,
      maxPredicted: scores[order[to - 1]!]!,
      predicted: predicted / n,
      observed: positives / n,
    });
  }
  return rows;
}

const gradeName = (g: number) => (g < 26 ? String.fromCharCode(65 + g) : `G${g + 1}`);

export interface PsiBin {
  upper: number | null;
  expected: number;
  actual: number;
}

/**
 * Population stability index of `actual` against `expected`. Bins are the expected
 * distribution's quantiles; an empty bin counts as `epsilon` so the logarithm stays finite.
 */
export function psi(expected: ArrayLike<number>, actual: ArrayLike<number>, bins = 10, epsilon = 1e-4): { psi: number; bins: PsiBin[] } {
  if (!expected.length || !actual.length) throw new RangeError('psi needs two non-empty score lists');
  const sorted = Float64Array.from(expected).sort();
  const cuts = [...new Set(Array.from({ length: bins - 1 }, (_, i) => sorted[Math.floor(((i + 1) * sorted.length) / bins) - 1]!))];
  if (cuts[cuts.length - 1] === sorted[sorted.length - 1]) cuts.pop(); // the top bin is open-ended anyway
  const share = (values: ArrayLike<number>) => {
    const counts = new Float64Array(cuts.length + 1);
    for (let i = 0; i < values.length; i++) counts[binOf(cuts, values[i]!)]!++;
    return counts.map((c) => c / values.length);
  };
  const e = share(expected);
  const a = share(actual);
  let total = 0;
  const table: PsiBin[] = [];
  for (let b = 0; b < e.length; b++) {
    const eb = Math.max(e[b]!, epsilon);
    const ab = Math.max(a[b]!, epsilon);
    total += (ab - eb) * Math.log(ab / eb);
    table.push({ upper: b < cuts.length ? cuts[b]! : null, expected: e[b]!, actual: a[b]! });
  }
  return { psi: total, bins: table };
}

/** Index of the first cut ≥ value (bins are right-closed), or cuts.length. */
export function binOf(cuts: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (value <= cuts[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function sortedOrder(scores: ArrayLike<number>): Uint32Array {
  const order = new Uint32Array(scores.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => scores[a]! - scores[b]!);
}

function classCounts(labels: ArrayLike<number>) {
  let positives = 0;
  for (let i = 0; i < labels.length; i++) positives += labels[i]!;
  return { positives, negatives: labels.length - positives };
}

/** The ROC curve as at most `points` + 1 (false-positive rate, true-positive rate) pairs. */
export function rocCurve(scores: ArrayLike<number>, labels: ArrayLike<number>, points = 50): { fpr: number; tpr: number }[] {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const positives = order.reduce((s, i) => s + labels[i]!, 0);
  const negatives = order.length - positives;
  if (!positives || !negatives) return [];
  const curve = [{ fpr: 0, tpr: 0 }];
  let tp = 0;
  let fp = 0;
  const every = Math.max(1, Math.floor(order.length / points));
  order.forEach((i, k) => {
    if (labels[i]) tp++;
    else fp++;
    const lastOfTies = k === order.length - 1 || scores[order[k + 1]!] !== scores[i];
    if (lastOfTies && (k % every === 0 || k === order.length - 1)) curve.push({ fpr: fp / negatives, tpr: tp / positives });
  });
  return curve;
}
