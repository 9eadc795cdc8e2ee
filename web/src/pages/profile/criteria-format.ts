// Rule values as people read them: shares as percentages, money in yuan or 万元, lists joined.
import type { RuleCheck } from '../../api/profile';
import { industryLabel } from '../../lib/code-names';

const OPS: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '==': '=', in: '∈', prefix_in: '∈' };

/**
 * The rule's unit when the server says. Otherwise it is read from the rule: a threshold between 0
 * and 1 is a share; a large threshold on revenue or assets is money in yuan.
 */
export function unitOf(rule: RuleCheck): string | undefined {
  if (rule.unit) return rule.unit;
  const r = rule.required;
  if (typeof r === 'number' && r > 0 && r < 1) return 'fraction';
  if (/(^|_)(share|ratio|growth|intensity)(_|$)/i.test(rule.id)) return 'fraction';
  if (typeof r === 'number' && r >= 10_000 && /(^|_)(revenue|assets|yuan)(_|$)/i.test(rule.id)) return 'yuan';
  if (rule.role === 'shortcut' && rule.op === '==' && r === 1) return 'flag';
  return undefined;
}

/** Words for yes and no, for flags. */
export type YesNo = readonly [yes: string, no: string];

export function formatMeasure(value: RuleCheck['actual'] | RuleCheck['required'], unit: string | undefined, language: string, yesNo: YesNo = ['✓', '✗']): string {
  if (value === null || value === undefined) return '—';
  const sep = language === 'en' ? ', ' : '、';
  if (Array.isArray(value)) {
    const names = value.map((v) => (typeof v === 'string' ? codeName(v, language) : String(v)));
    return names.length > 6 ? `${names.slice(0, 6).join(sep)}…` : names.join(sep);
  }
  if (typeof value === 'string') return codeName(value, language);
  const number = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat(language, options).format(value);
  switch (unit) {
    case 'fraction':
      return number({ style: 'percent', maximumFractionDigits: 1 });
    case 'yuan':
      // Measures in yuan are already plain numbers from the server; this only shapes them for reading.
      if (language !== 'en' && Math.abs(value) >= 10_000) {
        return `${new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value / 10_000)} 万元`;
      }
      return `¥${number({ maximumFractionDigits: 2 })}`;
    case 'flag':
      return value ? yesNo[0] : yesNo[1];
    default:
      return number({ maximumFractionDigits: 2 });
  }
}

/** The only codes rule values hold are GB/T 4754 industry codes: shown by their names. */
const codeName = (value: string, language: string) => (/^[A-T]\d{0,4}$/.test(value) ? industryLabel(value, language) : value);

/** A met prefix rule names the prefix that matched rather than the whole list (as the server's message does). */
function shownRequired(rule: RuleCheck): RuleCheck['required'] {
  const { required, actual } = rule;
  if (rule.op !== 'prefix_in' || !rule.passed || !Array.isArray(required) || typeof actual !== 'string') return required;
  const matched = required.filter((prefix) => typeof prefix === 'string' && actual.startsWith(prefix));
  return matched.length ? matched : required;
}

/** The threshold with its comparison: "≥ 10%". */
export function formatRequired(rule: RuleCheck, language: string, yesNo?: YesNo): string {
  if (rule.required === null || rule.required === undefined) return '—';
  const unit = unitOf(rule);
  const text = formatMeasure(shownRequired(rule), unit, language, yesNo);
  if (unit === 'flag') return text;
  const op = rule.op ? OPS[rule.op] : undefined;
  return op ? `${op} ${text}` : text;
}
