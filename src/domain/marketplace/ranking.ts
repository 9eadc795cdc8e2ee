// How eligible products are ranked: a weighted sum of five components, each in 0..1.
//   margin      how comfortably the enterprise clears the product's rules
//   preference  the product's soft preferences (industries, stages, regions) and, for a need,
//               how well amount and timing sit with the product
//   grade       the enterprise's credit grade
//   cost        what the money costs the enterprise (LPR + spread, or the fee)
//   approval    the institution's observed approval rate for enterprises of a similar grade
// Every component is non-decreasing in the grade, so a better grade never ranks lower.
import { GRADES } from '../rating/expert-model.ts';

export interface RankingWeights {
  margin: number;
  preference: number;
  grade: number;
  cost: number;
  approval: number;
}

export const DEFAULT_RANKING_WEIGHTS: RankingWeights = { margin: 0.25, preference: 0.2, grade: 0.25, cost: 0.15, approval: 0.15 };

/** Problems with configured weights; empty when usable. */
export function validateWeights(w: RankingWeights): string[] {
  const values = Object.values(w);
  if (values.some((v) => !Number.isFinite(v) || v < 0)) return ['ranking weights must be non-negative numbers'];
  if (values.reduce((s, v) => s + v, 0) <= 0) return ['at least one ranking weight must be positive'];
  return [];
}

export const normaliseWeights = (w: RankingWeights): RankingWeights => {
  const total = w.margin + w.preference + w.grade + w.cost + w.approval;
  return { margin: w.margin / total, preference: w.preference / total, grade: w.grade / total, cost: w.cost / total, approval: w.approval / total };
};

const TOP_STEP = GRADES.length - 1;
export const gradeComponent = (step: number) => (Number.isNaN(step) ? 0 : step / TOP_STEP);

/** Yearly cost 2% or less scores 1, 12% or more scores 0. */
export const costComponent = (yearlyCost: number | null) => (yearlyCost === null ? 0.5 : Math.min(1, Math.max(0, (0.12 - yearlyCost) / 0.1)));

// ---------------------------------------------------------------------------------------------
// Observed approval rates

/** Grade bands for approval statistics: C-band (C–CCC), B-band (B–BBB), A-band (A–AAA). */
export const bandOfStep = (step: number) => (Number.isNaN(step) ? -1 : Math.floor(step / 3));
const BANDS = 3;

export interface DecisionCounts {
  institutionId: string;
  band: number; // 0..2, see bandOfStep
  approved: number;
  decided: number;
}

/** Prior: an institution with no decisions is assumed to approve half, worth four decisions. */
const PRIOR_RATE = 0.5;
const PRIOR_WEIGHT = 4;

export type ApprovalRates = (institutionId: string, gradeStep: number) => number;

/**
 * Smoothed approval rate per institution and band, made non-decreasing in the band (a better band
 * gets at least the rate of any worse one); unrated enterprises get the worst band's rate.
 */
export function approvalRates(counts: readonly DecisionCounts[]): ApprovalRates {
  const byInstitution = new Map<string, Float64Array>();
  const raw = new Map<string, { approved: number[]; decided: number[] }>();
  for (const c of counts) {
    const r = raw.get(c.institutionId) ?? { approved: [0, 0, 0], decided: [0, 0, 0] };
    if (c.band >= 0 && c.band < BANDS) {
      r.approved[c.band]! += c.approved;
      r.decided[c.band]! += c.decided;
    }
    raw.set(c.institutionId, r);
  }
  for (const [id, r] of raw) {
    const rates = new Float64Array(BANDS);
    let floor = 0;
    for (let b = 0; b < BANDS; b++) {
      const rate = (r.approved[b]! + PRIOR_RATE * PRIOR_WEIGHT) / (r.decided[b]! + PRIOR_WEIGHT);
      floor = Math.max(floor, rate);
      rates[b] = floor;
    }
    byInstitution.set(id, rates);
  }
  return (institutionId, step) => {
    const rates = byInstitution.get(institutionId);
    if (!rates) return PRIOR_RATE;
    const band = bandOfStep(step);
    return band < 0 ? rates[0]! : rates[Math.min(band, BANDS - 1)]!;
  };
}

export const noApprovalHistory: ApprovalRates = () => PRIOR_RATE;
