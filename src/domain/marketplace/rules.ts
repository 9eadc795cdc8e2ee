// Eligibility rules as data: a product's hard thresholds over the facts an enterprise has.
// Validated on save (unknown facts, wrong operators, min > max, rules that contradict each other),
// then evaluated with the actual value, the margin by which a rule passes, and, when it fails,
// the smallest change that would make it pass.
import { problem, type ArgsOf, type ErrorCode, type ParamValues } from '../shared/errors.ts';
import { FACT_BY_KEY, gradeAtStep, gradeStep, NUMERIC_INDEX, CATEGORY_INDEX, STAGES, type EnterpriseFacts, type FactDefinition } from './facts.ts';

export type EligibilityRule =
  | { fact: string; op: 'gte'; value: number | string }
  | { fact: string; op: 'lte'; value: number | string }
  | { fact: string; op: 'between'; min: number; max: number }
  | { fact: string; op: 'in'; values: string[] }
  | { fact: string; op: 'not_in'; values: string[] };

/** A problem at a path such as "rules.2.min": a catalogue code, its parameters and the English. */
export interface RuleProblem {
  path: string;
  code: ErrorCode;
  params: ParamValues;
  message: string;
}

export function ruleProblem<C extends ErrorCode>(path: string, code: C, ...args: ArgsOf<C>): RuleProblem {
  const { field, ...rest } = problem(path, code, ...args);
  return { path: field, ...rest };
}

const MAX_RULES = 40;

/** What the values of a category fact look like. */
const VALUE_FORMAT: Record<string, { pattern: RegExp; what: ErrorCode }> = {
  park: { pattern: /^[a-z][a-z0-9-]{1,31}$/, what: 'rule.value_not_park_code' },
  stage: { pattern: new RegExp(`^(${STAGES.join('|')})$`), what: 'rule.value_not_stage' },
  industry: { pattern: /^[A-T][0-9]{0,4}$/, what: 'rule.value_not_industry_prefix' },
  region: { pattern: /^[0-9]{2,6}$/, what: 'rule.value_not_region_prefix' },
};

/** Problems with a rule set; empty when it can be saved. */
export function validateRules(rules: readonly EligibilityRule[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (rules.length > MAX_RULES) problems.push(ruleProblem('rules', 'rule.too_many', { max: MAX_RULES }));
  rules.forEach((rule, i) => problems.push(...validateRule(rule, `rules.${i}`)));
  if (!problems.length) problems.push(...contradictions(rules));
  return problems;
}

function validateRule(rule: EligibilityRule, path: string): RuleProblem[] {
  const fact = FACT_BY_KEY.get(rule.fact);
  if (!fact) return [ruleProblem(`${path}.fact`, 'rule.unknown_fact', { fact: rule.fact })];
  const categorical = fact.kind === 'category' || fact.kind === 'code';
  if (rule.op === 'in' || rule.op === 'not_in') {
    if (!categorical) return [ruleProblem(`${path}.op`, 'rule.not_a_category', { fact: fact.key })];
    if (!rule.values.length) return [ruleProblem(`${path}.values`, 'rule.values_empty')];
    if (rule.values.some((v) => typeof v !== 'string' || !v.trim())) return [ruleProblem(`${path}.values`, 'rule.values_blank')];
    const format = VALUE_FORMAT[fact.key];
    const bad = format ? rule.values.findIndex((v) => !format.pattern.test(v)) : -1;
    return bad >= 0 ? [ruleProblem(`${path}.values.${bad}`, format!.what as 'rule.value_not_park_code', { value: rule.values[bad]! })] : [];
  }
  if (categorical) return [ruleProblem(`${path}.op`, 'rule.is_a_category', { fact: fact.key })];
  if (fact.kind === 'flag') {
    const wellFormed = (rule.op === 'gte' && rule.value === 1) || (rule.op === 'lte' && rule.value === 0);
    return wellFormed ? [] : [ruleProblem(`${path}.value`, 'rule.flag_yes_or_no', { fact: fact.key })];
  }
  if (rule.op === 'between') {
    if (fact.kind === 'grade') return [ruleProblem(`${path}.op`, 'rule.is_a_grade', { fact: fact.key })];
    if (!Number.isFinite(rule.min) || !Number.isFinite(rule.max)) return [ruleProblem(path, 'rule.bounds_not_numbers')];
    if (rule.min > rule.max) return [ruleProblem(`${path}.min`, 'rule.min_above_max', { min: rule.min, max: rule.max })];
    return [];
  }
  if (fact.kind === 'grade') {
    return typeof rule.value === 'string' && fact.scale!.includes(rule.value)
      ? []
      : [ruleProblem(`${path}.value`, 'rule.grade_value', { fact: fact.key, values: fact.scale! })];
  }
  return typeof rule.value === 'number' && Number.isFinite(rule.value) ? [] : [ruleProblem(`${path}.value`, 'rule.number_value', { fact: fact.key })];
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
        problems.push(
          before.at >= 0
            ? ruleProblem(`rules.${i}`, 'rule.contradicts_values', { other: before.at + 1, fact: rule.fact })
            : ruleProblem(`rules.${i}`, 'rule.contradicts_itself', { fact: rule.fact }),
        );
      }
      allowed.set(rule.fact, { values, excluded, at: i });
      return;
    }
    const [lo, hi] = boundsOf(rule, fact);
    const b = numeric.get(rule.fact) ?? { lo: -Infinity, loAt: -1, hi: Infinity, hiAt: -1 };
    if (lo > b.lo) Object.assign(b, { lo, loAt: i });
    if (hi < b.hi) Object.assign(b, { hi, hiAt: i });
    numeric.set(rule.fact, b);
    if (b.lo > b.hi) problems.push(ruleProblem(`rules.${i}`, 'rule.contradicts_bounds', { other: (b.loAt === i ? b.hiAt : b.loAt) + 1, fact: rule.fact, lo: describeBound(fact, b.lo), hi: describeBound(fact, b.hi) }));
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
