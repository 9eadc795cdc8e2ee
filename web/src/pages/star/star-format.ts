// How STAR readiness values read on the page: money in the reader's language, ratios as %, counts whole.
import { formatAmount } from '../../lib/money';

export function starValue(unit: string, value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '—';
  if (unit === 'fen') return formatAmount(value, language);
  if (unit === 'ratio') return `${(value * 100).toFixed(2)}%`;
  return String(value);
}
