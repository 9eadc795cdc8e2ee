// Financial ratios of one yearly statement (and growth against the year before).
//
// Ratios are not money, so they are plain numbers. Differences are taken exactly in bigint
// fen first; only the final division goes through Number(a) / Number(b). Figures below
// 2^53 fen (¥90 trillion) convert exactly, and a division of two doubles is correctly
// rounded, so a ratio is off by at most one part in 10^16.
import type { Fen, FinancialStatement } from './types.ts';

export const RATIO_KEYS = [
  'grossMargin',
  'operatingMargin',
  'netMargin',
  'debtToAssets',
  'currentRatio',
  'cashRatio',
  'returnOnAssets',
  'rdIntensity',
  'domesticRdShare',
  'taxBurden',
  'highTechRevenueShare',
  'revenueGrowth',
  'netProfitGrowth',
] as const;
export type RatioKey = (typeof RATIO_KEYS)[number];

/** null when a figure is missing or the denominator makes the ratio meaningless (≤ 0). */
export type FinancialRatios = Record<RatioKey, number | null>;

export interface RatioDefinition {
  key: RatioKey;
  nameZh: string;
  nameEn: string;
  formula: string;
  /** 'fraction': 0.25 means 25%; 'times': 1.8 means 1.8×. */
  unit: 'fraction' | 'times';
}

export const RATIO_DEFINITIONS: readonly RatioDefinition[] = [
  { key: 'grossMargin', nameZh: '毛利率', nameEn: 'Gross margin', unit: 'fraction',
    formula: '(revenue − cost of sales) / revenue; revenue > 0' },
  { key: 'operatingMargin', nameZh: '营业利润率', nameEn: 'Operating margin', unit: 'fraction',
    formula: 'operating profit / revenue; revenue > 0' },
  { key: 'netMargin', nameZh: '净利润率', nameEn: 'Net margin', unit: 'fraction',
    formula: 'net profit / revenue; revenue > 0' },
  { key: 'debtToAssets', nameZh: '资产负债率', nameEn: 'Debt to assets (leverage)', unit: 'fraction',
    formula: 'total liabilities / total assets; assets > 0' },
  { key: 'currentRatio', nameZh: '流动比率', nameEn: 'Current ratio', unit: 'times',
    formula: 'current assets / current liabilities; liabilities > 0' },
  { key: 'cashRatio', nameZh: '现金比率', nameEn: 'Cash ratio', unit: 'times',
    formula: 'cash / current liabilities; liabilities > 0' },
  { key: 'returnOnAssets', nameZh: '总资产收益率', nameEn: 'Return on assets', unit: 'fraction',
    formula: 'net profit / year-end total assets; assets > 0' },
  { key: 'rdIntensity', nameZh: '研发投入强度', nameEn: 'R&D intensity', unit: 'fraction',
    formula: 'R&D expense / revenue; revenue > 0' },
  { key: 'domesticRdShare', nameZh: '境内研发费用占比', nameEn: 'Domestic R&D share', unit: 'fraction',
    formula: 'domestic R&D expense / R&D expense; R&D > 0' },
  { key: 'taxBurden', nameZh: '税负率', nameEn: 'Tax burden', unit: 'fraction',
    formula: 'tax paid / revenue; revenue > 0' },
  { key: 'highTechRevenueShare', nameZh: '高新技术产品收入占比', nameEn: 'High-tech revenue share', unit: 'fraction',
    formula: 'high-tech product (service) revenue / revenue; revenue > 0' },
  { key: 'revenueGrowth', nameZh: '营业收入增长率', nameEn: 'Revenue growth', unit: 'fraction',
    formula: '(revenue − previous revenue) / previous revenue; previous year is year − 1 and its revenue > 0' },
  { key: 'netProfitGrowth', nameZh: '净利润增长率', nameEn: 'Net profit growth', unit: 'fraction',
    formula: '(net profit − previous net profit) / |previous net profit|; previous year is year − 1 and its profit ≠ 0' },
];

/** numerator / denominator, or null when either is missing or the denominator is not positive. */
export function ratioOf(numerator: Fen | null, denominator: Fen | null): number | null {
  if (numerator === null || denominator === null || denominator <= 0n) return null;
  return Number(numerator) / Number(denominator);
}

const minus = (a: Fen | null, b: Fen | null): Fen | null => (a === null || b === null ? null : a - b);
const abs = (value: Fen | null): Fen | null => (value === null ? null : value < 0n ? -value : value);

/** Growth is only a yearly growth when the previous statement is the year just before. */
function priorYear(statement: FinancialStatement, previous?: FinancialStatement): FinancialStatement | null {
  return previous !== undefined && previous.year === statement.year - 1 ? previous : null;
}

export function computeRatios(statement: FinancialStatement, previous?: FinancialStatement): FinancialRatios {
  const s = statement;
  const prior = priorYear(statement, previous);
  return {
    grossMargin: ratioOf(minus(s.revenueFen, s.costOfSalesFen), s.revenueFen),
    operatingMargin: ratioOf(s.operatingProfitFen, s.revenueFen),
    netMargin: ratioOf(s.netProfitFen, s.revenueFen),
    debtToAssets: ratioOf(s.totalLiabilitiesFen, s.totalAssetsFen),
    currentRatio: ratioOf(s.currentAssetsFen, s.currentLiabilitiesFen),
    cashRatio: ratioOf(s.cashFen, s.currentLiabilitiesFen),
    returnOnAssets: ratioOf(s.netProfitFen, s.totalAssetsFen),
    rdIntensity: ratioOf(s.rdExpenseFen, s.revenueFen),
    domesticRdShare: ratioOf(s.rdExpenseDomesticFen, s.rdExpenseFen),
    taxBurden: ratioOf(s.taxPaidFen, s.revenueFen),
    highTechRevenueShare: ratioOf(s.highTechRevenueFen, s.revenueFen),
    revenueGrowth: prior ? ratioOf(minus(s.revenueFen, prior.revenueFen), prior.revenueFen) : null,
    // |previous| keeps the sign meaningful when last year was a loss: −100 → −50 is +50%.
    netProfitGrowth: prior ? ratioOf(minus(s.netProfitFen, prior.netProfitFen), abs(prior.netProfitFen)) : null,
  };
}
