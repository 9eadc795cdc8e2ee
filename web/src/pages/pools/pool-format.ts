// Display of a pool's exact decimal strings: shares and ratios as percentages, leverage as a multiple.
// Display only: the figures stay exact strings from the server; money is formatted from integer fen.

/** "0.55" → "55%", "0.0735…" → "7.35%". */
export function formatPercent(decimal: string | null, language: string): string {
  if (decimal === null) return '—';
  const value = Number(decimal.replace('…', '')) * 100;
  return `${value.toLocaleString(language, { maximumFractionDigits: 2 })}%`;
}

/** "6.25" → "6.25", "1.2345678901…" → "1.23". */
export function formatMultiple(decimal: string, language: string): string {
  return Number(decimal.replace('…', '')).toLocaleString(language, { maximumFractionDigits: 2 });
}
