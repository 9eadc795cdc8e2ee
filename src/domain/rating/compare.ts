// Champion/challenger comparison on the same enterprises and snapshots.
import { psi } from '../model-lab/metrics.ts';
import { GRADES } from './expert-model.ts';

export interface RatingPair {
  championScore: number;
  championGrade: string;
  challengerScore: number;
  challengerGrade: string;
}

export function compareRatings(pairs: readonly RatingPair[]) {
  const n = pairs.length;
  const notch = (g: string) => GRADES.indexOf(g as (typeof GRADES)[number]);
  const migration: Record<string, Record<string, number>> = {};
  let same = 0;
  let withinOne = 0;
  let difference = 0;
  for (const p of pairs) {
    const row = (migration[p.championGrade] ??= {});
    row[p.challengerGrade] = (row[p.challengerGrade] ?? 0) + 1;
    const gap = Math.abs(notch(p.championGrade) - notch(p.challengerGrade));
    if (gap === 0) same++;
    if (gap <= 1) withinOne++;
    difference += p.challengerScore - p.championScore;
  }
  const stability = n >= 2 ? psi(pairs.map((p) => p.championScore), pairs.map((p) => p.challengerScore)).psi : null;
  return {
    enterprises: n,
    meanScoreDifference: n ? Math.round((difference / n) * 10) / 10 : null,
    sameGrade: n ? same / n : null,
    withinOneNotch: n ? withinOne / n : null,
    /** Population stability index of challenger scores against champion scores. */
    psi: stability,
    migration,
  };
}
