// Coarse classing of one feature. Numbers: ~20 quantile bins, pooled into a monotone bad-rate
// trend (the direction with more information value), then small and insignificant bins merged.
// Categories: ordered by (shrunk) bad rate, rare ones pooled, then merged the same way.
// Missing values always get their own bin, whose weight of evidence is estimated separately.
import { binOf } from '../metrics.ts';
import type { CategoricalFeature, Feature, NumericFeature } from '../types.ts';
import { chiMerge, mergeSmall, poolAdjacentViolators, type Segment } from './segments.ts';
import { informationValue, type BinCounts } from './woe.ts';

export interface BinningOptions {
  fineBins: number;
  /** Smallest share of the rows a (non-missing) bin may hold. */
  minBinShare: number;
  maxBins: number;
  /** Adjacent bins whose bad rates differ with a chi-square below this are merged. */
  chiThreshold: number;
  /** Categories with fewer rows than this are pooled into one "other" group (which also takes unseen ones). */
  rareCount: number;
}

export const DEFAULT_BINNING: BinningOptions = { fineBins: 20, minBinShare: 0.05, maxBins: 8, chiThreshold: 1, rareCount: 10 };

export type Binning =
  | { kind: 'numeric'; name: string; cuts: number[] }
  | { kind: 'categorical'; name: string; groups: string[][]; otherGroup: number };

export interface BinnedFeature {
  binning: Binning;
  /** Value bins in order, then the missing bin (count 0 when training had no missing values). */
  bins: BinCounts[];
  /** Each training row's bin index. */
  rowBins: Int32Array;
}

export function binFeature(feature: Feature, labels: Uint8Array, options: BinningOptions = DEFAULT_BINNING): BinnedFeature {
  const binning = feature.kind === 'numeric' ? binNumeric(feature, labels, options) : binCategorical(feature, labels, options);
  const valueBins = binning.kind === 'numeric' ? binning.cuts.length + 1 : binning.groups.length;
  const indexOf = binIndexer(binning, feature);
  const rowBins = new Int32Array(labels.length);
  const bins: BinCounts[] = Array.from({ length: valueBins + 1 }, () => ({ count: 0, positives: 0 }));
  for (let row = 0; row < labels.length; row++) {
    const bin = (rowBins[row] = indexOf(row));
    bins[bin]!.count++;
    bins[bin]!.positives += labels[row]!;
  }
  return { binning, bins, rowBins };
}

/**
 * Row → bin index for any dataset: 0…m−1 the value bins, m the missing bin, m+1 a category the
 * training data never had and that has no "other" group (scored neutrally).
 */
export function binIndexer(binning: Binning, feature: Feature): (row: number) => number {
  if (binning.kind === 'numeric') {
    if (feature.kind !== 'numeric') throw new TypeError(`${binning.name} must be numeric`);
    const { cuts } = binning;
    const missing = cuts.length + 1;
    return (row) => {
      const v = feature.values[row]!;
      return Number.isNaN(v) ? missing : binOf(cuts, v);
    };
  }
  if (feature.kind !== 'categorical') throw new TypeError(`${binning.name} must be categorical`);
  const missing = binning.groups.length;
  const groupOf = new Map<string, number>();
  binning.groups.forEach((categories, g) => categories.forEach((c) => groupOf.set(c, g)));
  const unseen = binning.otherGroup >= 0 ? binning.otherGroup : missing + 1;
  const byCode = Int32Array.from(feature.categories, (c) => groupOf.get(c) ?? unseen);
  return (row) => {
    const code = feature.codes[row]!;
    return code < 0 ? missing : byCode[code]!;
  };
}

function binNumeric(feature: NumericFeature, labels: Uint8Array, options: BinningOptions): Binning {
  const present = feature.values.filter((v) => !Number.isNaN(v)).sort();
  const fineCuts = quantileCuts(present, options.fineBins);
  const fine = Array.from({ length: fineCuts.length + 1 }, (_, i): Segment => ({ count: 0, positives: 0, members: [i] }));
  const missing = { count: 0, positives: 0 };
  for (let row = 0; row < labels.length; row++) {
    const v = feature.values[row]!;
    const bin = Number.isNaN(v) ? missing : fine[binOf(fineCuts, v)]!;
    bin.count++;
    bin.positives += labels[row]!;
  }
  const minCount = options.minBinShare * labels.length;
  const candidates = [true, false].map((increasing) => {
    const segments = chiMerge(mergeSmall(poolAdjacentViolators(fine, increasing), minCount), options.chiThreshold, options.maxBins);
    return { segments, iv: informationValue(missing.count ? [...segments, missing] : segments) };
  });
  const best = candidates[0]!.iv >= candidates[1]!.iv ? candidates[0]! : candidates[1]!;
  const cuts = best.segments.slice(0, -1).map((s) => fineCuts[s.members[s.members.length - 1]!]!);
  return { kind: 'numeric', name: feature.name, cuts };
}

/** Distinct values at the quantiles, each the inclusive upper bound of its bin; the top bin is open. */
export function quantileCuts(sorted: Float64Array, bins: number): number[] {
  const cuts = new Set<number>();
  for (let i = 1; i < bins; i++) {
    const v = sorted[Math.ceil((i * sorted.length) / bins) - 1];
    if (v !== undefined && v < sorted[sorted.length - 1]!) cuts.add(v);
  }
  return [...cuts];
}

function binCategorical(feature: CategoricalFeature, labels: Uint8Array, options: BinningOptions): Binning {
  const counts = feature.categories.map(() => ({ count: 0, positives: 0 }));
  let positives = 0;
  for (let row = 0; row < labels.length; row++) {
    positives += labels[row]!;
    const code = feature.codes[row]!;
    if (code < 0) continue;
    counts[code]!.count++;
    counts[code]!.positives += labels[row]!;
  }
  const fine: { count: number; positives: number; categories: string[]; other: boolean }[] = [];
  const other = { count: 0, positives: 0, categories: [] as string[], other: true };
  feature.categories.forEach((category, code) => {
    const c = counts[code]!;
    if (c.count === 0) return;
    if (c.count < options.rareCount) {
      other.count += c.count;
      other.positives += c.positives;
      other.categories.push(category);
    } else fine.push({ ...c, categories: [category], other: false });
  });
  if (other.count) fine.push(other);
  // Order by a bad rate shrunk toward the overall rate, so a small category does not jump to an end by chance.
  const prior = positives / labels.length;
  const shrunk = (c: BinCounts) => (c.positives + 10 * prior) / (c.count + 10);
  fine.sort((a, b) => shrunk(a) - shrunk(b));
  const segments = chiMerge(
    mergeSmall(coarsen(fine.map((c, i) => ({ count: c.count, positives: c.positives, members: [i] }))), options.minBinShare * labels.length),
    options.chiThreshold,
    options.maxBins,
  );
  const groups = segments.map((s) => s.members.flatMap((m) => fine[m]!.categories));
  const otherGroup = segments.findIndex((s) => s.members.some((m) => fine[m]!.other));
  return { kind: 'categorical', name: feature.name, groups, otherGroup };
}

/** Joins neighbours into at most ~limit runs of similar size, so merging stays cheap with thousands of categories. */
function coarsen(segments: Segment[], limit = 50): Segment[] {
  if (segments.length <= limit) return segments;
  const total = segments.reduce((sum, s) => sum + s.count, 0);
  const result: Segment[] = [];
  let current: Segment | undefined;
  for (const s of segments) {
    current = current ? { count: current.count + s.count, positives: current.positives + s.positives, members: [...current.members, ...s.members] } : { ...s };
    if (current.count >= total / limit) {
      result.push(current);
      current = undefined;
    }
  }
  if (current) result.push(current);
  return result;
}
