// How marketplace numbers read: money in 万元, rates as LPR plus a spread, fact values in their
// units, rules in words, and where a notification's link leads in this app.
import type { TFunction } from 'i18next';
import type { EligibilityRule, MatchFact, ProductTerms } from '../api/marketplace';
import { labelOr } from './labels';
import { currentLanguage } from '../i18n';
import { formatAmount, formatCompactYuan, formatWan } from './money';
import { formatCount } from './format';
import { industryLabel, regionLabel, type ParkLabel } from './code-names';

/** Money in the reader's language: "1,234 万元" in Chinese, "¥12.3m" in English. */
export function formatMoney(t: TFunction, fen: number): string {
  return formatAmount(fen, currentLanguage(), t('common.wan'));
}

/** "100 – 1,000 万元"; one figure when both ends are the same. */
export function formatAmountRange(t: TFunction, minFen: number, maxFen: number): string {
  if (minFen === maxFen) return formatMoney(t, minFen);
  if (currentLanguage() === 'en') return `${formatCompactYuan(minFen)} – ${formatCompactYuan(maxFen)}`;
  return `${formatWan(minFen, '').trim()} – ${formatMoney(t, maxFen)}`;
}

/** "12 – 36 个月", or the none sign when the product has no term. */
export function formatTermRange(t: TFunction, min: number | null, max: number | null): string {
  if (min === null || max === null) return t('common.none');
  return min === max ? t('market.monthsValue', { count: min }) : t('market.monthsRange', { min, max });
}

const signed = (bp: number) => (bp >= 0 ? `+${bp}` : `${bp}`);

/** "LPR(1Y) +50 ~ +150bp", or the none sign for a product without a rate. */
export function formatRate(t: TFunction, rate: ProductTerms['rate']): string {
  if (!rate) return t('common.none');
  const tenor = rate.lprTenor.toUpperCase();
  const spread = rate.spreadMinBp === rate.spreadMaxBp ? `${signed(rate.spreadMinBp)}bp` : `${signed(rate.spreadMinBp)} ~ ${signed(rate.spreadMaxBp)}bp`;
  return `LPR(${tenor}) ${spread}`;
}

/** A fraction (yearly cost, share) as a percentage, two decimals at most: 0.0345 → "3.45%", 0.035 → "3.5%". */
export function formatYearly(value: number | null | undefined, none = '—'): string {
  return value === null || value === undefined ? none : `${Number((value * 100).toFixed(2))}%`;
}

/** The fact's name in the user's language. */
export function factName(fact: Pick<MatchFact, 'nameZh' | 'nameEn'> | undefined, language: string, fallback: string): string {
  if (!fact) return fallback;
  return language === 'en' ? fact.nameEn : fact.nameZh;
}

/** Removes the float noise that scaling leaves (0.07 × 100 = 7.000000000000001). */
const clean = (x: number) => Number(x.toPrecision(12));

/** How a value in a fact's unit is typed in the rule builder: yuan in 万元, fractions in %. */
const INPUT_UNITS: Record<string, { toInput: (v: number) => number; fromInput: (v: number) => number }> = {
  yuan: { toInput: (v) => v / 10_000, fromInput: (v) => v * 10_000 },
  fraction: { toInput: (v) => v * 100, fromInput: (v) => v / 100 },
};

export function toInputUnits(unit: string, value: number): number {
  const scale = INPUT_UNITS[unit];
  return scale ? clean(scale.toInput(value)) : value;
}

export function fromInputUnits(unit: string, value: number): number {
  const scale = INPUT_UNITS[unit];
  return scale ? clean(scale.fromInput(value)) : value;
}

/** The unit label shown beside a fact's input, e.g. 万元, %, 年. */
export function inputUnitLabel(t: TFunction, unit: string): string {
  return labelOr(t, `market.units.${unit}`, '');
}


/** A fact's value as a person reads it; `amount` (fen), `term` and `security` come from a need's own checks. */
export function formatFactValue(t: TFunction, language: string, fact: MatchFact | undefined, key: string, value: number | string | null, park?: ParkLabel): string {
  if (value === null || value === '') return t('common.none');
  if (typeof value === 'string') return valueLabel(t, key, value, park);
  if (key === 'amount') return formatMoney(t, value);
  if (key === 'term') return t('market.monthsValue', { count: value });
  switch (fact?.unit) {
    case 'yuan':
      return formatMoney(t, Math.round(value * 100));
    case 'fraction':
      return formatYearly(value);
    case 'flag':
      return value >= 1 ? t('common.yes') : t('common.no');
    case 'times':
      return value.toFixed(2);
    case 'grade':
      return fact.scale?.[fact.scale.length - 1 - value] ?? String(value);
    default: {
      const unit = fact ? inputUnitLabel(t, fact.unit) : '';
      const number = formatCount(Math.round(value * 100) / 100, language);
      return unit ? `${number} ${unit}` : number;
    }
  }
}

/** A category value by its name: stages, security kinds, industries, regions, parks (when `park` names them). */
export function valueLabel(t: TFunction, key: string, value: string, park?: ParkLabel): string {
  if (key === 'stage') return labelOr(t, `rating.stages.${value}`, value);
  if (key === 'security') return value.split(/,\s*/).map((v) => labelOr(t, `market.security.${v}`, v)).join(currentLanguage() === 'en' ? ', ' : '、');
  if (key === 'industry') return industryLabel(value, currentLanguage());
  if (key === 'region') return regionLabel(value, currentLanguage());
  if (key === 'park' && park) return park(value);
  return value;
}

const OP_SIGNS: Record<string, string> = { gte: '≥', lte: '≤' };

/** "信用评级 ≥ BBB", "发展阶段 属于 成长期、成熟期", "研发投入强度 5% – 20%". */
export function describeRule(t: TFunction, language: string, rule: EligibilityRule, fact: MatchFact | undefined, park?: ParkLabel): string {
  const name = factName(fact, language, rule.fact);
  const show = (v: number | string) => formatFactValue(t, language, fact, rule.fact, v, park);
  if (rule.op === 'in' || rule.op === 'not_in') {
    const values = rule.values.map((v) => valueLabel(t, rule.fact, v, park)).join(language === 'en' ? ', ' : '、');
    return `${name} ${t(`market.ops.${rule.op}`)} ${values}`;
  }
  if (rule.op === 'between') return `${name} ${show(rule.min)} – ${show(rule.max)}`;
  if (fact?.kind === 'flag') return `${name}${language === 'en' ? ': ' : '：'}${t(rule.op === 'gte' ? 'common.yes' : 'common.no')}`;
  return `${name} ${OP_SIGNS[rule.op]} ${show(rule.value)}`;
}

/**
 * Where a notification's link leads in this app: the server names resources (/needs/{id},
 * /products/{id}); each role has its own page for them, except applications and loans, whose pages
 * every role shares at the same path.
 */
export function notificationPath(link: string | null, base: string): string | null {
  if (!link) return null;
  if (link === base || link.startsWith(`${base}/`)) return link;
  if (/^\/(applications|loans)\/[^/?#]+$/.test(link)) return link;
  const need = /^\/needs\/([^/?#]+)/.exec(link);
  if (need) return base === '/institution' ? '/institution/inbox' : `${base}/needs?need=${need[1]}`;
  const product = /^\/products\/([^/?#]+)/.exec(link);
  if (product) return base === '/institution' ? `/institution/products/${product[1]}` : base === '/park' ? '/park/product-approvals' : base === '/enterprise' ? `/enterprise/marketplace/${product[1]}` : `${base}/marketplace`;
  return null;
}
