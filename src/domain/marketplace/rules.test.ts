import { describe, expect, it } from 'vitest';
import { advice, required, ruleFormula } from './explain.ts';
import { enterpriseFacts, FACT_BY_KEY, type FactSources } from './facts.ts';
import { evaluateRule, marginOf, validateRules, type EligibilityRule } from './rules.ts';
import { validateProduct, type MarketProduct } from './products.ts';

const facts = (overrides: Partial<FactSources> = {}) =>
  enterpriseFacts({
    enterpriseId: 'e1',
    features: { invention_patents: 1, revenue: 8_000_000, rd_staff_share: 0.25, tax_grade: 3, debt_to_assets: 0.55 },
    rating: { grade: 'BB', score: 612, creditLimitYuan: 2_000_000, stage: 'growth' },
    ageYears: 4.5,
    employees: 38,
    parkCode: 'zhangjiang',
    industryCode: 'I6513',
    regionCode: '310115',
    ...overrides,
  });

describe('validateRules', () => {
  it('accepts a sensible rule set', () => {
    const rules: EligibilityRule[] = [
      { fact: 'grade', op: 'gte', value: 'BBB' },
      { fact: 'tax_grade', op: 'gte', value: 'B' },
      { fact: 'revenue', op: 'between', min: 1e6, max: 1e9 },
      { fact: 'industry', op: 'in', values: ['I65', 'C39'] },
      { fact: 'stage', op: 'not_in', values: ['startup'] },
      { fact: 'park', op: 'in', values: ['zhangjiang', 'zizhu'] },
      { fact: 'region', op: 'in', values: ['31'] },
    ];
    expect(validateRules(rules)).toEqual([]);
  });

  it('names the field of each problem', () => {
    const problems = (rule: unknown) => validateRules([{ fact: 'employees', op: 'gte', value: 1 }, rule as EligibilityRule]);
    expect(problems({ fact: 'unicorns', op: 'gte', value: 1 })).toEqual([{ path: 'rules.1.fact', code: 'rule.unknown_fact', params: { fact: 'unicorns' }, message: 'unknown fact "unicorns"' }]);
    expect(problems({ fact: 'score', op: 'between', min: 700, max: 500 })).toMatchObject([{ path: 'rules.1.min', code: 'rule.min_above_max', params: { min: 700, max: 500 }, message: 'min 700 is greater than max 500' }]);
    expect(problems({ fact: 'stage', op: 'gte', value: 1 })[0]!.path).toBe('rules.1.op');
    expect(problems({ fact: 'revenue', op: 'in', values: ['1'] })[0]!.path).toBe('rules.1.op');
    expect(problems({ fact: 'grade', op: 'between', min: 1, max: 2 })[0]!.path).toBe('rules.1.op');
    expect(problems({ fact: 'grade', op: 'gte', value: 'A+' })).toMatchObject([{ path: 'rules.1.value', code: 'rule.grade_value', message: 'grade takes one of AAA, AA, A, BBB, BB, B, CCC, CC, C' }]);
    expect(problems({ fact: 'tax_grade', op: 'gte', value: 'AAA' })[0]!.message).toBe('tax_grade takes one of A, B, M, C, D');
    expect(problems({ fact: 'revenue', op: 'gte', value: '1000' })[0]!.path).toBe('rules.1.value');
    expect(problems({ fact: 'industry', op: 'in', values: [] })[0]!.path).toBe('rules.1.values');
    expect(problems({ fact: 'industry', op: 'in', values: ['I65', 'i65'] })[0]!.path).toBe('rules.1.values.1');
    expect(problems({ fact: 'stage', op: 'in', values: ['teenage'] })[0]).toMatchObject({ path: 'rules.1.values.0', code: 'rule.value_not_stage', params: { value: 'teenage' } });
    expect(problems({ fact: 'region', op: 'in', values: ['3'] })[0]!.path).toBe('rules.1.values.0');
  });

  it('finds rules that contradict each other', () => {
    expect(validateRules([{ fact: 'employees', op: 'gte', value: 100 }, { fact: 'employees', op: 'lte', value: 20 }])).toMatchObject([
      { path: 'rules.1', code: 'rule.contradicts_bounds', params: { other: 1, fact: 'employees', lo: '100', hi: '20' }, message: 'contradicts rule 1: no employees can be both ≥ 100 and ≤ 20' },
    ]);
    expect(validateRules([{ fact: 'grade', op: 'lte', value: 'BB' }, { fact: 'grade', op: 'gte', value: 'A' }])).toMatchObject([
      { path: 'rules.1', code: 'rule.contradicts_bounds', message: 'contradicts rule 1: no grade can be both ≥ A and ≤ BB' },
    ]);
    expect(validateRules([{ fact: 'score', op: 'between', min: 300, max: 500 }, { fact: 'score', op: 'gte', value: 600 }])[0]!.path).toBe('rules.1');
    expect(validateRules([{ fact: 'stage', op: 'in', values: ['startup', 'growth'] }, { fact: 'stage', op: 'in', values: ['mature'] }])[0]!.path).toBe('rules.1');
    // An exclusion before the inclusion contradicts it just the same.
    expect(validateRules([{ fact: 'stage', op: 'not_in', values: ['growth'] }, { fact: 'stage', op: 'in', values: ['growth'] }])[0]!.path).toBe('rules.1');
    expect(validateRules([{ fact: 'stage', op: 'in', values: ['startup', 'growth'] }, { fact: 'stage', op: 'not_in', values: ['growth'] }])).toEqual([]);
    // Code prefixes overlap (I65 within I): not judged.
    expect(validateRules([{ fact: 'industry', op: 'in', values: ['I'] }, { fact: 'industry', op: 'not_in', values: ['I65'] }])).toEqual([]);
    // Touching bounds are fine.
    expect(validateRules([{ fact: 'employees', op: 'gte', value: 20 }, { fact: 'employees', op: 'lte', value: 20 }])).toEqual([]);
  });

  it('caps the number of rules', () => {
    const many = Array.from({ length: 41 }, (): EligibilityRule => ({ fact: 'employees', op: 'gte', value: 1 }));
    expect(validateRules(many)).toContainEqual({ path: 'rules', code: 'rule.too_many', params: { max: 40 }, message: 'at most 40 rules' });
  });

  it('checks a product as a whole: terms by kind, then its rules', () => {
    const loan: Pick<MarketProduct, 'kind' | 'loanType' | 'terms' | 'preferences' | 'rules'> = {
      kind: 'loan',
      loanType: 'credit',
      terms: { amountMinFen: 1_000_000n, amountMaxFen: 100_000_000n, termMinMonths: 6, termMaxMonths: 36, rate: { lprTenor: '1y', spreadMinBp: 30, spreadMaxBp: 10 }, feeRate: null, coverRatio: null, repaymentMethods: [], security: [], turnaroundDays: 5, eligibleLoanTypes: [] },
      preferences: { industries: [], stages: [], regions: [], thesis: '' },
      rules: [{ fact: 'score', op: 'between', min: 9, max: 1 }],
    };
    expect(validateProduct(loan).map((p) => p.path)).toEqual(['terms.rate.spreadMinBp', 'terms.repaymentMethods', 'terms.security', 'rules.0.min']);
    expect(validateProduct({ ...loan, kind: 'guarantee' }).map((p) => p.path)).toEqual(['loanType', 'terms.feeRate', 'terms.coverRatio', 'terms.security', 'rules.0.min']);
  });
});

describe('evaluateRule', () => {
  const f = facts();
  it('gives the actual value and how comfortably a rule passes', () => {
    expect(evaluateRule({ fact: 'employees', op: 'gte', value: 38 }, f)).toMatchObject({ passed: true, actual: 38, margin: 0.2 });
    const wide = evaluateRule({ fact: 'employees', op: 'gte', value: 10 }, f);
    expect(wide.passed).toBe(true);
    expect(wide.margin).toBe(1);
    expect(evaluateRule({ fact: 'grade', op: 'gte', value: 'BBB' }, f)).toMatchObject({ passed: false, margin: 0, actual: 'BB' });
    expect(evaluateRule({ fact: 'grade', op: 'gte', value: 'B' }, f)).toMatchObject({ passed: true, actual: 'BB' });
    expect(evaluateRule({ fact: 'tax_grade', op: 'gte', value: 'B' }, f)).toMatchObject({ passed: true, actual: 'B' });
    expect(evaluateRule({ fact: 'industry', op: 'in', values: ['I65'] }, f)).toMatchObject({ passed: true, margin: 1, actual: 'I6513' });
    expect(evaluateRule({ fact: 'industry', op: 'not_in', values: ['I'] }, f)).toMatchObject({ passed: false });
    expect(evaluateRule({ fact: 'stage', op: 'in', values: ['growth'] }, f).passed).toBe(true);
    expect(evaluateRule({ fact: 'debt_to_assets', op: 'lte', value: 0.6 }, f).passed).toBe(true);
  });

  it('fails a rule on a fact that is unknown', () => {
    expect(evaluateRule({ fact: 'net_margin', op: 'gte', value: 0 }, f)).toEqual({ rule: { fact: 'net_margin', op: 'gte', value: 0 }, passed: false, margin: 0, actual: null });
    expect(evaluateRule({ fact: 'net_margin', op: 'lte', value: 0 }, f).passed).toBe(false);
    const unrated = facts({ rating: null });
    expect(evaluateRule({ fact: 'grade', op: 'gte', value: 'C' }, unrated)).toMatchObject({ passed: false, actual: null });
    expect(evaluateRule({ fact: 'stage', op: 'not_in', values: ['startup'] }, unrated).passed).toBe(false);
  });

  it('grows the margin with the room above a threshold, up to 1', () => {
    const fact = FACT_BY_KEY.get('revenue')!;
    const margins = [1e6, 1.25e6, 1.5e6, 1.9e6].map((v) => marginOf(fact, v, 1e6, Infinity));
    expect(margins[0]).toBe(0.2);
    for (let i = 1; i < margins.length; i++) expect(margins[i]).toBeGreaterThan(margins[i - 1]!);
    expect(marginOf(fact, 4e6, 1e6, Infinity)).toBe(1);
    expect(marginOf(fact, 5e6, -Infinity, Infinity)).toBe(1);
  });
});

describe('words for rules', () => {
  const f = facts();
  const fail = (rule: EligibilityRule) => advice(evaluateRule(rule, f));
  it('says what a rule requires', () => {
    expect(ruleFormula({ fact: 'invention_patents', op: 'gte', value: 3 })).toBe('invention_patents ≥ 3');
    expect(ruleFormula({ fact: 'stage', op: 'not_in', values: ['startup'] })).toBe('stage not in [startup]');
    expect(required({ fact: 'grade', op: 'gte', value: 'BBB' })).toEqual({ zh: '≥ BBB', en: '≥ BBB' });
    expect(required({ fact: 'revenue', op: 'between', min: 1e6, max: 5e7 })).toEqual({ zh: '100万元至5000万元', en: '¥1m to ¥50m' });
    expect(required({ fact: 'stage', op: 'in', values: ['growth', 'mature'] })).toEqual({ zh: '为成长期、成熟期', en: 'one of growth, mature' });
  });

  it('advises the smallest change that passes a failed rule', () => {
    expect(fail({ fact: 'invention_patents', op: 'gte', value: 3 })).toEqual({ zh: '再增加2项有效I类知识产权（目前1）', en: '2 more class-i ip in force (now 1)' });
    expect(fail({ fact: 'grade', op: 'gte', value: 'A' })).toEqual({ zh: '信用评级需达到A（目前BB）', en: 'Credit grade A instead of BB' });
    expect(fail({ fact: 'revenue', op: 'gte', value: 1e7 })).toEqual({ zh: '营业收入提高到1000万元以上（目前800万元）', en: 'Raise revenue to ¥10m or more (now ¥8m)' });
    expect(fail({ fact: 'debt_to_assets', op: 'lte', value: 0.5 })).toEqual({ zh: '资产负债率降到50%以下（目前55%）', en: 'Bring debt to assets down to 50% or less (now 55%)' });
    expect(fail({ fact: 'net_margin', op: 'gte', value: 0.05 }).zh).toBe('补充净利润率数据（要求 ≥ 5%）');
    expect(fail({ fact: 'park', op: 'in', values: ['qingdao'] })).toEqual({ zh: '本产品仅面向所在园区为qingdao的企业', en: 'Only for enterprises whose park is qingdao' });
  });

  it('treats yes/no facts as flags: required or excluded, in words, never as numbers', () => {
    expect(FACT_BY_KEY.get('hnte')).toMatchObject({ kind: 'flag', unit: 'flag' });
    expect(validateRules([{ fact: 'hnte', op: 'gte', value: 1 }, { fact: 'abnormal_listing', op: 'lte', value: 0 }])).toEqual([]);
    expect(validateRules([{ fact: 'hnte', op: 'gte', value: 0.5 }])).toEqual([{ path: 'rules.0.value', code: 'rule.flag_yes_or_no', params: { fact: 'hnte' }, message: 'hnte is yes or no: require it (gte 1) or its absence (lte 0)' }]);
    expect(validateRules([{ fact: 'hnte', op: 'between', min: 0, max: 1 }])[0]!.path).toBe('rules.0.value');
    expect(validateRules([{ fact: 'specialised', op: 'lte', value: 1 }])).toHaveLength(1);
    expect(required({ fact: 'hnte', op: 'gte', value: 1 })).toEqual({ zh: '是', en: 'yes' });
    const without = (rule: EligibilityRule) => advice(evaluateRule(rule, facts({ features: { hnte: 0, rd_platform: 0 } })));
    expect(without({ fact: 'hnte', op: 'gte', value: 1 })).toEqual({ zh: '取得高新技术企业认定', en: 'Obtain high-tech enterprise (HNTE) certification' });
    const listed = evaluateRule({ fact: 'abnormal_listing', op: 'lte', value: 0 }, facts({ features: { abnormal_listing: 1 } }));
    expect(listed.passed).toBe(false);
    expect(advice(listed).zh).toBe('移出经营异常名录');
    expect(without({ fact: 'rd_platform', op: 'gte', value: 1 }).zh).toBe('建成省级以上研发平台');
  });
});
