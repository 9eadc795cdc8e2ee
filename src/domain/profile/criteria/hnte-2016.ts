// 高新技术企业认定管理办法 (国科发火〔2016〕32号), article 11, with the work guideline
// (国科发火〔2016〕195号) for the innovation score. Experts score innovation from documents;
// here it is approximated from the profile, and each score rule says so.
import type { RuleSet, ScoreBand } from './types.ts';

const bands = (steps: readonly (readonly [number, number])[]): ScoreBand[] =>
  steps.map(([value, points]) => ({ op: '>=', value, points }));

/**
 * GB/T 4754-2017 prefixes standing in for the eight 国家重点支持的高新技术领域. An approximation:
 * the real test is the product's technology, not the registered industry.
 */
export const HNTE_SUPPORTED_INDUSTRY_PREFIXES: readonly string[] = [
  'C26', // new chemical materials, specialty chemicals (新材料)
  'C27', // medicine and biological products (生物与新医药)
  'C34', 'C35', 'C36', 'C37', 'C38', 'C39', 'C40', // equipment, aerospace, electronics, instruments (先进制造与自动化, 航空航天, 电子信息)
  'D44', // wind, solar and biomass power (新能源与节能)
  'I63', 'I64', 'I65', // telecoms, internet, software and IC design (电子信息)
  'M73', 'M74', 'M75', // R&D, testing and technology services (高技术服务)
  'N772', // environmental treatment (资源与环境)
  'R8626', // digital publishing (文化创意产业支撑技术)
];

/** The guideline's growth bands, upper end of each range: ≥ 35% 10, ≥ 25% 8, ≥ 15% 6, ≥ 5% 4, > 0 2. */
const GROWTH_BANDS: ScoreBand[] = [...bands([[0.35, 10], [0.25, 8], [0.15, 6], [0.05, 4]]), { op: '>', value: 0, points: 2 }];
const APPROXIMATED = 'Approximated from the profile; the official score is given by experts.';

export const HNTE_2016: RuleSet = {
  code: 'hnte',
  version: '2016-1',
  effectiveFrom: '2016-01-01',
  nameZh: '高新技术企业认定',
  nameEn: 'High and new technology enterprise (HNTE)',
  source: '国科发火〔2016〕32号《高新技术企业认定管理办法》; 国科发火〔2016〕195号《工作指引》',
  rules: [
    {
      id: 'registered_one_year', role: 'gate', nameZh: '注册成立一年以上', nameEn: 'Registered at least one year',
      measure: 'registered_years', op: '>=', value: 1,
    },
    {
      id: 'core_ip', role: 'gate', nameZh: '拥有核心自主知识产权', nameEn: 'Owns core IP (Class I or II in force)',
      measure: 'core_ip_count', op: '>=', value: 1,
    },
    {
      id: 'supported_field', role: 'gate', nameZh: '属于国家重点支持的高新技术领域', nameEn: 'In a supported high-tech field',
      measure: 'industry_code', op: 'prefix_in', value: [...HNTE_SUPPORTED_INDUSTRY_PREFIXES], note: 'Judged by registered industry code.',
    },
    {
      id: 'st_staff_share', role: 'gate', nameZh: '科技人员占职工总数比例不低于10%', nameEn: 'S&T staff at least 10% of employees',
      measure: 'st_staff_share', op: '>=', value: 0.1,
    },
    {
      id: 'rd_ratio_3y', role: 'gate', nameZh: '近三年研发费用占销售收入比例', nameEn: 'R&D over the last 3 years / revenue',
      measure: 'rd_revenue_ratio_3y', op: '>=',
      // ≤ ¥50m (含) 5%, ¥50m–200m (含) 4%, above 3%; banded on the latest year's revenue.
      value: { by: 'revenue_yuan', bands: [{ upTo: 50_000_000, value: 0.05 }, { upTo: 200_000_000, value: 0.04 }], otherwise: 0.03 },
    },
    {
      id: 'rd_domestic_share', role: 'gate', nameZh: '境内研发费用占比不低于60%', nameEn: 'At least 60% of R&D spent in China',
      measure: 'rd_domestic_share_3y', op: '>=', value: 0.6,
    },
    {
      id: 'high_tech_revenue', role: 'gate', nameZh: '高新技术产品收入占比不低于60%', nameEn: 'High-tech revenue at least 60%',
      measure: 'high_tech_revenue_share', op: '>=', value: 0.6,
    },
    // Innovation score, 100 points, pass ≥ 70: IP 30, commercialisation 30, R&D management 20, growth 20.
    {
      id: 'innovation_ip', role: 'score', nameZh: '知识产权', nameEn: 'Innovation: IP', maxPoints: 30, note: APPROXIMATED,
      scoring: [
        { measure: 'class1_ip_count', bands: bands([[5, 30], [2, 26], [1, 24]]) },
        { measure: 'class2_ip_count', bands: bands([[5, 20], [3, 16], [1, 12]]) },
      ],
    },
    {
      id: 'innovation_commercialisation', role: 'score', nameZh: '科技成果转化能力', nameEn: 'Innovation: commercialisation',
      maxPoints: 30, note: APPROXIMATED,
      scoring: [{ measure: 'high_tech_revenue_share', bands: bands([[0.9, 30], [0.8, 26], [0.7, 22], [0.6, 18], [0.4, 12], [0.2, 6]]) }],
    },
    {
      id: 'innovation_rd_staff', role: 'score', nameZh: '研究开发组织管理（研发人员）', nameEn: 'Innovation: R&D organisation (R&D staff)',
      maxPoints: 10, note: APPROXIMATED,
      scoring: [{ measure: 'rd_staff_share', bands: bands([[0.3, 10], [0.2, 8], [0.1, 6], [0.05, 3]]) }],
    },
    {
      id: 'innovation_rd_intensity', role: 'score', nameZh: '研究开发组织管理（研发投入）', nameEn: 'Innovation: R&D organisation (R&D intensity)',
      maxPoints: 10, note: APPROXIMATED,
      scoring: [{ measure: 'rd_revenue_ratio_3y', bands: bands([[0.1, 10], [0.06, 8], [0.04, 6], [0.03, 4]]) }],
    },
    {
      id: 'innovation_net_asset_growth', role: 'score', nameZh: '净资产增长率', nameEn: 'Innovation: net-asset growth', maxPoints: 10,
      scoring: [{ measure: 'net_asset_growth_avg', bands: GROWTH_BANDS }],
    },
    {
      id: 'innovation_revenue_growth', role: 'score', nameZh: '销售收入增长率', nameEn: 'Innovation: revenue growth', maxPoints: 10,
      scoring: [{ measure: 'revenue_growth_avg', bands: GROWTH_BANDS }],
    },
  ],
  pass: { minScore: 70, nonZero: [] },
};
