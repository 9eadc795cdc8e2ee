// Best split of a node from its histogram. For every threshold both homes for missing values are
// tried (left and right), and the better one becomes the learned default direction.
import { MIN_CHILD_HESSIAN } from './options.ts';
import type { HistogramLayout } from './histogram.ts';

export interface Split {
  gain: number;
  feature: number;
  /** Numeric splits: the last bin that goes left (bins 1..binThreshold); -1 for categorical. */
  binThreshold: number;
  /** Per bin of the feature (bin 0 = missing): 1 if rows in it go left. */
  leftBins: Uint8Array;
  defaultLeft: boolean;
}

export interface NodeStats {
  sumG: number;
  sumH: number;
  count: number;
}

export interface SplitRules {
  l2: number;
  minSamplesLeaf: number;
  /** Per feature: true when categorical. */
  categorical: boolean[];
}

/** Smoothing for ordering categories by gradient ratio, so tiny categories do not jump to the ends. */
const CATEGORY_SMOOTHING = 10;

interface Best {
  gain: number;
  feature: number;
  cut: number; // numeric: bin threshold; categorical: prefix length in `order`
  defaultLeft: boolean;
  order: Int32Array | null;
}

export function findBestSplit(
  hist: Float64Array,
  stats: NodeStats,
  layout: HistogramLayout,
  features: Int32Array,
  rules: SplitRules,
): Split | null {
  const best: Best = { gain: 0, feature: -1, cut: -1, defaultLeft: false, order: null };
  for (let k = 0; k < features.length; k++) {
    const f = features[k]!;
    if (rules.categorical[f]) scanCategorical(hist, stats, layout, f, rules, best);
    else scanNumeric(hist, stats, layout, f, rules, best);
  }
  return best.feature < 0 ? null : toSplit(best, layout);
}

function toSplit(best: Best, layout: HistogramLayout): Split {
  const leftBins = new Uint8Array(layout.bins[best.feature]!);
  if (best.order) {
    for (let i = 0; i < best.cut; i++) leftBins[best.order[i]!] = 1;
  } else {
    for (let b = 1; b <= best.cut; b++) leftBins[b] = 1;
  }
  leftBins[0] = best.defaultLeft ? 1 : 0;
  return {
    gain: best.gain,
    feature: best.feature,
    binThreshold: best.order ? -1 : best.cut,
    leftBins,
    defaultLeft: best.defaultLeft,
  };
}

/**
 * Gain of a split minus the parent's score (the ½ factor dropped); -1 if a child is too small.
 * `parentScore` is G²/(H+λ) of the node, computed once per node rather than per candidate.
 */
function gainOf(lg: number, lh: number, lc: number, stats: NodeStats, rules: SplitRules, parentScore: number): number {
  const rc = stats.count - lc;
  const rh = stats.sumH - lh;
  if (lc < rules.minSamplesLeaf || rc < rules.minSamplesLeaf) return -1;
  if (lh < MIN_CHILD_HESSIAN || rh < MIN_CHILD_HESSIAN) return -1;
  const rg = stats.sumG - lg;
  return (lg * lg) / (lh + rules.l2) + (rg * rg) / (rh + rules.l2) - parentScore;
}

function consider(best: Best, gain: number, f: number, cut: number, defaultLeft: boolean, order: Int32Array | null): void {
  if (gain > best.gain) {
    best.gain = gain;
    best.feature = f;
    best.cut = cut;
    best.defaultLeft = defaultLeft;
    best.order = order;
  }
}

function scanNumeric(hist: Float64Array, stats: NodeStats, layout: HistogramLayout, f: number, rules: SplitRules, best: Best): void {
  const base = layout.offsets[f]! * 3;
  const bins = layout.bins[f]!;
  const parentScore = (stats.sumG * stats.sumG) / (stats.sumH + rules.l2);
  const mg = hist[base]!;
  const mh = hist[base + 1]!;
  const mc = hist[base + 2]!;
  const minLeaf = rules.minSamplesLeaf;
  let lg = 0;
  let lh = 0;
  let lc = 0;
  for (let b = 1; b < bins; b++) {
    const slot = base + b * 3;
    const c = hist[slot + 2]!;
    if (c === 0) continue; // same partition as the previous bin
    lg += hist[slot]!;
    lh += hist[slot + 1]!;
    lc += c;
    if (lc + mc < minLeaf) continue; // left too small either way
    if (stats.count - lc < minLeaf) break; // right too small either way, and only shrinks
    const right = gainOf(lg, lh, lc, stats, rules, parentScore);
    if (mc === 0) {
      consider(best, right, f, b, lc >= stats.count - lc, null);
    } else {
      consider(best, right, f, b, false, null);
      consider(best, gainOf(lg + mg, lh + mh, lc + mc, stats, rules, parentScore), f, b, true, null);
    }
  }
}

/**
 * Categories are ordered by their gradient ratio, then split like an ordered feature: the best
 * prefix goes left (the Fisher grouping trick LightGBM uses), so k categories cost k-1 checks.
 */
function scanCategorical(hist: Float64Array, stats: NodeStats, layout: HistogramLayout, f: number, rules: SplitRules, best: Best): void {
  const base = layout.offsets[f]! * 3;
  const bins = layout.bins[f]!;
  const present: number[] = [];
  for (let b = 1; b < bins; b++) if (hist[base + b * 3 + 2]! > 0) present.push(b);
  if (present.length === 0) return;
  const ratio = (b: number) => hist[base + b * 3]! / (hist[base + b * 3 + 1]! + CATEGORY_SMOOTHING);
  const order = Int32Array.from(present.sort((a, b) => ratio(a) - ratio(b) || a - b));
  const parentScore = (stats.sumG * stats.sumG) / (stats.sumH + rules.l2);
  const mg = hist[base]!;
  const mh = hist[base + 1]!;
  const mc = hist[base + 2]!;
  let lg = 0;
  let lh = 0;
  let lc = 0;
  for (let i = 0; i < order.length; i++) {
    const slot = base + order[i]! * 3;
    lg += hist[slot]!;
    lh += hist[slot + 1]!;
    lc += hist[slot + 2]!;
    const right = gainOf(lg, lh, lc, stats, rules, parentScore);
    if (mc === 0) {
      consider(best, right, f, i + 1, lc >= stats.count - lc, order);
    } else {
      consider(best, right, f, i + 1, false, order);
      consider(best, gainOf(lg + mg, lh + mh, lc + mc, stats, rules, parentScore), f, i + 1, true, order);
    }
  }
}
