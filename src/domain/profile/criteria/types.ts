// National criteria as data: a rule set is plain JSON (no functions, no bigint), so it can be
// stored in a table, versioned, and loaded back through validateRuleSet.

import { CRITERIA_MEASURES, type CriteriaMeasure, type CriteriaMissingReason, type CriteriaUnit } from '../../../../shared/profile.ts';

/** The measures rules read, listed in shared/ so the web labels each. */
export const MEASURE_NAMES = CRITERIA_MEASURES;
export type MeasureName = CriteriaMeasure;

/** How a measure's value reads: fractions print as %, yuan as ¥, flags are 1 or 0. */
export type MeasureUnit = CriteriaUnit;

/** Why a measure (or a threshold) has no value: a code of shared/profile.ts with its parameters. */
export interface MissingReason {
  code: CriteriaMissingReason;
  params: Record<string, string | number | number[]>;
}

export const NUMBER_OPS = ['>=', '>', '<=', '<', '=='] as const;
export const LIST_OPS = ['in', 'prefix_in'] as const;
export type NumberOp = (typeof NUMBER_OPS)[number];
export type ListOp = (typeof LIST_OPS)[number];
export type RuleOp = NumberOp | ListOp;

/**
 * A threshold that depends on another measure: the first band whose `upTo` (inclusive) is not
 * below the measure applies, else `otherwise`. E.g. HNTE R&D ratio by revenue band.
 */
export interface BandedThreshold {
  by: MeasureName;
  bands: { upTo: number; value: number }[];
  otherwise: number;
}

interface RuleBase {
  id: string;
  nameZh: string;
  nameEn: string;
  /** Added to every message, e.g. to say a score is approximated. */
  note?: string;
}

/** gate: must hold. shortcut: if it holds (with the gates), the set passes whatever the score. */
export interface ConditionRule extends RuleBase {
  role: 'gate' | 'shortcut';
  measure: MeasureName;
  op: RuleOp;
  value: number | string[] | BandedThreshold;
}

/** Bands are tried in order; the first that matches gives its points, none gives 0. */
export interface ScoreBand {
  op: '>=' | '>';
  value: number;
  points: number;
}

/** Points from the best of one or more measures (e.g. R&D / revenue or R&D / total cost). */
export interface ScoreRule extends RuleBase {
  role: 'score';
  maxPoints: number;
  scoring: { measure: MeasureName; bands: ScoreBand[] }[];
}

export type Rule = ConditionRule | ScoreRule;

export interface PassCondition {
  /** Score needed, or null when the set has gates only. */
  minScore: number | null;
  /** Score rules that must earn more than 0 points (tech SME: the S&T staff score). */
  nonZero: string[];
}

export interface RuleSet {
  code: string;
  version: string;
  effectiveFrom: string; // YYYY-MM-DD
  nameZh: string;
  nameEn: string;
  /** The published document the rules encode. */
  source: string;
  rules: Rule[];
  pass: PassCondition;
}

export interface RuleResult {
  id: string;
  nameZh: string;
  nameEn: string;
  role: Rule['role'];
  passed: boolean;
  /** The measured value, null when the data is missing. */
  actual: number | string | null;
  /** The threshold as applied (a banded threshold is resolved), or the full-points value of a score. */
  required: number | string[] | null;
  op?: RuleOp;
  /** The measure the values are of (for a score rule, the option that scored best, else its first). */
  measure: MeasureName;
  unit: MeasureUnit;
  /** Why the rule could not be checked or scored, when data is missing; the web words each reason. */
  missing?: MissingReason[];
  /** The rule set's note on the rule (English); the web has its own words for the built-in notes. */
  note?: string;
  points?: number;
  maxPoints?: number;
  /** The whole explanation in English, for API users and the CLI; the web builds its own from the fields above. */
  message: string;
}

export interface CriteriaResult {
  code: string;
  version: string;
  passed: boolean;
  /** Sum of score-rule points, when the set has score rules. */
  score?: number;
  maxScore?: number;
  /** How it passed: on its score (or gates alone), or through a shortcut rule. */
  passedBy?: 'rules' | 'shortcut';
  rules: RuleResult[];
}
