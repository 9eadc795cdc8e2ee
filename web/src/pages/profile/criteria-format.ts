// Rule values and explanations as people read them, in the reader's language: shares as
// percentages, money in yuan or 万元, lists joined, and why a rule could not be checked worded from
// the server's reason codes (shared/profile.ts). The server's own `message` is English; it is
// never shown here.
import type { TFunction } from 'i18next';
import type { CriteriaMissing, RuleCheck } from '../../api/profile';
import { industryLabel } from '../../lib/code-names';
import { labelOr } from '../../lib/labels';

const OPS: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '==': '=', in: '∈', prefix_in: '∈' };

/** Words for yes and no, for flags. */
export type YesNo = readonly [yes: string, no: string];

const listSeparator = (language: string) => (language === 'en' ? ', ' : '、');

export function formatMeasure(value: RuleCheck['actual'] | RuleCheck['required'], unit: RuleCheck['unit'] | undefined, language: string, yesNo: YesNo = ['✓', '✗']): string {
  if (value === null || value === undefined) return '—';
  const sep = listSeparator(language);
  if (Array.isArray(value)) {
    const names = value.map((v) => codeName(v, language));
    return names.length > 6 ? `${names.slice(0, 6).join(sep)}…` : names.join(sep);
  }
  if (typeof value === 'string') return codeName(value, language);
  const number = (options: Intl.NumberFormatOptions, n = value) => new Intl.NumberFormat(language, options).format(n);
  switch (unit) {
    case 'fraction':
      return number({ style: 'percent', maximumFractionDigits: 1 });
    case 'yuan':
      // Measures in yuan are already plain numbers from the server; this only shapes them for reading.
      if (language !== 'en' && Math.abs(value) >= 10_000) return `${number({ maximumFractionDigits: 2 }, value / 10_000)} 万元`;
      return `¥${number({ maximumFractionDigits: 2 })}`;
    case 'years': {
      const shown = Math.floor(value * 100) / 100; // truncated, as the server does: 364 days never read as one year
      const text = number({ maximumFractionDigits: 2 }, shown);
      return language === 'en' ? `${text} ${shown === 1 ? 'year' : 'years'}` : `${text} 年`;
    }
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
  const matched = required.filter((prefix) => actual.startsWith(prefix));
  return matched.length ? matched : required;
}

/** The threshold with its comparison: "≥ 10%". */
export function formatRequired(rule: RuleCheck, language: string, yesNo?: YesNo): string {
  if (rule.required === null || rule.required === undefined) return '—';
  const text = formatMeasure(shownRequired(rule), rule.unit, language, yesNo);
  if (rule.unit === 'flag') return text;
  const op = rule.op ? OPS[rule.op] : undefined;
  return op ? `${op} ${text}` : text;
}

/** One reason a rule could not be checked, its parameters named in the reader's words. */
export function formatMissing(reason: CriteriaMissing, t: TFunction, language: string): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reason.params)) {
    if (Array.isArray(value)) params[name] = value.join(listSeparator(language));
    else if (name === 'measure') params[name] = labelOr(t, `profile.criteria.measures.${value}`, String(value));
    else if (name === 'figure') params[name] = labelOr(t, `profile.criteria.figures.${value}`, String(value));
    else params[name] = value;
  }
  return (t as unknown as (key: string, options: object) => string)(`profile.criteria.missing.${reason.code}`, params);
}

/** The built-in rule sets' notes in the reader's words; another rule set's English note only in English. */
function noteOf(rule: RuleCheck, setCode: string, t: TFunction, language: string): string | null {
  if (!rule.note) return null;
  const fallback = language === 'en' ? rule.note : '';
  return labelOr(t, `profile.criteria.notes.${setCode}.${rule.id}`, fallback) || null;
}

/**
 * What the table's columns do not say about a rule: why it could not be checked or scored, what a
 * score was counted on, and the rule set's note. Empty when there is nothing to add.
 */
export function explainRule(rule: RuleCheck, setCode: string, t: TFunction, language: string): string[] {
  const lines: string[] = [];
  if (rule.missing?.length) {
    const reasons = rule.missing.map((reason) => formatMissing(reason, t, language)).join(language === 'en' ? '; ' : '；');
    lines.push(t(rule.role === 'score' ? 'profile.criteria.cannotScore' : 'profile.criteria.cannotCheck', { reasons }));
  } else if (rule.role === 'score' && rule.actual !== null) {
    lines.push(
      t('profile.criteria.scoredOn', {
        measure: labelOr(t, `profile.criteria.measures.${rule.measure}`, rule.measure),
        value: formatMeasure(rule.actual, rule.unit, language),
        full: formatMeasure(rule.required, rule.unit, language),
      }),
    );
  }
  const note = noteOf(rule, setCode, t, language);
  if (note) lines.push(note);
  return lines;
}
