// The Loan Prime Rate as the matching engine reads it (1-year and 5-year, as numbers for ranking
// costs). The platform's fixings are data (lpr_fixings, loaded by the operator): services read the
// fixing in force and pass it through `lprRatesOf`. The short list below serves pure tests,
// benchmarks and the demo generator only.
import type { LprTenor } from './products.ts';

export interface LprFixing {
  from: string; // YYYY-MM-DD, the publication date
  '1y': number;
  '5y': number;
}

export const LPR_HISTORY: readonly LprFixing[] = [
  { from: '2023-08-21', '1y': 0.0345, '5y': 0.042 },
  { from: '2024-02-20', '1y': 0.0345, '5y': 0.0395 },
  { from: '2024-07-22', '1y': 0.0335, '5y': 0.0385 },
  { from: '2024-10-21', '1y': 0.031, '5y': 0.036 },
  { from: '2025-05-20', '1y': 0.03, '5y': 0.035 },
];

/** A loaded fixing's rates (decimal fractions as text, e.g. "0.0300") as the engine's numbers. */
export const lprRatesOf = (fixing: { oneYear: string; fiveYear: string }): Record<LprTenor, number> => ({ '1y': Number(fixing.oneYear), '5y': Number(fixing.fiveYear) });

/** The LPR in force on a date (the latest fixing on or before it). */
export function lprOn(date: string, history: readonly LprFixing[] = LPR_HISTORY): Record<LprTenor, number> {
  const fixing = [...history].reverse().find((f) => f.from <= date) ?? history[0]!;
  return { '1y': fixing['1y'], '5y': fixing['5y'] };
}
