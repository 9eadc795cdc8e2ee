import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { MatchFact } from '../api/marketplace';
import {
  describeRule,
  formatAmountRange,
  formatFactValue,
  formatRate,
  formatTermRange,
  formatYearly,
  fromInputUnits,
  notificationPath,
  toInputUnits,
} from './market-format';

const WORDS: Record<string, string> = {
  'common.none': '—',
  'common.wan': '万元',
  'common.yes': '是',
  'common.no': '否',
  'market.ops.in': '属于',
  'market.units.years': '年',
  'rating.stages.growth': '成长期',
  'rating.stages.mature': '成熟期',
  'market.security.ip_pledge': '知识产权质押',
};
const t = ((key: string, options?: Record<string, unknown>) => {
  if (key === 'market.monthsValue') return `${String(options?.count)} 个月`;
  if (key === 'market.monthsRange') return `${String(options?.min)} – ${String(options?.max)} 个月`;
  return WORDS[key] ?? (options?.defaultValue as string | undefined) ?? key;
}) as unknown as TFunction;

const fact = (key: string, kind: MatchFact['kind'], unit: string, extra: Partial<MatchFact> = {}): MatchFact => ({
  key,
  kind,
  unit,
  nameZh: key,
  nameEn: key,
  ops: [],
  ...extra,
});

describe('money, terms and rates', () => {
  it('shows amounts in 万元 with separators', () => {
    expect(formatAmountRange(t, 1_000_000_00, 10_000_000_00)).toBe('100 – 1,000 万元');
    expect(formatAmountRange(t, 5_000_000_00, 5_000_000_00)).toBe('500 万元');
  });
  it('shows terms in months', () => {
    expect(formatTermRange(t, 6, 36)).toBe('6 – 36 个月');
    expect(formatTermRange(t, 12, 12)).toBe('12 个月');
    expect(formatTermRange(t, null, null)).toBe('—');
  });
  it('shows LPR plus a spread, and yearly costs', () => {
    expect(formatRate(t, { lprTenor: '1y', spreadMinBp: -10, spreadMaxBp: 120 })).toBe('LPR(1Y) -10 ~ +120bp');
    expect(formatRate(t, { lprTenor: '5y', spreadMinBp: 50, spreadMaxBp: 50 })).toBe('LPR(5Y) +50bp');
    expect(formatRate(t, null)).toBe('—');
    expect([formatYearly(0.0345), formatYearly(0.035), formatYearly(0.03), formatYearly(null)]).toEqual(['3.45%', '3.5%', '3%', '—']);
  });
});

describe('rule builder units', () => {
  it.each([
    ['yuan', 5_000_000, 500],
    ['fraction', 0.07, 7],
    ['fraction', 0.035, 3.5],
    ['count', 3, 3],
  ])('%s %d ⇄ %d typed', (unit, value, typed) => {
    expect(toInputUnits(unit, value)).toBe(typed);
    expect(fromInputUnits(unit, typed)).toBe(value);
  });
});

describe('fact values and rules in words', () => {
  const grade = fact('grade', 'grade', 'grade', { scale: ['AAA', 'AA', 'A', 'BBB'], nameZh: '信用评级' });
  it.each([
    [fact('revenue', 'number', 'yuan'), 'revenue', 12_345_678, '1,234.57 万元'],
    [fact('rd_intensity', 'number', 'fraction'), 'rd_intensity', 0.0342, '3.42%'],
    [fact('hnte', 'number', 'flag'), 'hnte', 1, '是'],
    [fact('age_years', 'number', 'years'), 'age_years', 3, '3 年'],
    [grade, 'grade', 'BBB', 'BBB'],
    [undefined, 'amount', 3_000_000_00, '300 万元'],
    [undefined, 'term', 24, '24 个月'],
    [undefined, 'security', 'ip_pledge', '知识产权质押'],
    [undefined, 'stage', 'growth', '成长期'],
    [fact('revenue', 'number', 'yuan'), 'revenue', null, '—'],
  ])('%#: %s %j → %s', (f, key, value, text) => expect(formatFactValue(t, 'zh-CN', f, key, value)).toBe(text));

  it('describes rules', () => {
    expect(describeRule(t, 'zh-CN', { fact: 'grade', op: 'gte', value: 'BBB' }, grade)).toBe('信用评级 ≥ BBB');
    expect(describeRule(t, 'zh-CN', { fact: 'stage', op: 'in', values: ['growth', 'mature'] }, fact('stage', 'category', 'none', { nameZh: '发展阶段' }))).toBe(
      '发展阶段 属于 成长期、成熟期',
    );
    expect(describeRule(t, 'zh-CN', { fact: 'rd_intensity', op: 'between', min: 0.03, max: 0.2 }, fact('rd_intensity', 'number', 'fraction'))).toBe('rd_intensity 3% – 20%');
  });

  it('describes a yes/no rule as yes or no, never as a number', () => {
    const hnte = fact('hnte', 'flag', 'flag', { nameZh: '高新技术企业' });
    expect(describeRule(t, 'zh-CN', { fact: 'hnte', op: 'gte', value: 1 }, hnte)).toBe('高新技术企业：是');
    expect(describeRule(t, 'zh-CN', { fact: 'hnte', op: 'lte', value: 0 }, hnte)).toBe('高新技术企业：否');
  });
});

describe('notificationPath', () => {
  it.each([
    ['/needs/n1', '/enterprise', '/enterprise/needs?need=n1'],
    ['/needs/n1', '/institution', '/institution/inbox'],
    ['/products/p1', '/institution', '/institution/products/p1'],
    ['/products/p1', '/park', '/park/product-approvals'],
    ['/enterprise/matches', '/enterprise', '/enterprise/matches'],
    ['/applications/a1', '/institution', '/applications/a1'],
    ['/loans/l1', '/enterprise', '/loans/l1'],
    ['/applications', '/park', null],
    ['/somewhere', '/park', null],
    [null, '/park', null],
  ])('%s for %s → %s', (link, base, path) => expect(notificationPath(link, base)).toBe(path));
});
