import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RuleCheck } from '../../api/profile';
import { en } from '../../i18n/en';
import { zhCN } from '../../i18n/zh-CN';
import { explainRule, formatMeasure, formatRequired } from './criteria-format';

const rule = (patch: Partial<RuleCheck>): RuleCheck => ({
  id: 'x',
  nameZh: '',
  nameEn: '',
  role: 'gate',
  passed: true,
  actual: null,
  required: null,
  measure: 'employees',
  unit: 'count',
  message: 'English from the server',
  ...patch,
});

const i18n = i18next.createInstance();
beforeAll(() =>
  i18n.init({ resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, lng: 'zh-CN', fallbackLng: false, interpolation: { escapeValue: false }, showSupportNotice: false }),
);
const explain = (r: RuleCheck, language: 'zh-CN' | 'en', setCode = 'tech_sme') => explainRule(r, setCode, i18n.getFixedT(language), language);

describe('criteria values', () => {
  it('formats each unit', () => {
    expect(formatMeasure(0.6812, 'fraction', 'en')).toBe('68.1%');
    expect(formatMeasure(200_000_000, 'yuan', 'zh-CN')).toBe('20,000 万元');
    expect(formatMeasure(19_542_597, 'yuan', 'en')).toBe('¥19,542,597');
    expect(formatMeasure(0.999, 'years', 'en')).toBe('0.99 years');
    expect(formatMeasure(1, 'years', 'en')).toBe('1 year');
    expect(formatMeasure(3.5, 'years', 'zh-CN')).toBe('3.5 年');
    expect(formatMeasure(['I64', 'I65'], 'code', 'en')).toBe('Internet and related services, Software and information technology services');
    expect(formatMeasure(['I64', 'I65'], 'code', 'zh-CN')).toBe('互联网和相关服务、软件和信息技术服务业');
    expect(formatMeasure(null, 'count', 'en')).toBe('—');
  });

  it('puts the comparison before the threshold', () => {
    expect(formatRequired(rule({ op: '>=', required: 0.1, unit: 'fraction' }), 'en')).toBe('≥ 10%');
    expect(formatRequired(rule({ op: '==', required: 1, role: 'shortcut', unit: 'flag' }), 'en', ['yes', 'no'])).toBe('yes');
  });
});

describe('criteria explanations', () => {
  const noStatement = rule({ id: 'revenue_max', passed: false, measure: 'revenue_yuan', unit: 'yuan', required: 200_000_000, missing: [{ code: 'no_statement', params: { years: [2024, 2023] } }] });

  it('say why a rule cannot be checked in the reader’s language, never the server’s English', () => {
    expect(explain(noStatement, 'zh-CN')).toEqual(['无法判断：2024、2023 年度均无财务报表']);
    expect(explain(noStatement, 'en')).toEqual(['Cannot check: no financial statement for either of 2024, 2023']);
  });

  it('name the figure and the measure a reason is about', () => {
    const banded = rule({
      passed: false,
      measure: 'rd_revenue_ratio_3y',
      unit: 'fraction',
      missing: [
        { code: 'threshold_unknown', params: { measure: 'revenue_yuan' } },
        { code: 'figure_missing', params: { figure: 'revenue', year: 2024 } },
      ],
    });
    expect(explain(banded, 'zh-CN', 'hnte')).toEqual(['无法判断：要求取决于最近一年营业收入；2024 年度报表缺少营业收入']);
    expect(explain(banded, 'en', 'hnte')).toEqual(['Cannot check: the requirement depends on revenue of the latest year; revenue missing in the 2024 statement']);
    const staff = rule({ role: 'score', passed: false, measure: 'st_staff_share', unit: 'fraction', missing: [{ code: 'staff_missing', params: { figure: 'st_staff', month: '2025-05' } }] });
    expect(explain(staff, 'zh-CN')).toEqual(['无法计分：2025-05 缺少科技人员数或职工总数']);
  });

  it('say what a score was counted on', () => {
    const scored = rule({ role: 'score', passed: false, measure: 'rd_revenue_ratio', unit: 'fraction', actual: 0.012, required: 0.06, points: 0, maxPoints: 30 });
    expect(explain(scored, 'zh-CN')).toEqual(['按研发费用占营业收入比例（最近一年）计分：1.2%，满分需达到 6%']);
    expect(explain(scored, 'en')).toEqual(['Scored on R&D expense / revenue, latest year: 1.2%; full points from 6%']);
  });

  it('give a built-in note in the reader’s words, and another rule set’s English note only in English', () => {
    const approximated = rule({ id: 'innovation_ip', role: 'score', passed: false, note: 'Approximated from the profile; the official score is given by experts.' });
    expect(explain(approximated, 'zh-CN', 'hnte')).toEqual(['根据档案数据估算，正式得分由专家评定。']);
    const custom = rule({ id: 'own_rule', passed: false, note: 'A note of a custom rule set.' });
    expect(explain(custom, 'en', 'custom')).toEqual(['A note of a custom rule set.']);
    expect(explain(custom, 'zh-CN', 'custom')).toEqual([]);
  });

  it('add nothing to a gate whose values the table already shows', () => {
    expect(explain(rule({ passed: false, actual: 600, required: 500, op: '<=' }), 'zh-CN')).toEqual([]);
  });
});
