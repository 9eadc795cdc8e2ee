// How the investor pages word amounts and codes: tickets and fund sizes in 万元, industries and regions by name.
import type { TFunction } from 'i18next';
import { industryLabel, regionLabel } from '../../lib/code-names';
import { formatWan } from '../../lib/money';

/** "500 – 5,000 万元" (the unit from the language's messages). */
export function formatTicket(t: TFunction, minFen: number, maxFen: number): string {
  const unit = t('common.wan');
  return minFen === maxFen ? formatWan(minFen, unit) : `${formatWan(minFen, '').trim()} – ${formatWan(maxFen, unit)}`;
}

export const formatFundSize = (t: TFunction, fen: number | null) => (fen === null ? t('investors.drawer.none') : formatWan(fen, t('common.wan')));

export const industryNames = (codes: readonly string[], language: string) => codes.map((code) => industryLabel(code, language));
export const regionNames = (codes: readonly string[], language: string) => codes.map((code) => regionLabel(code, language));
