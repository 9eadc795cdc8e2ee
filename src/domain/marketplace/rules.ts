// Eligibility rules as data: a product's hard thresholds over the facts an enterprise has.
// Validated on save (unknown facts, wrong operators, min > max, rules that contradict each other),
// then evaluated with the actual value, the margin by which a rule passes, and, when it fails,
// the smallest change that would make it pass.
import { FACT_BY_KEY, gradeAtStep, gradeStep, NUMERIC_INDEX, CATEGORY_INDEX, STAGES, type EnterpriseFacts, type FactDefinition } from './facts.ts';

export type EligibilityRule =
  | { fact: string; op: 'gte'; value: number | string }
  | { fact: string; op: 'lte'; value: number | string }
  | { fact: string; op: 'between'; min: number; max: number }
  | { fact: string; op: 'in'; values: string[] }
  | { fact: string; op: 'not_in'; values: string[] };

export interface RuleProblem {
  path: string; // e.g. "rules.2.min"
  message: string;
}

const MAX_RULES = 40;

/** What the values of a category fact look like. */
const VALUE_FORMAT: Record<string, { pattern: RegExp; what: string }> = {
  park: { pattern: /^[a-z][a-z0-9-]{1,31}$/, what: 'a park code' },
  stage: { pattern: new RegExp(`^(${STAGES.join('|')})$`), what: `one of ${STAGES.join(', ')}` },
  industry: { pattern: /^[A-T][0-9]{0,4}$/, what: 'a GB/T 4754 code prefix such as C39 or I65' },
  region: { pattern: /^[0-9]{2,6}$/, what: 'a GB/T 2260 code prefix such as 31 or 310115' },
};

/** Problems with a rule set; empty when it can be saved. */
export function validateRules(rules: readonly EligibilityRule[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (rules.length > MAX_RULES) problems.push({ path: 'rules', message: `at most ${MAX_RULES} rules` });
  rules.forEach((rule, i) => problems.push(...validateRule(rule, `rules.${i}`)));
  if (!problems.length) problems.push(...contradictions(rules));
  return problems;
}

function validateRule(rule: EligibilityRule, path: string): RuleProblem[] {
  const fact = FACT_BY_KEY.get(rule.fact);
  if (!fact) return [{ path: `${path}.fact`, message: `unknown fact "${rule.fact}"` }];
  const categorical = fact.kind === 'category' || fact.kind === 'code';
  if (rule.op === 'in' || rule.op === 'not_in') {
    if (!categorical) return [{ path: `${path}.op`, message: `${fact.key} is not a category: use gte, lte or between` }];
    if (!rule.values.length) return [{ path: `${path}.values`, message: 'list at least one value' }];
    if (rule.values.some((v) => typeof v !== 'string' || !v.trim())) return [{ path: `${path}.values`, message: 'values must be non-empty text' }];
    const format = VALUE_FORMAT[fact.key];
    const bad = format ? rule.values.findIndex((v) => !format.pattern.test(v)) : -1;
    return bad >= 0 ? [{ path: `${path}.values.${bad}`, message: `"${rule.values[bad]}" is not ${format!.what}` }] : [];
  }
  if (categorical) return [{ path: `${path}.op`, message: `${fact.key} is a category: use in or not_in` }];
  if (fact.kind === 'flag') {
    const wellFormed = (rule.op === 'gte' && rule.value === 1) || (rule.op === 'lte' && rule.value === 0);
    return wellFormed ? [] : [{ path: `${path}.value`, message: `${fact.key} is yes or no: require it (gte 1) or its absence (lte 0)` }];
  }
  if (rule.op === 'between') {
    if (fact.kind === 'grade') return [{ path: `${path}.op`, message: `${fact.key} is a grade: use gte or lte` }];
    if (!Number.isFinite(rule.min) || !Number.isFinite(rule.max)) return [{ path: path, message: 'min and max must be numbers' }];
    if (rule.min > rule.max) return [{ path: `${path}.min`, message: `min ${rule.min} is greater than max ${rule.max}` }];
    return [];
  }
  if (fact.kind === 'grade') {
    return typeof rule.value === 'string' && fact.scale!.includes(rule.value)
      ? []
      : [{ path: `${path}.value`, message: `${fact.key} takes one of ${fact.scale!.join(', ')}` }];
  }
  return typeof rule.value === 'number' && Number.isFinite(rule.value) ? [] : [{ path: `${path}.value`, message: `${fact.key} takes a number` }];
}

/** The interval a numeric rule allows, in the fact's internal units (grades as steps). */
export function boundsOf(rule: EligibilityRule, fact: FactDefinition): [number, number] {
  const v = (x: number | string) => (typeof x === 'string' ? gradeStep(fact, x) : x);
  if (rule.op === 'gte') return [v(rule.value), Infinity];
  if (rule.op === 'lte') return [-Infinity, v(rule.value)];
  if (rule.op === 'between') return [rule.min, rule.max];
  return [-Infinity, Infinity];
}

function contradictions(rules: readonly EligibilityRule[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const numeric = new Map<string, { lo: number; loAt: number; hi: number; hiAt: number }>();
  // Category facts: the values still allowed (null = any) and those excluded, with the rule that last narrowed them.
  const allowed = new Map<string, { values: Set<string> | null; excluded: Set<string>; at: number }>();
  rules.forEach((rule, i) => {
    const fact = FACT_BY_KEY.get(rule.fact)!;
    if (rule.op === 'in' || rule.op === 'not_in') {
      if (fact.kind !== 'category') return; // code prefixes overlap in ways a set test cannot judge
      const before = allowed.get(rule.fact) ?? { values: null, excluded: new Set<string>(), at: -1 };
      const values = rule.op === 'in' ? new Set(rule.values.filter((v) => !before.values || before.values.has(v))) : before.values;
      const excluded = rule.op === 'not_in' ? new Set([...before.excluded, ...rule.values]) : before.excluded;
      const left = values && [...values].filter((v) => !excluded.has(v));
      if (left && left.length === 0) {
        const other = before.at >= 0 ? `rules.${before.at}` : 'itself';
        problems.push({ path: `rules.${i}`, message: `contradicts ${other}: no ${rule.fact} is left that passes both` });
      }
      allowed.set(rule.fact, { values, excluded, at: i });
      return;
    }
    const [lo, hi] = boundsOf(rule, fact);
    const b = numeric.get(rule.fact) ?? { lo: -Infinity, loAt: -1, hi: Infinity, hiAt: -1 };
    if (lo > b.lo) Object.assign(b, { lo, loAt: i });
    if (hi < b.hi) Object.assign(b, { hi, hiAt: i });
    numeric.set(rule.fact, b);
    if (b.lo > b.hi) problems.push({ path: `rules.${i}`, message: `contradicts rules.${b.loAt === i ? b.hiAt : b.loAt}: no ${rule.fact} can be both ≥ ${describeBound(fact, b.lo)} and ≤ ${describeBound(fact, b.hi)}` });
  });
  return problems;
}

const describeBound = (fact: FactDefinition, x: number) => (fact.kind === 'grade' ? (gradeAtStep(fact, x) ?? String(x)) : String(x));

// ---------------------------------------------------------------------------------------------
// Evaluation

export interface RuleOutcome {
  rule: EligibilityRule;
  passed: boolean;
  /** 0..1: how comfortably the rule passes (0 when it fails); categories pass with 1. */
  margin: number;
  actual: number | string | null; // grades as letters
}

/** Scale against which a numeric margin is judged: the threshold itself, or a unit's step. */
const UNIT_SCALE: Record<string, number> = { yuan: 1e6, fraction: 0.1, times: 1, count: 3, years: 3, flag: 1, points: 100, grade: 3, none: 1 };

export function marginOf(fact: FactDefinition, value: number, lo: number, hi: number): number {
  const unit = UNIT_SCALE[fact.unit] ?? 1;
  const room = Math.min(value - lo, hi - value);
  if (room === Infinity) return 1;
  const threshold = Number.isFinite(lo) ? lo : hi;
  const scale = fact.kind === 'grade' ? unit : Math.max(Math.abs(threshold), unit);
  // A rule passed exactly at its threshold still earns a little: meeting the bar is not nothing.
  return Math.min(1, 0.2 + (0.8 * room) / scale);
}

export function evaluateRule(rule: EligibilityRule, facts: EnterpriseFacts): RuleOutcome {
  const fact = FACT_BY_KEY.get(rule.fact)!;
  if (rule.op === 'in' || rule.op === 'not_in') {
    const actual = facts.categories[CATEGORY_INDEX.get(rule.fact)!] ?? '';
    if (!actual) return { rule, passed: false, margin: 0, actual: null };
    const hit = rule.values.some((v) => (fact.kind === 'code' ? actual.startsWith(v) : actual === v));
    const passed = rule.op === 'in' ? hit : !hit;
    return { rule, passed, margin: passed ? 1 : 0, actual };
  }
  const value = facts.numbers[NUMERIC_INDEX.get(rule.fact)!]!;
  const actual = Number.isNaN(value) ? null : fact.kind === 'grade' ? gradeAtStep(fact, value) : value;
  if (Number.isNaN(value)) return { rule, passed: false, margin: 0, actual };
  const [lo, hi] = boundsOf(rule, fact);
  const passed = value >= lo && value <= hi;
  return { rule, passed, margin: passed ? marginOf(fact, value, lo, hi) : 0, actual };
}
