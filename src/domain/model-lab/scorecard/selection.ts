// Feature selection on weight-of-evidence columns: drop the uninformative (low IV), then walk the
// rest from the highest IV down and skip any that mostly repeats one already kept (|r| too high).

export interface SelectionOptions {
  minIv: number;
  maxCorrelation: number;
  maxFeatures: number;
}

export const DEFAULT_SELECTION: SelectionOptions = { minIv: 0.02, maxCorrelation: 0.7, maxFeatures: 20 };

export interface Candidate {
  iv: number;
  woe: Float64Array;
}

/** Indices of the chosen candidates, highest IV first. Keeps the single best one if none reaches minIv. */
export function selectFeatures(candidates: readonly Candidate[], options: SelectionOptions = DEFAULT_SELECTION): number[] {
  const order = candidates.map((_, i) => i).sort((a, b) => candidates[b]!.iv - candidates[a]!.iv || a - b);
  const standardised = new Map<number, Float64Array | null>();
  const z = (i: number) => {
    if (!standardised.has(i)) standardised.set(i, standardise(candidates[i]!.woe));
    return standardised.get(i)!;
  };
  const kept: number[] = [];
  for (const i of order) {
    if (kept.length >= options.maxFeatures || candidates[i]!.iv < options.minIv) break;
    const zi = z(i);
    if (!zi) continue;
    if (kept.every((j) => Math.abs(correlation(zi, z(j)!)) <= options.maxCorrelation)) kept.push(i);
  }
  const best = order[0];
  if (!kept.length && best !== undefined && candidates[best]!.iv > 0 && z(best)) kept.push(best);
  return kept;
}

/** (x − mean) / sd, or null for a constant column (it cannot separate anything). */
function standardise(x: Float64Array): Float64Array | null {
  let mean = 0;
  for (const v of x) mean += v;
  mean /= x.length;
  let variance = 0;
  for (const v of x) variance += (v - mean) ** 2;
  const sd = Math.sqrt(variance / x.length);
  if (!(sd > 1e-12)) return null;
  return x.map((v) => (v - mean) / sd);
}

function correlation(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum / a.length;
}
