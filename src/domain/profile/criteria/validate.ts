// Checks a rule set loaded from storage before anything evaluates it: known measures and
// operators, operators that suit the measure, reachable bands, pass rules that name real rules.
import { isIsoDate } from '../dates.ts';
import { invalidFields, problem } from '../../shared/errors.ts';
import { MEASURES } from './measures.ts';
import { LIST_OPS, NUMBER_OPS, type RuleSet } from './types.ts';

export interface RuleSetProblem {
  path: string;
  message: string;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const ID = /^[a-z][a-z0-9_]*$/;

class Problems {
  readonly list: RuleSetProblem[] = [];
  add(path: string, message: string): void {
    this.list.push({ path, message });
  }
  /** Flags properties the schema does not know, so a typo ('measur') is not silently ignored. */
  onlyKeys(value: Json, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(value)) if (!allowed.includes(key)) this.add(`${path}.${key}`, 'unknown property');
  }
}

function checkMeasure(problems: Problems, path: string, name: unknown, kind: 'number' | 'code'): void {
  const definition = typeof name === 'string' ? MEASURES.get(name as never) : undefined;
  if (!definition) return problems.add(path, `unknown measure ${JSON.stringify(name)}`);
  if ((definition.unit === 'code') !== (kind === 'code')) {
    problems.add(path, `measure "${String(name)}" is ${definition.unit === 'code' ? 'a code' : 'a number'}; it cannot be used here`);
  }
}

function checkThreshold(problems: Problems, path: string, value: unknown): void {
  if (isFiniteNumber(value)) return;
  if (!isObject(value)) return problems.add(path, 'expected a number or a banded threshold');
  problems.onlyKeys(value, path, ['by', 'bands', 'otherwise']);
  checkMeasure(problems, `${path}.by`, value.by, 'number');
  if (!isFiniteNumber(value.otherwise)) problems.add(`${path}.otherwise`, 'expected a number');
  if (!Array.isArray(value.bands) || value.bands.length === 0) return problems.add(`${path}.bands`, 'expected a non-empty list');
  let previous = -Infinity;
  value.bands.forEach((band: unknown, i) => {
    if (!isObject(band) || !isFiniteNumber(band.upTo) || !isFiniteNumber(band.value)) {
      return problems.add(`${path}.bands[${i}]`, 'expected { upTo: number, value: number }');
    }
    if (band.upTo <= previous) problems.add(`${path}.bands[${i}].upTo`, 'bands must rise');
    previous = band.upTo;
  });
}

function checkCondition(problems: Problems, path: string, rule: Json): void {
  problems.onlyKeys(rule, path, ['id', 'role', 'nameZh', 'nameEn', 'note', 'measure', 'op', 'value']);
  const isList = (LIST_OPS as readonly unknown[]).includes(rule.op);
  if (!isList && !(NUMBER_OPS as readonly unknown[]).includes(rule.op)) {
    return problems.add(`${path}.op`, `unknown operator ${JSON.stringify(rule.op)}`);
  }
  checkMeasure(problems, `${path}.measure`, rule.measure, isList ? 'code' : 'number');
  if (isList) {
    const ok = Array.isArray(rule.value) && rule.value.length > 0 && rule.value.every(isText);
    if (!ok) problems.add(`${path}.value`, 'expected a non-empty list of codes');
  } else {
    checkThreshold(problems, `${path}.value`, rule.value);
  }
}

function checkScore(problems: Problems, path: string, rule: Json): void {
  problems.onlyKeys(rule, path, ['id', 'role', 'nameZh', 'nameEn', 'note', 'maxPoints', 'scoring']);
  const max = isFiniteNumber(rule.maxPoints) && rule.maxPoints > 0 ? rule.maxPoints : null;
  if (max === null) problems.add(`${path}.maxPoints`, 'expected a positive number');
  if (!Array.isArray(rule.scoring) || rule.scoring.length === 0) return problems.add(`${path}.scoring`, 'expected a non-empty list');
  rule.scoring.forEach((option: unknown, i) => {
    const at = `${path}.scoring[${i}]`;
    if (!isObject(option)) return problems.add(at, 'expected { measure, bands }');
    problems.onlyKeys(option, at, ['measure', 'bands']);
    checkMeasure(problems, `${at}.measure`, option.measure, 'number');
    if (!Array.isArray(option.bands) || option.bands.length === 0) return problems.add(`${at}.bands`, 'expected a non-empty list');
    let previous = Infinity;
    option.bands.forEach((band: unknown, j) => {
      const bandAt = `${at}.bands[${j}]`;
      if (!isObject(band) || (band.op !== '>=' && band.op !== '>') || !isFiniteNumber(band.value) || !isFiniteNumber(band.points)) {
        return problems.add(bandAt, "expected { op: '>=' | '>', value: number, points: number }");
      }
      if (band.points < 0 || (max !== null && band.points > max)) problems.add(`${bandAt}.points`, `points must be 0..${max ?? '?'}`);
      if (band.value > previous) problems.add(`${bandAt}.value`, 'bands must fall (the first match wins, so a higher band later is never reached)');
      previous = band.value;
    });
  });
}

function checkRule(problems: Problems, path: string, rule: unknown, ids: Set<string>): void {
  if (!isObject(rule)) return problems.add(path, 'expected a rule object');
  if (typeof rule.id !== 'string' || !ID.test(rule.id)) problems.add(`${path}.id`, 'expected a snake_case id');
  else if (ids.has(rule.id)) problems.add(`${path}.id`, `duplicate rule id "${rule.id}"`);
  else ids.add(rule.id);
  if (!isText(rule.nameZh)) problems.add(`${path}.nameZh`, 'expected a name');
  if (!isText(rule.nameEn)) problems.add(`${path}.nameEn`, 'expected a name');
  if (rule.note !== undefined && typeof rule.note !== 'string') problems.add(`${path}.note`, 'expected text');
  if (rule.role === 'score') checkScore(problems, path, rule);
  else if (rule.role === 'gate' || rule.role === 'shortcut') checkCondition(problems, path, rule);
  else problems.add(`${path}.role`, `unknown role ${JSON.stringify(rule.role)}`);
}

function checkPass(problems: Problems, pass: unknown, rules: unknown[]): void {
  if (!isObject(pass)) return problems.add('pass', 'expected { minScore, nonZero }');
  problems.onlyKeys(pass, 'pass', ['minScore', 'nonZero']);
  const scored = rules.filter((r): r is Json => isObject(r) && r.role === 'score');
  const total = scored.reduce((sum, r) => sum + (isFiniteNumber(r.maxPoints) ? r.maxPoints : 0), 0);
  if (pass.minScore !== null && !(isFiniteNumber(pass.minScore) && pass.minScore >= 0 && pass.minScore <= total)) {
    problems.add('pass.minScore', `expected null or a number from 0 to the ${total} points available`);
  }
  if (!Array.isArray(pass.nonZero)) return problems.add('pass.nonZero', 'expected a list of score rule ids');
  pass.nonZero.forEach((id: unknown, i) => {
    if (!scored.some((r) => r.id === id)) problems.add(`pass.nonZero[${i}]`, `${JSON.stringify(id)} is not a score rule`);
  });
}

/** Every problem found, each with a path such as 'rules[2].measure'; empty means valid. */
export function validateRuleSet(input: unknown): RuleSetProblem[] {
  const problems = new Problems();
  if (!isObject(input)) return [{ path: '', message: 'expected a rule set object' }];
  problems.onlyKeys(input, '', ['code', 'version', 'effectiveFrom', 'nameZh', 'nameEn', 'source', 'rules', 'pass']);
  if (typeof input.code !== 'string' || !ID.test(input.code)) problems.add('code', 'expected a snake_case code');
  for (const key of ['version', 'nameZh', 'nameEn', 'source'] as const) if (!isText(input[key])) problems.add(key, 'expected text');
  if (typeof input.effectiveFrom !== 'string' || !isIsoDate(input.effectiveFrom)) problems.add('effectiveFrom', 'expected a YYYY-MM-DD date');
  if (!Array.isArray(input.rules) || input.rules.length === 0) {
    problems.add('rules', 'expected a non-empty list');
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
  if (problems.length > 0) {
    throw invalidFields(problems.map(({ path, message }) => problem(path, 'rule_set.invalid', { path, detail: message })));
  }
  return input as RuleSet;
}
