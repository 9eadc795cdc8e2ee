// Training a scorecard: bin every feature, turn bins into weight of evidence, keep the informative
// and non-redundant features, fit a logistic regression on their WoE, and scale it into points.
import type { Dataset } from '../types.ts';
import { binFeature, DEFAULT_BINNING, type BinnedFeature, type Binning, type BinningOptions } from './binning.ts';
import { fitLogistic, type LogisticFit } from './logistic.ts';
import { createScorecard, DEFAULT_SCALING, scalingFactors, type Scaling, type ScorecardFeature, type ScorecardModel } from './scorecard-model.ts';
import { DEFAULT_SELECTION, selectFeatures, type SelectionOptions } from './selection.ts';
import { weightOfEvidence, type BinEvidence } from './woe.ts';

export interface ScorecardOptions {
  binning?: Partial<BinningOptions>;
  selection?: Partial<SelectionOptions>;
  scaling?: Partial<Scaling>;
  l2PerRow?: number;
}

interface Evidence {
  binned: BinnedFeature;
  evidence: BinEvidence[];
  iv: number;
  woe: Float64Array;
}

export function trainScorecard(train: Dataset, options: ScorecardOptions = {}): ScorecardModel {
  const binningOptions = { ...DEFAULT_BINNING, ...options.binning };
  const all = train.features.map((f) => evidenceOf(binFeature(f, train.labels, binningOptions)));
  const chosen = selectFeatures(all, { ...DEFAULT_SELECTION, ...options.selection }).map((i) => all[i]!);
  const { kept, fit } = fitWithExpectedSigns(chosen, train.labels, options.l2PerRow);
  return createScorecard(scorecardJson(kept, fit, { ...DEFAULT_SCALING, ...options.scaling }));
}

function evidenceOf(binned: BinnedFeature): Evidence {
  // An empty bin (no missing values in training) gets WoE 0: no evidence either way.
  const present = binned.bins.map((b, i) => ({ b, i })).filter(({ b }) => b.count > 0);
  const computed = weightOfEvidence(present.map(({ b }) => b));
  const evidence: BinEvidence[] = binned.bins.map(() => ({ woe: 0, iv: 0 }));
  present.forEach(({ i }, k) => (evidence[i] = computed[k]!));
  const woe = Float64Array.from(binned.rowBins, (bin) => evidence[bin]!.woe);
  return { binned, evidence, iv: evidence.reduce((sum, e) => sum + e.iv, 0), woe };
}

/**
 * With WoE = ln(good share / bad share) every slope should be negative. A positive one means the
 * feature only corrects for a correlated one; such a card cannot be explained, so the weakest
 * wrong-signed feature is dropped and the fit repeated.
 */
function fitWithExpectedSigns(chosen: Evidence[], labels: Uint8Array, l2PerRow?: number): { kept: Evidence[]; fit: LogisticFit } {
  let kept = chosen;
  for (;;) {
    const fit = fitLogistic(kept.map((e) => e.woe), labels, l2PerRow === undefined ? {} : { l2PerRow });
    const wrong = kept.map((e, j) => ({ e, c: fit.coefficients[j]! })).filter(({ c }) => c >= 0);
    if (!wrong.length) return { kept, fit };
    const weakest = wrong.reduce((a, b) => (b.e.iv < a.e.iv ? b : a)).e;
    kept = kept.filter((e) => e !== weakest);
  }
}

function scorecardJson(kept: Evidence[], fit: LogisticFit, scaling: Scaling) {
  const { factor, offset } = scalingFactors(scaling);
  const base = offset - factor * fit.intercept;
  const share = kept.length ? base / kept.length : 0;
  const features = kept.map((e, j): ScorecardFeature => {
    const coefficient = fit.coefficients[j]!;
    const labels = binLabels(e.binned.binning);
    const bins = e.binned.bins.map((b, i) => ({
      label: labels[i]!,
      count: b.count,
      positives: b.positives,
      woe: e.evidence[i]!.woe,
      iv: e.evidence[i]!.iv,
      points: share - factor * coefficient * e.evidence[i]!.woe,
    }));
    return { ...e.binned.binning, coefficient, iv: e.iv, bins, unseenPoints: share };
  });
  return { kind: 'scorecard' as const, version: 1 as const, scaling, intercept: fit.intercept, basePoints: kept.length ? 0 : base, features };
}

/** Readable bin names: "(-inf, 3]", "(3, 7.5]", "(7.5, +inf)", "A, B", "missing". */
export function binLabels(binning: Binning): string[] {
  if (binning.kind === 'numeric') {
    const edges = ['-inf', ...binning.cuts.map(formatNumber), '+inf'];
    const values = edges.slice(1).map((upper, i) => (upper === '+inf' ? `(${edges[i]}, +inf)` : `(${edges[i]}, ${upper}]`));
    return [...(binning.cuts.length ? values : ['all values']), 'missing'];
  }
  const values = binning.groups.map((categories, g) => {
    const shown = categories.length > 4 ? `${categories.slice(0, 4).join(', ')}, … (${categories.length - 4} more)` : categories.join(', ');
    return g === binning.otherGroup ? `${shown} (+ other)` : shown;
  });
  return [...values, 'missing'];
}

const formatNumber = (v: number) => String(Number(v.toPrecision(6)));
