// National criteria as versioned rule sets, and the pure evaluator.
import { HNTE_2016 } from './hnte-2016.ts';
import { TECH_SME_2022 } from './tech-sme-2022.ts';
import type { RuleSet } from './types.ts';

export type * from './types.ts';
export { LIST_OPS, MEASURE_NAMES, NUMBER_OPS } from './types.ts';
export { evaluateCriteria } from './evaluate.ts';
export { buildMeasureContext, measure, MEASURES, type MeasureDefinition, type MeasureValue } from './measures.ts';
export { parseRuleSet, validateRuleSet, type RuleSetProblem } from './validate.ts';
export { HNTE_2016, HNTE_SUPPORTED_INDUSTRY_PREFIXES } from './hnte-2016.ts';
export { TECH_SME_2022 } from './tech-sme-2022.ts';

/** Every built-in version; more versions of a code may sit side by side. */
export const CRITERIA_RULE_SETS: readonly RuleSet[] = [TECH_SME_2022, HNTE_2016];

/** The version of `code` in force on `date`: the latest whose effectiveFrom is not after it. */
export function ruleSetInForce(code: string, date: string, ruleSets: readonly RuleSet[] = CRITERIA_RULE_SETS): RuleSet | undefined {
  return ruleSets
    .filter((set) => set.code === code && set.effectiveFrom <= date)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
}
