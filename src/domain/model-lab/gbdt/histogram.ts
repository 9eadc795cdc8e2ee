// Gradient/hessian/count histograms per node. One flat Float64Array per node, three slots per bin
// (gradient, hessian, count) so a row's update touches one cache line per feature.

export interface HistogramLayout {
  /** First bin of each feature in the flat histogram. */
  offsets: Int32Array;
  /** Bins per feature, including the missing bin. */
  bins: Int32Array;
  totalBins: number;
}

export function createLayout(binsPerFeature: number[]): HistogramLayout {
  const offsets = new Int32Array(binsPerFeature.length);
  let total = 0;
  binsPerFeature.forEach((b, f) => {
    offsets[f] = total;
    total += b;
  });
  return { offsets, bins: Int32Array.from(binsPerFeature), totalBins: total };
}

/** Recycles histogram buffers: a tree needs at most one per open leaf, so nothing is allocated per node. */
export class HistogramPool {
  private readonly free: Float64Array[] = [];
  constructor(private readonly size: number) {}

  take(): Float64Array {
    return this.free.pop() ?? new Float64Array(this.size * 3);
  }

  give(hist: Float64Array): void {
    this.free.push(hist);
  }
}

export interface HistogramInput {
  bins: Uint8Array; // row-major
  width: number; // features per row
  grad: Float64Array;
  hess: Float64Array;
  layout: HistogramLayout;
  /** The features this tree may split on. */
  features: Int32Array;
}

export function buildHistogram(input: HistogramInput, rows: Int32Array, start: number, end: number, hist: Float64Array): void {
  const { bins, width, grad, hess, layout, features } = input;
  const { offsets } = layout;
  const nf = features.length;
  for (let k = 0; k < nf; k++) {
    const f = features[k]!;
    hist.fill(0, offsets[f]! * 3, (offsets[f]! + layout.bins[f]!) * 3);
  }
  for (let i = start; i < end; i++) {
    const r = rows[i]!;
    const g = grad[r]!;
    const h = hess[r]!;
    const base = r * width;
    for (let k = 0; k < nf; k++) {
      const f = features[k]!;
      const slot = (offsets[f]! + bins[base + f]!) * 3;
      hist[slot] = hist[slot]! + g;
      hist[slot + 1] = hist[slot + 1]! + h;
      hist[slot + 2] = hist[slot + 2]! + 1;
    }
  }
}

/** parent −= child: the sibling's histogram without another pass over its rows. */
export function subtractHistogram(parent: Float64Array, child: Float64Array, layout: HistogramLayout, features: Int32Array): void {
  for (let k = 0; k < features.length; k++) {
    const f = features[k]!;
    const from = layout.offsets[f]! * 3;
    const to = (layout.offsets[f]! + layout.bins[f]!) * 3;
    for (let i = from; i < to; i++) parent[i] = parent[i]! - child[i]!;
  }
}
