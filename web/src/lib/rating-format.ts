// How rating numbers read: grades and bands in colour, feature values in their own units.
import type { TFunction } from 'i18next';
import { formatWan, formatYuan } from './money';
import { formatCount } from './format';

type Unit = 'yuan' | 'fraction' | 'times' | 'count' | 'grade' | 'flag';

/** The unit of each feature in the platform's catalogue (src/domain/rating/features.ts). */
const FEATURE_UNITS: Record<string, Unit> = {
  rd_intensity: 'fraction',
  rd_staff_share: 'fraction',
  postgrad_share: 'fraction',
  invention_patents: 'count',
  class2_ip: 'count',
  new_inventions: 'count',
  hnte: 'flag',
  specialised: 'flag',
  rd_platform: 'flag',
  equity_raised: 'yuan',
  revenue: 'yuan',
  revenue_growth: 'fraction',
  net_margin: 'fraction',
  debt_to_assets: 'fraction',
  current_ratio: 'times',
  cash_flow_margin: 'fraction',
  tax_grade: 'grade',
  legal_cases: 'count',
  penalties: 'count',
  abnormal_listing: 'flag',
  overdue_loans: 'count',
  headcount_trend: 'fraction',
};

const TAX_GRADES = ['D', 'C', 'M', 'B', 'A'];

/** 0.0942 → "9.4%". */
export function formatPercent(fraction: number, digits = 1): string {
  return `${(fraction * 100).toFixed(digits).replace(/\.0+$/, '')}%`;
}

/** A feature's value as a person reads it: ratios in %, money in 万元 (yuan in English), flags as yes/no, tax grades as letters. */
export function formatFeatureValue(t: TFunction, language: string, feature: string, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return t('common.none');
  switch (FEATURE_UNITS[feature]) {
    case 'fraction':
      return formatPercent(value);
    case 'yuan': {
      const fen = Math.round(value * 100);
      return language === 'en' ? formatYuan(fen) : formatWan(fen, t('common.wan'));
    }
    case 'flag':
      return value ? t('common.yes') : t('common.no');
    case 'grade':
      return TAX_GRADES[Math.round(value)] ?? String(value);
    case 'times':
      return value.toFixed(2);
    case 'count':
      return formatCount(value, language);
    default:
      return formatCount(Math.round(value * 100) / 100, language);
  }
}

/** The feature's name in the user's language. */
export function featureName(item: { nameZh: string; nameEn: string }, language: string): string {
  return language === 'en' ? item.nameEn : item.nameZh;
}

/** AAA–A green, BBB–B gold, CCC–C red. */
export function gradeColor(grade: string): string {
  if (grade.startsWith('A')) return '#237804';
  if (grade.startsWith('B')) return '#874d00';
  return '#cf1322';
}

/** The antd Tag colour of a rating band (A, B or C). */
export function bandTagColor(band: string): string {
  if (band.startsWith('A')) return 'green';
  if (band.startsWith('B')) return 'gold';
  return 'red';
}

/** "+16" / "-9.4". */
export function formatPoints(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  return `${rounded > 0 ? '+' : ''}${rounded}`;
}
