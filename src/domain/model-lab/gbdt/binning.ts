// Turns raw feature columns into small bin indices so split search runs on histograms rather than
// on sorted values. Bin 0 of every feature is reserved for missing values.
import type { Dataset, Feature } from '../types.ts';

export interface NumericBinning {
  kind: 'numeric';
  /** Bin b (b ≥ 1) holds values v with uppers[b-2] < v ≤ uppers[b-1]; the last upper is +∞. */
  uppers: Float64Array;
  bins: number; // including the missing bin
}

export interface CategoricalBinning {
  kind: 'categorical';
  /** Dataset category code → bin; rare categories past the cap share the last bin. */
  binOfCode: Int32Array;
  bins: number; // including the missing bin
}

export type FeatureBinning = NumericBinning | CategoricalBinning;

export function computeBinnings(data: Dataset, rows: Int32Array, maxBins: number): FeatureBinning[] {
  return data.features.map((feature) =>
    feature.kind === 'numeric' ? binNumeric(feature.values, rows, maxBins) : binCategorical(feature, rows, maxBins),
  );
}

function binNumeric(values: Float64Array, rows: Int32Array, maxBins: number): NumericBinning {
  const present = new Float64Array(rows.length);
  let n = 0;
  for (const r of rows) {
    const v = values[r]!;
    if (v === v) present[n++] = v;
  }
  const sorted = present.subarray(0, n).sort();
  const cuts = quantileCuts(sorted, maxBins);
  cuts.push(Number.POSITIVE_INFINITY);
  return { kind: 'numeric', uppers: Float64Array.from(cuts), bins: cuts.length + 1 };
}

/**
 * Cut points between distinct values so bins hold roughly equal row counts. A heavy single value
 * (say, many zeros) cannot be split, so the remaining rows are re-spread over the remaining bins.
 */
function quantileCuts(sorted: Float64Array, maxBins: number): number[] {
  const cuts: number[] = [];
  const n = sorted.length;
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  let nextCut = distinct <= maxBins ? 0 : n / maxBins;
  let i = 0;
  while (i < n && cuts.length < maxBins - 1) {
    const v = sorted[i]!;
    while (i < n && sorted[i] === v) i++;
    if (i >= n) break;
    if (i >= nextCut) {
      cuts.push(midpoint(v, sorted[i]!));
      nextCut = distinct <= maxBins ? 0 : i + (n - i) / (maxBins - cuts.length);
    }
  }
  return cuts;
}

/** A threshold strictly between two neighbours, so the rule "v ≤ cut" matches how rows were binned. */
function midpoint(a: number, b: number): number {
  const mid = a / 2 + b / 2;
  return mid >= a && mid < b ? mid : a;
}

function binCategorical(feature: Feature & { kind: 'categorical' }, rows: Int32Array, maxBins: number): CategoricalBinning {
  const count = feature.categories.length;
  const binOfCode = new Int32Array(count);
  if (count <= maxBins) {
    for (let c = 0; c < count; c++) binOfCode[c] = c + 1;
    return { kind: 'categorical', binOfCode, bins: count + 1 };
  }
  const freq = new Float64Array(count);
  for (const r of rows) {
    const code = feature.codes[r]!;
    if (code >= 0 && code < count) freq[code]!++;
  }
  const byFrequency = Array.from({ length: count }, (_, c) => c).sort((a, b) => freq[b]! - freq[a]! || a - b);
  binOfCode.fill(maxBins);
  byFrequency.slice(0, maxBins - 1).forEach((code, rank) => (binOfCode[code] = rank + 1));
  return { kind: 'categorical', binOfCode, bins: maxBins + 1 };
}

export function binOfNumeric(uppers: Float64Array, v: number): number {
  if (v !== v) return 0;
  let lo = 0;
  let hi = uppers.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (uppers[mid]! >= v) hi = mid;
    else lo = mid + 1;
  }
  return lo + 1;
}

/** Row-major bin matrix (row × feature) for the given rows: one row's bins sit together in memory. */
export function binRows(data: Dataset, binnings: FeatureBinning[], rows: Int32Array): Uint8Array {
  const width = data.features.length;
  const out = new Uint8Array(rows.length * width);
  data.features.forEach((feature, f) => {
    const binning = binnings[f]!;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      out[i * width + f] = binOf(feature, binning, r);
    }
  });
  return out;
}

function binOf(feature: Feature, binning: FeatureBinning, row: number): number {
  if (feature.kind === 'numeric') return binOfNumeric((binning as NumericBinning).uppers, feature.values[row]!);
  const code = feature.codes[row]!;
  const map = (binning as CategoricalBinning).binOfCode;
  return code >= 0 && code < map.length ? map[code]! : 0;
}
