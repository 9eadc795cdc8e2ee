// 科技型中小企业评价办法 (国科发政〔2022〕16号), articles 6–7 and the attached indicator table.
// Bands are the published ones; "(含)" lower bounds are inclusive, hence '>='.
import type { RuleSet, ScoreBand } from './types.ts';

const bands = (steps: readonly (readonly [number, number])[]): ScoreBand[] =>
  steps.map(([value, points]) => ({ op: '>=', value, points }));

export const TECH_SME_2022: RuleSet = {
  code: 'tech_sme',
  version: '2022-1',
  effectiveFrom: '2022-05-01',
  nameZh: '科技型中小企业评价',
  nameEn: 'Technology-based SME evaluation',
  source: '国科发政〔2022〕16号《科技型中小企业评价办法》',
  rules: [
    // Article 6(1): size limits.
    { id: 'employees_max', role: 'gate', nameZh: '职工总数不超过500人', nameEn: 'Employees at most 500', measure: 'employees', op: '<=', value: 500 },
    {
      id: 'revenue_max', role: 'gate', nameZh: '年销售收入不超过2亿元', nameEn: 'Revenue at most ¥200m',
      measure: 'revenue_yuan', op: '<=', value: 200_000_000,
    },
    {
      id: 'total_assets_max', role: 'gate', nameZh: '资产总额不超过2亿元', nameEn: 'Total assets at most ¥200m',
      measure: 'total_assets_yuan', op: '<=', value: 200_000_000,
    },
    // Article 6(4), the part the profile can see: not on the abnormal-operation list.
    {
      id: 'no_abnormal_operation', role: 'gate', nameZh: '未列入经营异常名录', nameEn: 'Not listed for abnormal operation',
      measure: 'open_abnormal_operations', op: '<=', value: 0,
    },
    // Indicator 1: S&T staff share, 20 points; 30% (含) or more earns all.
    {
      id: 'st_staff', role: 'score', nameZh: '科技人员指标', nameEn: 'S&T staff share', maxPoints: 20,
      scoring: [{ measure: 'st_staff_share', bands: bands([[0.3, 20], [0.25, 16], [0.2, 12], [0.15, 8], [0.1, 4]]) }],
    },
    // Indicator 2: R&D input, 50 points, on whichever of the two ratios scores better.
    {
      id: 'rd_input', role: 'score', nameZh: '研发投入指标', nameEn: 'R&D input', maxPoints: 50,
      note: 'Total cost is approximated as revenue − operating profit.',
      scoring: [
        { measure: 'rd_revenue_ratio', bands: bands([[0.06, 50], [0.05, 40], [0.04, 30], [0.03, 20], [0.02, 10]]) },
        { measure: 'rd_cost_ratio', bands: bands([[0.3, 50], [0.25, 40], [0.2, 30], [0.15, 20], [0.1, 10]]) },
      ],
    },
    // Indicator 3: IP in force, 30 points. Our domain reference gives one Class-I item or four
    // Class-II items the full 30 (the 2022 published table gives 4+ Class-II items 24).
    {
      id: 'ip', role: 'score', nameZh: '科技成果指标', nameEn: 'IP in force', maxPoints: 30,
      scoring: [
        { measure: 'class1_ip_count', bands: bands([[1, 30]]) },
        { measure: 'class2_ip_count', bands: bands([[4, 30], [3, 18], [2, 12], [1, 6]]) },
      ],
    },
    // Article 7: direct confirmation of the score condition (national awards and standards
    // led are not in the profile yet, so those two routes are left out).
    {
      id: 'direct_hnte', role: 'shortcut', nameZh: '拥有有效期内高新技术企业资格', nameEn: 'Valid HNTE certificate',
      measure: 'valid_hnte', op: '==', value: 1,
    },
    {
      id: 'direct_rd_platform', role: 'shortcut', nameZh: '拥有省部级以上研发机构', nameEn: 'Provincial-or-higher R&D platform',
      measure: 'valid_rd_platform', op: '==', value: 1,
    },
  ],
  pass: { minScore: 60, nonZero: ['st_staff'] },
};
