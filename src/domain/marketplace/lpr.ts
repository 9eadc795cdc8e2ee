// The Loan Prime Rate as published by the National Interbank Funding Center on the 20th of each
// month (1-year and 5-year). Only changes are listed; a rate holds until the next change.
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

/** The LPR in force on a date (the latest fixing on or before it). */
export function lprOn(date: string, history: readonly LprFixing[] = LPR_HISTORY): Record<LprTenor, number> {
  const fixing = [...history].reverse().find((f) => f.from <= date) ?? history[0]!;
  return { '1y': fixing['1y'], '5y': fixing['5y'] };
}
