// How figures read on a report: money in 万元 with thousands separators, exact from fen.
import { FEATURES } from '../rating/features.ts';
import type { ReportLanguage } from './labels.ts';

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** 123456789012n fen → "1,234,567.89" (万元, two decimals, half away from zero). */
export function formatWanGrouped(fen: bigint): string {
  const negative = fen < 0n;
  const cents = ((negative ? -fen : fen) + 5_000n) / 10_000n; // hundredths of a 万元
  const text = `${group((cents / 100n).toString())}.${(cents % 100n).toString().padStart(2, '0')}`;
  return negative && cents > 0n ? `-${text}` : text;
}

export const wanText = (fen: bigint, language: ReportLanguage) => `${formatWanGrouped(fen)} ${language === 'zh-CN' ? '万元' : '× 10k yuan'}`;

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

/** The model's credit-limit basis (written in English by the domain) in the report language. */
export function translateLimitBasis(basis: string, language: ReportLanguage): string {
  if (language === 'en') return basis;
  const none = /^No unsecured limit at grade (\w+)$/.exec(basis);
  if (none) return `${none[1]} 级不给予信用额度`;
  const m = /^(\d+)% of revenue ¥([\d,]+) \+ ¥([\d,]+) × (\d+) Class-I IP, capped at ¥([\d,]+)$/.exec(basis);
  if (!m) return basis;
  return `营业收入 ¥${m[2]} × ${m[1]}% + ¥${m[3]} × ${m[4]} 项I类知识产权，上限 ¥${m[5]}`;
}
