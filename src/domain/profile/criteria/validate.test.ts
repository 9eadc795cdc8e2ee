import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors.ts';
import { makeProfile } from '../fixtures.ts';
import { CRITERIA_RULE_SETS, evaluateCriteria, HNTE_2016, parseRuleSet, ruleSetInForce, TECH_SME_2022, validateRuleSet } from './index.ts';
import type { RuleSet } from './types.ts';

/** A deep copy through JSON, as a rule set stored in a table comes back. */
const stored = (ruleSet: RuleSet): Record<string, unknown> => JSON.parse(JSON.stringify(ruleSet));

describe('built-in rule sets', () => {
  it.each(CRITERIA_RULE_SETS.map((set) => [set.code, set] as const))('%s is valid and survives JSON storage', (_code, ruleSet) => {
    expect(validateRuleSet(ruleSet)).toEqual([]);
    const loaded = parseRuleSet(stored(ruleSet));
    expect(loaded).toEqual(ruleSet);
    expect(evaluateCriteria(loaded, makeProfile(), '2025-06-30')).toEqual(evaluateCriteria(ruleSet, makeProfile(), '2025-06-30'));
  });

  it('picks the version in force on a date', () => {
    const next: RuleSet = { ...TECH_SME_2022, version: '2026-1', effectiveFrom: '2026-01-01' };
    const sets = [...CRITERIA_RULE_SETS, next];
    expect(ruleSetInForce('tech_sme', '2025-12-31', sets)?.version).toBe('2022-1');
    expect(ruleSetInForce('tech_sme', '2026-01-01', sets)?.version).toBe('2026-1');
    expect(ruleSetInForce('tech_sme', '2020-01-01', sets)).toBeUndefined();
    expect(ruleSetInForce('hnte', '2025-06-30')).toBe(HNTE_2016);
  });
});

/** Sets a value inside stored JSON by a dotted path such as 'rules.0.measure'. */
function put(root: unknown, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = root as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

const changed = (ruleSet: RuleSet, changes: readonly (readonly [string, unknown])[]) => {
  const copy = stored(ruleSet);
  for (const [path, value] of changes) put(copy, path, value);
  return copy;
};

const staffBands = () => stored(TECH_SME_2022).rules as unknown as { scoring: { bands: unknown[] }[] }[];

describe('validateRuleSet', () => {
  const problemsOf = (input: unknown) => validateRuleSet(input).map(({ field, code, params }) => ({ field, code, params }));

  it.each([
    ['an unknown measure', [['rules.0.measure', 'headcount']], 'rules[0].measure', 'rule_set.unknown_measure', { value: '"headcount"' }],
    ['an unknown operator', [['rules.0.op', '=>']], 'rules[0].op', 'rule_set.unknown_operator', { value: '"=>"' }],
    ['a list operator on a number', [['rules.0.op', 'in'], ['rules.0.value', ['1']]], 'rules[0].measure', 'rule_set.measure_is_number', { measure: 'employees' }],
    ['a number operator on a code', [['rules.0.measure', 'industry_code']], 'rules[0].measure', 'rule_set.measure_is_code', { measure: 'industry_code' }],
    ['a text threshold', [['rules.0.value', '500']], 'rules[0].value', 'rule_set.not_threshold', {}],
    ['a typo in a property', [['rules.0.measur', 'x']], 'rules[0].measur', 'rule_set.unknown_property', {}],
    ['a duplicate id', [['rules.1.id', 'employees_max']], 'rules[1].id', 'rule_set.duplicate_id', { id: 'employees_max' }],
    ['an unknown role', [['rules.0.role', 'must']], 'rules[0].role', 'rule_set.unknown_role', { value: '"must"' }],
    ['rising score bands', [['rules.4.scoring.0.bands', staffBands()[4]!.scoring[0]!.bands.reverse()]], 'rules[4].scoring[0].bands[1].value', 'rule_set.bands_must_fall', {}],
    ['points above the maximum', [['rules.4.scoring.0.bands.0.points', 25]], 'rules[4].scoring[0].bands[0].points', 'rule_set.points_above_max', { max: 20 }],
    ['negative points', [['rules.4.scoring.0.bands.0.points', -1]], 'rules[4].scoring[0].bands[0].points', 'rule_set.points_negative', {}],
    ['a bad band operator', [['rules.4.scoring.0.bands.0.op', '<']], 'rules[4].scoring[0].bands[0]', 'rule_set.not_scoring_band', {}],
    ['nonZero naming a gate', [['pass.nonZero', ['employees_max']]], 'pass.nonZero[0]', 'rule_set.not_score_rule', { value: '"employees_max"' }],
    ['a pass mark above the points', [['pass.minScore', 101]], 'pass.minScore', 'rule_set.min_score_range', { total: 100 }],
    ['a bad date', [['effectiveFrom', '2022-02-30']], 'effectiveFrom', 'rule_set.not_date', {}],
    ['no rules', [['rules', []]], 'rules', 'rule_set.empty_list', {}],
  ] as const)('reports %s with a code and values, not a sentence', (_label, changes, field, code, params) => {
    expect(problemsOf(changed(TECH_SME_2022, changes))).toContainEqual({ field, code, params });
  });

  it('checks banded thresholds', () => {
    const set = changed(HNTE_2016, [['rules.4.value.by', 'industry_code'], ['rules.4.value.bands.1.upTo', 10]]);
    expect(problemsOf(set)).toEqual([
      { field: 'rules[4].value.by', code: 'rule_set.measure_is_code', params: { measure: 'industry_code' } },
      { field: 'rules[4].value.bands[1].upTo', code: 'rule_set.bands_must_rise', params: {} },
    ]);
  });

  it('refuses what is not a rule set at all', () => {
    expect(problemsOf(null)).toEqual([{ field: '', code: 'rule_set.not_rule_set', params: {} }]);
    expect(problemsOf([])).toEqual([{ field: '', code: 'rule_set.not_rule_set', params: {} }]);
  });

  it('parseRuleSet throws invalid_input listing the problems', () => {
    const set = changed(TECH_SME_2022, [['rules.0.measure', 'headcount']]);
    try {
      parseRuleSet(set);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({
        category: 'invalid_input',
        code: 'rule_set.unknown_measure',
        details: { fields: [{ field: 'rules[0].measure', code: 'rule_set.unknown_measure', params: { value: '"headcount"' }, message: 'unknown measure "headcount"' }] },
      });
    }
  });
});
