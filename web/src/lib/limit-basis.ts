// The credit-limit basis from its code and parameters (money in fen), in the reader's language;
// the server's sentence when the rating carries no code (a basis of an older form).
import type { TFunction } from 'i18next';
import { formatAmount, formatYuan } from './money';

export interface LimitBasisView {
  basis: string;
  basisCode?: 'limit.none' | 'limit.revenue_ip' | null;
  basisParams?: Record<string, string | number> | null;
}

const num = (v: string | number | undefined) => Number(v ?? 0);

export function limitBasisText(t: TFunction, language: string, limit: LimitBasisView): string {
  const p = limit.basisParams ?? {};
  if (limit.basisCode === 'limit.none') return t('serverText.limit.none', { grade: String(p.grade ?? '') });
  if (limit.basisCode === 'limit.revenue_ip') {
    // Exact yuan in Chinese (the sums a reader can redo), compact in English.
    const money = (fen: number) => (language === 'en' ? formatAmount(fen, 'en') : formatYuan(fen));
    return t('serverText.limit.revenueIp', {
      share: num(p.sharePercent),
      revenue: money(num(p.revenueFen)),
      perClassI: money(num(p.perClassIFen)),
      classI: num(p.classI),
      cap: money(num(p.capFen)),
      interpolation: { escapeValue: false },
    });
  }
  return limit.basis;
}
