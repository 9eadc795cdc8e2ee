// How figures read on a report: money in 万元 with thousands separators, exact from fen.
import { FEATURES } from '../rating/features.ts';
import { describeLimitBasis, limitBasisOf } from '../rating/limit-basis.ts';
import type { ReportLanguage } from './labels.ts';

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** 123456789012n fen → "1,234,567.89" (万元, two decimals, half away from zero). */
export function formatWanGrouped(fen: bigint): string {
  const negative = fen < 0n;
  const cents = ((negative ? -fen : fen) + 5_000n) / 10_000n; // hundredths of a 万元
  const text = `${group((cents / 100n).toString())}.${(cents % 100n).toString().padStart(2, '0')}`;
  return negative && cents > 0n ? `-${text}` : text;
}

/** 157_000_000_00n fen → "¥15.70m"; below a million yuan whole yuan, "¥850,000" (exact from fen, half away from zero). */
export function formatYuanEnglish(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const sign = negative ? '-' : '';
  if (abs >= 100_000_000n) {
    const hundredths = (abs + 500_000n) / 1_000_000n; // hundredths of a million yuan
    return `${sign}¥${group((hundredths / 100n).toString())}.${(hundredths % 100n).toString().padStart(2, '0')}m`;
  }
  const yuan = (abs + 50n) / 100n;
  return `${yuan > 0n ? sign : ''}¥${group(yuan.toString())}`;
}

/** Money as each language's readers write it: "1,570.00 万元" in Chinese, "¥15.70m" in English. */
export const wanText = (fen: bigint, language: ReportLanguage) => (language === 'zh-CN' ? `${formatWanGrouped(fen)} 万元` : formatYuanEnglish(fen));

export const percent = (fraction: number, digits = 1) => `${(fraction * 100).toFixed(digits)}%`;

const TAX_GRADE_LETTER = ['D', 'C', 'M', 'B', 'A'];
const UNIT_OF = new Map(FEATURES.map((f) => [f.key, f.unit]));

/** A feature value as a reader expects it, by the feature's unit. */
export function formatFeatureValue(feature: string, value: number | null, language: ReportLanguage): string {
  if (value === null) return '—';
  switch (UNIT_OF.get(feature)) {
    case 'fraction':
      return percent(value);
    case 'yuan':
      return wanText(BigInt(Math.round(value * 100)), language);
    case 'times':
      return value.toFixed(2);
    case 'grade':
      return TAX_GRADE_LETTER[Math.round(value)] ?? String(value);
    case 'flag':
      return value ? (language === 'zh-CN' ? '是' : 'Yes') : language === 'zh-CN' ? '否' : 'No';
    default:
      return String(Math.round(value * 100) / 100);
  }
}

/** The model's credit-limit basis (stored in English by the scorer) in the report language. */
export function translateLimitBasis(basis: string, language: ReportLanguage): string {
  const structured = limitBasisOf(basis);
  return structured ? describeLimitBasis(structured, language) : basis;
}
