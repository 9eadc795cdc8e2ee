// How the financing workflow's numbers read: rates the server sends as decimal strings, spreads in
// basis points, shares, and a deadline in words.
import type { TFunction } from 'i18next';
import type { Deadline } from '../api/applications';

/**
 * A decimal string as a percentage, moved two places without floating point, at least `decimals`
 * places and trailing zeros beyond them trimmed: "0.033000" → "3.30%", "0.0345" → "3.45%",
 * "0.031250" → "3.125%".
 */
export function formatDecimalRate(decimal: string | null | undefined, decimals = 2, none = '—'): string {
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec((decimal ?? '').trim());
  if (!decimal || !match) return decimal ?? none;
  const [, sign = '', whole = '', fraction = ''] = match;
  const padded = fraction.padEnd(2, '0');
  const integer = (whole + padded.slice(0, 2)).replace(/^0+(?=\d)/, '');
  const rest = padded.slice(2).replace(/0+$/, '').padEnd(decimals, '0');
  const negative = sign === '-' && /[1-9]/.test(integer + rest);
  return `${negative ? '-' : ''}${integer}${rest ? `.${rest}` : ''}%`;
}

/** A spread in basis points with its sign: 30 → "+30bp", -10 → "-10bp". */
export const formatSpread = (bp: number) => `${bp >= 0 ? '+' : ''}${bp}bp`;

/** A 0..1 share as a whole-number percentage with one decimal at most; null → the none sign. */
export function formatShare(value: number | null | undefined, none = '—'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return none;
  return `${Number((value * 100).toFixed(1))}%`;
}

/** The deadline in words: working days left, paused, missed, met or late. */
export function deadlineText(t: TFunction, deadline: Deadline): string {
  const left = deadline.workingDaysLeft;
  switch (deadline.status) {
    case 'on_time':
    case 'due_soon':
      return left === 0 ? t('workflow.deadline.today') : t('workflow.deadline.left', { count: left ?? 0 });
    case 'missed':
      // The day after a Friday deadline is late, though no working day has passed yet.
      return left ? t('workflow.deadline.missedBy', { count: Math.abs(left) }) : t('workflow.deadline.missed');
    case 'paused':
      return t('workflow.deadline.paused');
    case 'met':
      return t('workflow.deadline.met');
    case 'late':
      return t('workflow.deadline.late');
    default:
      return t('common.none');
  }
}
