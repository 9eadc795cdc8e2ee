// Calibration by the platform's nine grades: each predicted PD is placed on the 0–1000 scale
// (the inverse of the scale's PD mapping), graded, and compared with the observed default rate.
import type { CalibrationRow } from '../model-lab/metrics.ts';
import { GRADES, type ExpertModel } from './expert-model.ts';
import { gradeOf } from './score.ts';

export function scoreOfPd(scale: ExpertModel, pd: number): number {
  const p = Math.min(1 - 1e-9, Math.max(1e-9, pd));
  return Math.max(0, Math.min(1000, Math.round(scale.pd.midpoint + scale.pd.scale * Math.log((1 - p) / p))));
}

export function calibrationByGrade(scale: ExpertModel, pds: ArrayLike<number>, labels: ArrayLike<number>): CalibrationRow[] {
  const groups = new Map<string, { count: number; positives: number; sum: number; min: number; max: number }>();
  for (let i = 0; i < pds.length; i++) {
    const grade = gradeOf(scale, scoreOfPd(scale, pds[i]!));
    const g = groups.get(grade) ?? { count: 0, positives: 0, sum: 0, min: Infinity, max: -Infinity };
    g.count++;
    g.positives += labels[i]!;
    g.sum += pds[i]!;
    g.min = Math.min(g.min, pds[i]!);
    g.max = Math.max(g.max, pds[i]!);
    groups.set(grade, g);
  }
  return GRADES.filter((grade) => groups.has(grade)).map((grade) => {
    const g = groups.get(grade)!;
    return { grade, count: g.count, positives: g.positives, minPredicted: g.min, maxPredicted: g.max, predicted: g.sum / g.count, observed: g.positives / g.count };
  });
}
