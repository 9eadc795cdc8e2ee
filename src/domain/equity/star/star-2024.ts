// 科创属性评价指引（试行）(2024年4月修订) for the attributes, and 上海证券交易所科创板股票上市规则
// article 2.1.2 for the five listing standards. Amounts in fen: ¥1亿 = 10_000_000_000 fen.
import type { StarRuleSet } from './types.ts';

const YI = 10_000_000_000; // ¥100m in fen
const WAN = 1_000_000; // ¥10k in fen

export const STAR_RULE_SET_CODE = 'star_market';

export const STAR_2024: StarRuleSet = {
  code: STAR_RULE_SET_CODE,
  version: '2024-04',
  effectiveFrom: '2024-04-30',
  nameZh: '科创板科创属性与上市标准（2024年修订）',
  nameEn: 'STAR Market science-and-technology attributes and listing standards (2024 revision)',
  source: '科创属性评价指引（试行）（2024年4月修订）；上海证券交易所科创板股票上市规则 第2.1.2条',
  attributes: {
    years: 3,
    rdShareOfRevenue: '0.05',
    rdTotalFen: 8000 * WAN,
    rdStaffShare: '0.10',
    inventionPatents: 7,
    revenueGrowth: '0.25',
    lastRevenueFen: 3 * YI,
    exceptionInventionPatents: 50,
  },
  standards: [
    {
      id: 'standard_1',
      nameZh: '标准一：预计市值不低于10亿元，且盈利',
      nameEn: 'Standard 1: expected market value ≥ ¥1bn, profitable',
      alternatives: [
        [
          { kind: 'market_value', minFen: 10 * YI },
          { kind: 'net_profit_positive_each_year', years: 2 },
          { kind: 'net_profit_total', years: 2, minFen: 5000 * WAN },
        ],
        [
          { kind: 'market_value', minFen: 10 * YI },
          { kind: 'net_profit_positive_each_year', years: 1 },
          { kind: 'revenue_last_year', minFen: 1 * YI },
        ],
      ],
    },
    {
      id: 'standard_2',
      nameZh: '标准二：预计市值不低于15亿元，营业收入不低于2亿元，研发投入占比不低于15%',
      nameEn: 'Standard 2: market value ≥ ¥1.5bn, revenue ≥ ¥200m, R&D ≥ 15% of revenue over 3 years',
      alternatives: [
        [
          { kind: 'market_value', minFen: 15 * YI },
          { kind: 'revenue_last_year', minFen: 2 * YI },
          { kind: 'rd_share_of_revenue', years: 3, minRatio: '0.15' },
        ],
      ],
    },
    {
      id: 'standard_3',
      nameZh: '标准三：预计市值不低于20亿元，营业收入不低于3亿元，经营活动现金流量净额累计不低于1亿元',
      nameEn: 'Standard 3: market value ≥ ¥2bn, revenue ≥ ¥300m, operating cash flow over 3 years ≥ ¥100m',
      alternatives: [
        [
          { kind: 'market_value', minFen: 20 * YI },
          { kind: 'revenue_last_year', minFen: 3 * YI },
          { kind: 'operating_cash_flow_total', years: 3, minFen: 1 * YI },
        ],
      ],
    },
    {
      id: 'standard_4',
      nameZh: '标准四：预计市值不低于30亿元，营业收入不低于3亿元',
      nameEn: 'Standard 4: market value ≥ ¥3bn, revenue ≥ ¥300m',
      alternatives: [[{ kind: 'market_value', minFen: 30 * YI }, { kind: 'revenue_last_year', minFen: 3 * YI }]],
    },
    {
      id: 'standard_5',
      nameZh: '标准五：预计市值不低于40亿元，主要业务或产品取得阶段性成果',
      nameEn: 'Standard 5: market value ≥ ¥4bn, main business or product with a major breakthrough',
      alternatives: [[{ kind: 'market_value', minFen: 40 * YI }, { kind: 'needs_assessment', topic: 'major_breakthrough' }]],
    },
  ],
};

/** Every built-in version; operators may load more. */
export const STAR_RULE_SETS: readonly StarRuleSet[] = [STAR_2024];
