// Merging ordered runs of fine bins ("segments") into coarse bins. Every step merges adjacent
// segments only, so the order (value order for numbers, bad-rate order for categories) is kept.

export interface Segment {
  count: number;
  positives: number;
  /** Indices of the fine bins this segment holds, ascending. */
  members: number[];
}

const rate = (s: Segment) => s.positives / s.count;

function merged(a: Segment, b: Segment): Segment {
  return { count: a.count + b.count, positives: a.positives + b.positives, members: [...a.members, ...b.members] };
}

function mergeAt(segments: Segment[], i: number): Segment[] {
  return [...segments.slice(0, i), merged(segments[i]!, segments[i + 1]!), ...segments.slice(i + 2)];
}

/**
 * Pool-adjacent-violators: the monotone (in bad rate) segmentation closest to the fine bins in
 * weighted least squares — the optimal monotone fit, found in one pass.
 */
export function poolAdjacentViolators(segments: Segment[], increasing: boolean): Segment[] {
  const stack: Segment[] = [];
  const violates = (a: Segment, b: Segment) => (increasing ? rate(a) >= rate(b) : rate(a) <= rate(b));
  for (const segment of segments) {
    let top = segment;
    while (stack.length && violates(stack[stack.length - 1]!, top)) top = merged(stack.pop()!, top);
    stack.push(top);
  }
  return stack;
}

/** Merges the smallest segment into the neighbour with the closer bad rate until all reach minCount. */
export function mergeSmall(segments: Segment[], minCount: number): Segment[] {
  let result = segments;
  while (result.length > 1) {
    let smallest = 0;
    result.forEach((s, i) => (s.count < result[smallest]!.count ? (smallest = i) : undefined));
    if (result[smallest]!.count >= minCount) break;
    const left = smallest - 1;
    const right = smallest + 1;
    const useLeft =
      right >= result.length || (left >= 0 && Math.abs(rate(result[left]!) - rate(result[smallest]!)) <= Math.abs(rate(result[right]!) - rate(result[smallest]!)));
    result = mergeAt(result, useLeft ? left : smallest);
  }
  return result;
}

/** Pearson chi-square of the 2×2 table of two segments' outcomes: are their bad rates different? */
export function chiSquare(a: Segment, b: Segment): number {
  const total = a.count + b.count;
  const positives = a.positives + b.positives;
  const negatives = total - positives;
  if (positives === 0 || negatives === 0) return 0;
  let sum = 0;
  for (const s of [a, b]) {
    const expectedPositives = (s.count * positives) / total;
    const expectedNegatives = (s.count * negatives) / total;
    sum += (s.positives - expectedPositives) ** 2 / expectedPositives;
    sum += (s.count - s.positives - expectedNegatives) ** 2 / expectedNegatives;
  }
  return sum;
}

/**
 * ChiMerge: merges the adjacent pair whose bad rates differ least while that difference is not
 * significant (chi-square below threshold) or there are more than maxBins segments. Bins that
 * differ only by chance would make the score noisy on new data.
 */
export function chiMerge(segments: Segment[], threshold: number, maxBins: number): Segment[] {
  let result = segments;
  while (result.length > 1) {
    let best = 0;
    let bestChi = Infinity;
    for (let i = 0; i + 1 < result.length; i++) {
      const chi = chiSquare(result[i]!, result[i + 1]!);
      if (chi < bestChi) [best, bestChi] = [i, chi];
    }
    if (bestChi >= threshold && result.length <= maxBins) break;
    result = mergeAt(result, best);
  }
  return result;
}
