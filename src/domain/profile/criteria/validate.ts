// Checks a rule set loaded from storage before anything evaluates it: known measures and
// operators, operators that suit the measure, reachable bands, pass rules that name real rules.
import { isIsoDate } from '../dates.ts';
import { invalidFields, renderMessage, type ErrorCode, type FieldProblem, type ParamValues } from '../../shared/errors.ts';
import { MEASURES } from './measures.ts';
import { LIST_OPS, NUMBER_OPS, type RuleSet } from './types.ts';

/** A problem at a path such as 'rules[2].measure' (the field), with a `rule_set.*` code and its parameters. */
export type RuleSetProblem = FieldProblem;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const ID = /^[a-z][a-z0-9_]*$/;

/** A value as the rule set has it, for a message that names it. */
const quoted = (value: unknown) => JSON.stringify(value) ?? String(value);

class Problems {
  readonly list: RuleSetProblem[] = [];
  add(path: string, code: ErrorCode & `rule_set.${string}`, params: ParamValues = {}): void {
    this.list.push({ field: path, code, params, message: renderMessage(code, params) });
  }
  /** Flags properties the schema does not know, so a typo ('measur') is not silently ignored. */
  onlyKeys(value: Json, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(value)) if (!allowed.includes(key)) this.add(`${path}.${key}`, 'rule_set.unknown_property');
  }
}

function checkMeasure(problems: Problems, path: string, name: unknown, kind: 'number' | 'code'): void {
  const definition = typeof name === 'string' ? MEASURES.get(name as never) : undefined;
  if (!definition) return problems.add(path, 'rule_set.unknown_measure', { value: quoted(name) });
  if ((definition.unit === 'code') !== (kind === 'code')) {
    problems.add(path, definition.unit === 'code' ? 'rule_set.measure_is_code' : 'rule_set.measure_is_number', { measure: String(name) });
  }
}

function checkThreshold(problems: Problems, path: string, value: unknown): void {
  if (isFiniteNumber(value)) return;
  if (!isObject(value)) return problems.add(path, 'rule_set.not_threshold');
  problems.onlyKeys(value, path, ['by', 'bands', 'otherwise']);
  checkMeasure(problems, `${path}.by`, value.by, 'number');
  if (!isFiniteNumber(value.otherwise)) problems.add(`${path}.otherwise`, 'rule_set.not_number');
  if (!Array.isArray(value.bands) || value.bands.length === 0) return problems.add(`${path}.bands`, 'rule_set.empty_list');
  let previous = -Infinity;
  value.bands.forEach((band: unknown, i) => {
    if (!isObject(band) || !isFiniteNumber(band.upTo) || !isFiniteNumber(band.value)) {
      return problems.add(`${path}.bands[${i}]`, 'rule_set.not_band');
    }
    if (band.upTo <= previous) problems.add(`${path}.bands[${i}].upTo`, 'rule_set.bands_must_rise');
    previous = band.upTo;
  });
}

function checkCondition(problems: Problems, path: string, rule: Json): void {
  problems.onlyKeys(rule, path, ['id', 'role', 'nameZh', 'nameEn', 'note', 'measure', 'op', 'value']);
  const isList = (LIST_OPS as readonly unknown[]).includes(rule.op);
  if (!isList && !(NUMBER_OPS as readonly unknown[]).includes(rule.op)) {
    return problems.add(`${path}.op`, 'rule_set.unknown_operator', { value: quoted(rule.op) });
  }
  checkMeasure(problems, `${path}.measure`, rule.measure, isList ? 'code' : 'number');
  if (isList) {
    const ok = Array.isArray(rule.value) && rule.value.length > 0 && rule.value.every(isText);
    if (!ok) problems.add(`${path}.value`, 'rule_set.not_codes');
  } else {
    checkThreshold(problems, `${path}.value`, rule.value);
  }
}

function checkScore(problems: Problems, path: string, rule: Json): void {
  problems.onlyKeys(rule, path, ['id', 'role', 'nameZh', 'nameEn', 'note', 'maxPoints', 'scoring']);
  const max = isFiniteNumber(rule.maxPoints) && rule.maxPoints > 0 ? rule.maxPoints : null;
  if (max === null) problems.add(`${path}.maxPoints`, 'rule_set.not_positive');
  if (!Array.isArray(rule.scoring) || rule.scoring.length === 0) return problems.add(`${path}.scoring`, 'rule_set.empty_list');
  rule.scoring.forEach((option: unknown, i) => {
    const at = `${path}.scoring[${i}]`;
    if (!isObject(option)) return problems.add(at, 'rule_set.not_scoring_option');
    problems.onlyKeys(option, at, ['measure', 'bands']);
    checkMeasure(problems, `${at}.measure`, option.measure, 'number');
    if (!Array.isArray(option.bands) || option.bands.length === 0) return problems.add(`${at}.bands`, 'rule_set.empty_list');
    let previous = Infinity;
    option.bands.forEach((band: unknown, j) => {
      const bandAt = `${at}.bands[${j}]`;
      if (!isObject(band) || (band.op !== '>=' && band.op !== '>') || !isFiniteNumber(band.value) || !isFiniteNumber(band.points)) {
        return problems.add(bandAt, 'rule_set.not_scoring_band');
      }
      if (band.points < 0) problems.add(`${bandAt}.points`, 'rule_set.points_negative');
      else if (max !== null && band.points > max) problems.add(`${bandAt}.points`, 'rule_set.points_above_max', { max });
      if (band.value > previous) problems.add(`${bandAt}.value`, 'rule_set.bands_must_fall');
      previous = band.value;
    });
  });
}

function checkRule(problems: Problems, path: string, rule: unknown, ids: Set<string>): void {
  if (!isObject(rule)) return problems.add(path, 'rule_set.not_rule');
  if (typeof rule.id !== 'string' || !ID.test(rule.id)) problems.add(`${path}.id`, 'rule_set.not_id');
  else if (ids.has(rule.id)) problems.add(`${path}.id`, 'rule_set.duplicate_id', { id: rule.id });
  else ids.add(rule.id);
  if (!isText(rule.nameZh)) problems.add(`${path}.nameZh`, 'rule_set.name_missing');
  if (!isText(rule.nameEn)) problems.add(`${path}.nameEn`, 'rule_set.name_missing');
  if (rule.note !== undefined && typeof rule.note !== 'string') problems.add(`${path}.note`, 'rule_set.not_text');
  if (rule.role === 'score') checkScore(problems, path, rule);
  else if (rule.role === 'gate' || rule.role === 'shortcut') checkCondition(problems, path, rule);
  else problems.add(`${path}.role`, 'rule_set.unknown_role', { value: quoted(rule.role) });
}

function checkPass(problems: Problems, pass: unknown, rules: unknown[]): void {
  if (!isObject(pass)) return problems.add('pass', 'rule_set.not_pass');
  problems.onlyKeys(pass, 'pass', ['minScore', 'nonZero']);
  const scored = rules.filter((r): r is Json => isObject(r) && r.role === 'score');
  const total = scored.reduce((sum, r) => sum + (isFiniteNumber(r.maxPoints) ? r.maxPoints : 0), 0);
  if (pass.minScore !== null && !(isFiniteNumber(pass.minScore) && pass.minScore >= 0 && pass.minScore <= total)) {
    problems.add('pass.minScore', 'rule_set.min_score_range', { total });
  }
  if (!Array.isArray(pass.nonZero)) return problems.add('pass.nonZero', 'rule_set.not_score_rule_ids');
  pass.nonZero.forEach((id: unknown, i) => {
    if (!scored.some((r) => r.id === id)) problems.add(`pass.nonZero[${i}]`, 'rule_set.not_score_rule', { value: quoted(id) });
  });
}

/** Every problem found, each with a path such as 'rules[2].measure'; empty means valid. */
export function validateRuleSet(input: unknown): RuleSetProblem[] {
  const problems = new Problems();
  if (!isObject(input)) {
    problems.add('', 'rule_set.not_rule_set');
    return problems.list;
  }
  problems.onlyKeys(input, '', ['code', 'version', 'effectiveFrom', 'nameZh', 'nameEn', 'source', 'rules', 'pass']);
  if (typeof input.code !== 'string' || !ID.test(input.code)) problems.add('code', 'rule_set.not_code');
  for (const key of ['version', 'nameZh', 'nameEn', 'source'] as const) if (!isText(input[key])) problems.add(key, 'rule_set.not_text');
  if (typeof input.effectiveFrom !== 'string' || !isIsoDate(input.effectiveFrom)) problems.add('effectiveFrom', 'rule_set.not_date');
  if (!Array.isArray(input.rules) || input.rules.length === 0) {
    problems.add('rules', 'rule_set.empty_list');
    return problems.list;
  }
  const ids = new Set<string>();
  input.rules.forEach((rule: unknown, i) => checkRule(problems, `rules[${i}]`, rule, ids));
  checkPass(problems, input.pass, input.rules);
  return problems.list;
}

/** A rule set from storage, or an invalid_input error listing every problem. */
export function parseRuleSet(input: unknown): RuleSet {
  const problems = validateRuleSet(input);
  if (problems.length > 0) throw invalidFields(problems);
  return input as RuleSet;
}
