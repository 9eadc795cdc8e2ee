import { describe, expect, it } from 'vitest';
import type { EligibilityRule, MatchFact } from '../../api/marketplace';
import { loadApiErrorTexts } from '../../i18n/api-error-texts';
import { flagRequired, flagRow, rowProblems, rowsToRules, rowToRule, ruleToRow, withFact, withOp, type RuleRow } from './rule-rows';

const FACTS = new Map<string, MatchFact>(
  (
    [
      { key: 'grade', kind: 'grade', unit: 'grade', nameZh: '信用评级', nameEn: 'Credit grade', scale: ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C'], ops: ['gte', 'lte'] },
      { key: 'revenue', kind: 'number', unit: 'yuan', nameZh: '营业收入', nameEn: 'Revenue', ops: ['gte', 'lte', 'between'] },
      { key: 'rd_intensity', kind: 'number', unit: 'fraction', nameZh: '研发强度', nameEn: 'R&D intensity', ops: ['gte', 'lte', 'between'] },
      { key: 'invention_patents', kind: 'number', unit: 'count', nameZh: '发明专利', nameEn: 'Invention patents', ops: ['gte', 'lte', 'between'] },
      { key: 'stage', kind: 'category', unit: 'none', nameZh: '发展阶段', nameEn: 'Stage', ops: ['in', 'not_in'] },
      { key: 'hnte', kind: 'flag', unit: 'flag', nameZh: '高新技术企业', nameEn: 'High-tech enterprise', ops: ['gte', 'lte'] },
    ] satisfies MatchFact[]
  ).map((f) => [f.key, f]),
);

describe('rowToRule', () => {
  it.each([
    [{ id: 1, fact: 'grade', op: 'gte', value: 'BBB' }, { fact: 'grade', op: 'gte', value: 'BBB' }],
    [{ id: 1, fact: 'revenue', op: 'gte', value: 500 }, { fact: 'revenue', op: 'gte', value: 5_000_000 }],
    [{ id: 1, fact: 'rd_intensity', op: 'between', min: 3, max: 7 }, { fact: 'rd_intensity', op: 'between', min: 0.03, max: 0.07 }],
    [{ id: 1, fact: 'invention_patents', op: 'gte', value: 2 }, { fact: 'invention_patents', op: 'gte', value: 2 }],
    [{ id: 1, fact: 'stage', op: 'in', values: ['growth', 'mature'] }, { fact: 'stage', op: 'in', values: ['growth', 'mature'] }],
  ] as [RuleRow, unknown][])('%j → %j', (row, rule) => expect(rowToRule(row, FACTS)).toEqual(rule));

  it.each([
    { id: 1 },
    { id: 1, fact: 'grade', op: 'gte' },
    { id: 1, fact: 'grade', op: 'between', min: 1, max: 2 },
    { id: 1, fact: 'revenue', op: 'between', min: 1 },
    { id: 1, fact: 'stage', op: 'in', values: [] },
    { id: 1, fact: 'unknown', op: 'gte', value: 1 },
  ] as RuleRow[])('%j is incomplete', (row) => expect(rowToRule(row, FACTS)).toBeNull());
});

describe('rows and rules', () => {
  it('round-trips rules through rows in input units', () => {
    const rules = [
      { fact: 'rd_intensity', op: 'gte', value: 0.07 },
      { fact: 'revenue', op: 'between', min: 1_234_500, max: 50_000_000 },
      { fact: 'grade', op: 'lte', value: 'A' },
      { fact: 'stage', op: 'not_in', values: ['startup'] },
    ] satisfies EligibilityRule[];
    const rows = rules.map((rule, i) => ruleToRow(rule, FACTS, i));
    expect(rows[0]).toMatchObject({ value: 7 });
    expect(rows[1]).toMatchObject({ min: 123.45, max: 5000 });
    expect(rowsToRules(rows, FACTS).rules).toEqual(rules);
  });

  it('leaves incomplete rows out and remembers where each rule came from', () => {
    const rows: RuleRow[] = [{ id: 1, fact: 'grade' }, { id: 2, fact: 'grade', op: 'gte', value: 'A' }, { id: 3 }, { id: 4, fact: 'invention_patents', op: 'gte', value: 1 }];
    const compiled = rowsToRules(rows, FACTS);
    expect(compiled.rules).toHaveLength(2);
    expect(compiled.rowOf).toEqual([1, 3]);
    expect(compiled.incomplete).toEqual([0, 2]);
  });

  it('resets the value when the fact changes, and when the operator needs another kind of value', () => {
    const row: RuleRow = { id: 5, fact: 'revenue', op: 'gte', value: 100 };
    expect(withFact(row, FACTS.get('stage')!)).toEqual({ id: 5, fact: 'stage', op: 'in' });
    expect(withOp(row, 'lte')).toEqual({ ...row, op: 'lte' });
    expect(withOp(row, 'between')).toEqual({ id: 5, fact: 'revenue', op: 'between' });
  });
});

describe('rowProblems', () => {
  it('puts the server’s problems on the rows they name', () => {
    const problems = rowProblems(
      [
        { field: 'rules.1.min', message: 'min 5 is greater than max 3' },
        { field: 'rules.0', message: 'contradicts rules.1' },
        { field: 'rules.1.values.0', message: 'non-empty' },
        { field: 'rules', message: 'at most 40 rules' },
        { field: 'terms.amountMinFen', message: 'not a rule' },
      ],
      [2, 4],
    );
    expect(problems.byRow.get(4)).toEqual([
      { field: 'min', message: 'min 5 is greater than max 3' },
      { field: 'values', message: 'non-empty' },
    ]);
    expect(problems.byRow.get(2)).toEqual([{ field: 'row', message: 'contradicts rules.1' }]);
    expect(problems.general).toEqual(['at most 40 rules']);
  });

  it('says a coded problem in the page language, not the server’s English', async () => {
    await loadApiErrorTexts('zh-CN');
    const problems = rowProblems([{ field: 'rules.0.values', code: 'rule.values_empty', params: {}, message: 'list at least one value' }], [1]);
    expect(problems.byRow.get(1)).toEqual([{ field: 'values', message: '请至少填写一个值' }]);
    const named = rowProblems([{ field: 'rules.0', code: 'rule.is_a_grade', params: { fact: 'grade' }, message: 'grade is a grade: use gte or lte' }], [1], (key) => FACTS.get(key)?.nameZh ?? key);
    expect(named.byRow.get(1)?.[0]?.message).toContain('信用评级');
    expect(named.byRow.get(1)?.[0]?.message).not.toContain('grade');
  });
});

describe('yes/no facts', () => {
  it('start as required when chosen, and toggle between required and excluded', () => {
    const row = withFact({ id: 3, fact: 'grade', op: 'gte', value: 'A' }, FACTS.get('hnte')!);
    expect(row).toEqual({ id: 3, fact: 'hnte', op: 'gte', value: 1 });
    expect(flagRequired(row)).toBe(true);
    expect(rowToRule(row, FACTS)).toEqual({ fact: 'hnte', op: 'gte', value: 1 });
    const off = flagRow(row, false);
    expect(flagRequired(off)).toBe(false);
    expect(rowToRule(off, FACTS)).toEqual({ fact: 'hnte', op: 'lte', value: 0 });
  });

  it('come back from a saved rule as the same toggle', () => {
    const rule: EligibilityRule = { fact: 'hnte', op: 'lte', value: 0 };
    const row = ruleToRow(rule, FACTS, 9);
    expect(flagRequired(row)).toBe(false);
    expect(rowToRule(row, FACTS)).toEqual(rule);
  });
});
