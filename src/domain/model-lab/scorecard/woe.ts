// Weight of evidence and information value. WoE = ln(share of negatives / share of positives):
// positive WoE means fewer positives (e.g. fewer defaults) than average, the usual scorecard sign.

export interface BinCounts {
  count: number;
  positives: number;
}

export interface BinEvidence {
  woe: number;
  iv: number;
}

/** Half an observation added to each class of each bin, so an empty class gives a finite WoE. */
const SMOOTHING = 0.5;

export function weightOfEvidence(bins: readonly BinCounts[]): BinEvidence[] {
  let positives = 0;
  let negatives = 0;
  for (const b of bins) {
    positives += b.positives;
    negatives += b.count - b.positives;
  }
  const k = bins.length;
  return bins.map((b) => {
    const negativeShare = (b.count - b.positives + SMOOTHING) / (negatives + SMOOTHING * k);
    const positiveShare = (b.positives + SMOOTHING) / (positives + SMOOTHING * k);
    const woe = Math.log(negativeShare / positiveShare);
    return { woe, iv: (negativeShare - positiveShare) * woe };
  });
}

export const informationValue = (bins: readonly BinCounts[]) => weightOfEvidence(bins).reduce((sum, b) => sum + b.iv, 0);
