// STAR Market readiness: the evaluation (with the user's expected market value, if set) and its PDF.
import { client, ok } from './client';
import type { Answer } from './types';

export type StarReadiness = Answer<'/api/v1/enterprises/{creditCode}/star-readiness', 'get'>;
export type StarIndicator = StarReadiness['indicators'][number];
export type StarStandard = StarReadiness['standards'][number];
export type StarCondition = StarStandard['gaps'][number];
export type StarLanguage = 'zh-CN' | 'en';

export const getStarReadiness = (creditCode: string, marketValueFen: number | null, signal?: AbortSignal) =>
  ok(
    client.GET('/api/v1/enterprises/{creditCode}/star-readiness', {
      params: { path: { creditCode }, query: marketValueFen === null ? {} : { marketValueFen } },
      signal,
    }),
  );

/** The PDF, downloaded by the browser through a plain link (the session cookie goes with it). */
export function starPdfUrl(creditCode: string, lang: StarLanguage, marketValueFen: number | null): string {
  const query = new URLSearchParams({ lang });
  if (marketValueFen !== null) query.set('marketValueFen', String(marketValueFen));
  return `/api/v1/enterprises/${encodeURIComponent(creditCode)}/star-readiness.pdf?${query.toString()}`;
}
