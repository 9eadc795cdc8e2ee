// One product against one enterprise, rule by rule, for the product's page: each eligibility rule
// with the enterprise's value, what the rule requires, whether it is met, and for an unmet rule the
// smallest change that would meet it. The ranking's near-misses say the same of unmet rules only.
import { FACT_BY_KEY, type EnterpriseFacts } from './facts.ts';
import { NO_PARK_NAMES } from './code-names.ts';
import { advice, formatValue, required, ruleFormula, type CodeNames, type Text } from './explain.ts';
import { evaluateRule, type EligibilityRule } from './rules.ts';

export interface RuleFit {
  rule: string;
  fact: string;
  name: Text;
  met: boolean;
  /** The enterprise's value in words, or null when it is unknown. */
  actual: Text | null;
  required: Text;
  /** For an unmet rule: what would meet it. */
  advice: Text | null;
}

export interface ProductFit {
  eligible: boolean;
  rules: RuleFit[];
}

export function explainFit(rules: readonly EligibilityRule[], facts: EnterpriseFacts, names: CodeNames = NO_PARK_NAMES): ProductFit {
  const out = rules.map((rule): RuleFit => {
    const fact = FACT_BY_KEY.get(rule.fact)!;
    const outcome = evaluateRule(rule, facts);
    return {
      rule: ruleFormula(rule),
      fact: rule.fact,
      name: { zh: fact.nameZh, en: fact.nameEn },
      met: outcome.passed,
      actual: outcome.actual === null ? null : formatValue(fact, outcome.actual, names),
      required: required(rule, names),
      advice: outcome.passed ? null : advice(outcome, names),
    };
  });
  // Unmet rules first (they are what the enterprise can act on), each group in the product's order.
  return { eligible: out.every((r) => r.met), rules: [...out.filter((r) => !r.met), ...out.filter((r) => r.met)] };
}
