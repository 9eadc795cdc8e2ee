// Each role's home figures, the audit catalogue, and .xlsx exports of the lists.
import { GRADES } from '../../../shared/rating.ts';
import { ApiError, buildUrl, client, ok } from './client';
import { langOf, type Answer } from './types';

export { getAuditCatalogue, type AuditCatalogue } from './audit';

export type InstitutionHomeData = Answer<'/api/v1/home/institution', 'get'>;
export type EnterpriseHomeData = Answer<'/api/v1/home/enterprise', 'get'>;
export type ParkHomeData = Answer<'/api/v1/home/park', 'get'>;
export type OperatorHomeData = Answer<'/api/v1/home/operator', 'get'>;
export type Periods = InstitutionHomeData['periods'];
export type Lent = InstitutionHomeData['loansOverdue'];

export const getInstitutionHome = (signal?: AbortSignal) => ok(client.GET('/api/v1/home/institution', { signal }));
export const getEnterpriseHome = (lang: string, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/home/enterprise', { params: { query: { lang: langOf(lang) } }, signal }));
export const getParkHome = (signal?: AbortSignal) => ok(client.GET('/api/v1/home/park', { signal }));
export const getOperatorHome = (signal?: AbortSignal) => ok(client.GET('/api/v1/home/operator', { signal }));

type Query = Record<string, string | number | boolean | undefined | null>;

/** Downloads a list's .xlsx export (GET path with the list's filters) and saves it under the server's name. */
export async function downloadExport(path: string, query: Query): Promise<void> {
  const response = await fetch(buildUrl(path, query), { credentials: 'same-origin', headers: { Accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/json' } });
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as { error?: { code?: string; message?: string; details?: Record<string, unknown> } } | undefined;
    throw new ApiError(response.status, (body?.error?.code as ApiError['code'] | undefined) ?? 'internal', body?.error?.message ?? response.statusText, body?.error?.details ?? {});
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'kejin-export.xlsx';
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Filters the lists take beyond their menus, set by a home figure's link (names as in the list API). */
export interface ApplicationUrlFilters {
  due?: 'today' | 'overdue';
  open?: boolean;
}
export interface LoanUrlFilters {
  overdue?: boolean;
  disbursedFrom?: string;
  disbursedTo?: string;
}
export const GRADE_FILTERS = [...GRADES, 'none'] as const;
export type GradeFilter = (typeof GRADE_FILTERS)[number];
