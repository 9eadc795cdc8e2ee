// STAR Market (科创板) readiness: the rules as versioned data and the pure evaluator.
export type * from './types.ts';
export { STAR_CONDITION_KINDS, STAR_GROUPS, STAR_INDICATOR_IDS, STAR_MISSING, STAR_OUTLOOKS } from './types.ts';
export { STAR_2024, STAR_RULE_SET_CODE, STAR_RULE_SETS } from './star-2024.ts';
export { evaluateStarFacts, evaluateStarReadiness, expectedMarketValue, yearsRead } from './evaluate.ts';
export { starFactsOf, type StarFacts, type StarYear } from './facts.ts';
export { parseStarRuleSet, starRuleSetInForce, validateStarRuleSet } from './validate.ts';
