// Checks a STAR rule set loaded from storage (or brought by an operator) before anything
// evaluates it; every problem at its path, with a rule_set.* code, as the criteria sets do.
import { isIsoDate } from '../../profile/dates.ts';
import { invalidFields, renderMessage, type ErrorCode, type FieldProblem, type ParamValues } from '../../shared/errors.ts';
import { DECIMAL } from './exact.ts';
import { STAR_RULE_SET_CODE } from './star-2024.ts';
import type { STAR_CONDITION_KINDS, StarRuleSet } from './types.ts';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const ID = /^[a-z][a-z0-9_]*$/;

class Problems {
  readonly list: FieldProblem[] = [];
  add(path: string, code: ErrorCode & `rule_set.${string}`, params: ParamValues = {}): void {
    this.list.push({ field: path, code, params, message: renderMessage(code, params) });
  }
  onlyKeys(value: Json, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(value)) if (!allowed.includes(key)) this.add(path ? `${path}.${key}` : key, 'rule_set.unknown_property');
  }
  whole(value: unknown, path: string, min = 0): void {
    if (!(typeof value === 'number' && Number.isSafeInteger(value) && value >= min)) this.add(path, 'rule_set.not_whole_number', { min });
  }
  decimal(value: unknown, path: string): void {
    if (!(typeof value === 'string' && DECIMAL.test(value))) this.add(path, 'rule_set.not_decimal');
  }
}

const ATTRIBUTE_KEYS = ['years', 'rdShareOfRevenue', 'rdTotalFen', 'rdStaffShare', 'inventionPatents', 'revenueGrowth', 'lastRevenueFen', 'exceptionInventionPatents'] as const;
const DECIMALS = new Set(['rdShareOfRevenue', 'rdStaffShare', 'revenueGrowth']);

function checkAttributes(problems: Problems, value: unknown): void {
  if (!isObject(value)) return problems.add('attributes', 'rule_set.not_rule_set');
  problems.onlyKeys(value, 'attributes', ATTRIBUTE_KEYS);
  for (const key of ATTRIBUTE_KEYS) {
    const path = `attributes.${key}`;
    if (DECIMALS.has(key)) problems.decimal(value[key], path);
    else problems.whole(value[key], path, key === 'years' ? 2 : 0);
  }
}

/** The parameters each condition kind takes, and whether each is a whole number or a decimal. */
const CONDITION_PARAMS: Record<(typeof STAR_CONDITION_KINDS)[number], Record<string, 'whole' | 'years' | 'decimal' | 'text'>> = {
  market_value: { minFen: 'whole' },
  net_profit_positive_each_year: { years: 'years' },
  net_profit_total: { years: 'years', minFen: 'whole' },
  revenue_last_year: { minFen: 'whole' },
  rd_share_of_revenue: { years: 'years', minRatio: 'decimal' },
  operating_cash_flow_total: { years: 'years', minFen: 'whole' },
  needs_assessment: { topic: 'text' },
};

function checkCondition(problems: Problems, path: string, condition: unknown): void {
  if (!isObject(condition)) return problems.add(path, 'rule_set.not_rule');
  const params = CONDITION_PARAMS[condition.kind as keyof typeof CONDITION_PARAMS];
  if (!params) return problems.add(`${path}.kind`, 'rule_set.unknown_condition', { value: JSON.stringify(condition.kind) ?? String(condition.kind) });
  problems.onlyKeys(condition, path, ['kind', ...Object.keys(params)]);
  for (const [key, kind] of Object.entries(params)) {
    const at = `${path}.${key}`;
    if (kind === 'decimal') problems.decimal(condition[key], at);
    else if (kind === 'text') {
      if (typeof condition[key] !== 'string' || !ID.test(condition[key])) problems.add(at, 'rule_set.not_id');
    } else problems.whole(condition[key], at, kind === 'years' ? 1 : 0);
  }
}

function checkStandards(problems: Problems, standards: unknown): void {
  if (!Array.isArray(standards) || standards.length === 0) return problems.add('standards', 'rule_set.empty_list');
  const ids = new Set<string>();
  standards.forEach((standard: unknown, i) => {
    const path = `standards[${i}]`;
    if (!isObject(standard)) return problems.add(path, 'rule_set.not_rule');
    problems.onlyKeys(standard, path, ['id', 'nameZh', 'nameEn', 'alternatives']);
    if (typeof standard.id !== 'string' || !ID.test(standard.id)) problems.add(`${path}.id`, 'rule_set.not_id');
    else if (ids.has(standard.id)) problems.add(`${path}.id`, 'rule_set.duplicate_id', { id: standard.id });
    else ids.add(standard.id);
    if (!isText(standard.nameZh)) problems.add(`${path}.nameZh`, 'rule_set.name_missing');
    if (!isText(standard.nameEn)) problems.add(`${path}.nameEn`, 'rule_set.name_missing');
    if (!Array.isArray(standard.alternatives) || standard.alternatives.length === 0) return problems.add(`${path}.alternatives`, 'rule_set.empty_list');
    standard.alternatives.forEach((alternative: unknown, j) => {
      const at = `${path}.alternatives[${j}]`;
      if (!Array.isArray(alternative) || alternative.length === 0) return problems.add(at, 'rule_set.empty_list');
      alternative.forEach((condition: unknown, k) => checkCondition(problems, `${at}[${k}]`, condition));
    });
  });
}

/** Every problem found; empty means valid. */
export function validateStarRuleSet(input: unknown): FieldProblem[] {
  const problems = new Problems();
  if (!isObject(input)) {
    problems.add('', 'rule_set.not_rule_set');
    return problems.list;
  }
  problems.onlyKeys(input, '', ['code', 'version', 'effectiveFrom', 'nameZh', 'nameEn', 'source', 'attributes', 'standards']);
  if (input.code !== STAR_RULE_SET_CODE) problems.add('code', 'rule_set.wrong_code', { code: STAR_RULE_SET_CODE });
  for (const key of ['version', 'nameZh', 'nameEn', 'source'] as const) if (!isText(input[key])) problems.add(key, 'rule_set.not_text');
  if (typeof input.effectiveFrom !== 'string' || !isIsoDate(input.effectiveFrom)) problems.add('effectiveFrom', 'rule_set.not_date');
  checkAttributes(problems, input.attributes);
  checkStandards(problems, input.standards);
  return problems.list;
}

export function parseStarRuleSet(input: unknown): StarRuleSet {
  const problems = validateStarRuleSet(input);
  if (problems.length > 0) throw invalidFields(problems);
  return input as StarRuleSet;
}

/** The version in force on `date`: the latest whose effectiveFrom is not after it. */
export function starRuleSetInForce(ruleSets: readonly StarRuleSet[], date: string): StarRuleSet | undefined {
  return ruleSets.filter((s) => s.effectiveFrom <= date).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
}
