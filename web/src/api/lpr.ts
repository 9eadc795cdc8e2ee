// The LPR fixings loans are priced on: the list with its out-of-date flag, and loading a file.
import { api } from './client';

export type LprSource = 'built_in' | 'operator' | 'demo';
export const LPR_FORMATS = ['csv', 'json'] as const;
export type LprFormat = (typeof LPR_FORMATS)[number];

export interface LprFixing {
  month: string;
  date: string;
  /** Decimal fractions with four places ("0.0300" is 3.00%). */
  oneYear: string;
  fiveYear: string;
}

export interface LprDue {
  month: string;
  dueOn: string;
}

export interface LprView {
  fixings: (LprFixing & { source: LprSource; loadedAt: string })[];
  latest: LprFixing | null;
  next: LprDue | null;
  missing: LprDue[];
  outOfDate: boolean;
}

export const listLprFixings = (signal?: AbortSignal) => api.get<LprView>('/lpr', undefined, signal);
export const loadLprFixings = (body: { format: LprFormat; content: string }) => api.put<{ loaded: number; first: string; last: string }>('/lpr', body);

/** "0.0345" → "3.45%", by the digits. */
export function lprPercent(fraction: string): string {
  const bp = (fraction.split('.')[1] ?? '').padEnd(4, '0');
  return `${Number(bp.slice(0, 2))}.${bp.slice(2, 4)}%`;
}
