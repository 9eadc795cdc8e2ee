// Each role's home figures, the audit catalogue, and .xlsx exports of the lists.
import { ApiError, api, buildUrl } from './client';

export interface Periods {
  today: string;
  monthFrom: string;
  monthTo: string;
  yearFrom: string;
  yearTo: string;
}
export interface Lent {
  count: number;
  amountFen: number;
}
export interface InstitutionHomeData {
  periods: Periods;
  reviews: { dueToday: number; overdue: number; inQueue: number };
  openSignals: number;
  loansOverdue: Lent;
  disbursedThisMonth: Lent;
}
export interface EnterpriseHomeData {
  today: string;
  rating: { grade: string; score: number; ratedAt: string; trend: 'up' | 'down' | 'flat'; previousGrade: string | null } | null;
  history: { grade: string; score: number; ratedAt: string }[];
  nextRepayment: { loanId: string; institutionName: string; period: number; dueOn: string; amountFen: number } | null;
  openApplications: number;
  matches: { rank: number; score: number; productId: string; productName: string; kind: string; institutionName: string }[];
}
export interface ParkHomeData {
  periods: Periods;
  enterprises: number;
  grades: { grade: string; count: number }[];
  financingThisYear: Lent;
  openApplications: number;
  overdueResponses: number;
  openSignals: number;
}
export interface OperatorHomeData {
  periods: Periods & { weekFrom: string };
  jobs: { queued: number; running: number; failed: number; succeeded: number };
  imports: { total: number; rejected: number; rowsImported: number; lastAt: string | null };
  model: { active: { version: string; kind: string; activatedAt: string | null } | null; shadow: number; draft: number; ratedEnterprises: number };
  audit: { events: number; failedLogins: number };
}

export const getInstitutionHome = (signal?: AbortSignal) => api.get<InstitutionHomeData>('/home/institution', undefined, signal);
export const getEnterpriseHome = (lang: string, signal?: AbortSignal) => api.get<EnterpriseHomeData>('/home/enterprise', { lang }, signal);
export const getParkHome = (signal?: AbortSignal) => api.get<ParkHomeData>('/home/park', undefined, signal);
export const getOperatorHome = (signal?: AbortSignal) => api.get<OperatorHomeData>('/home/operator', undefined, signal);

export interface AuditCatalogue {
  families: { code: string; label: string; actions: { code: string; label: string }[] }[];
  targetTypes: { code: string; label: string }[];
}
export const getAuditCatalogue = (lang: string, signal?: AbortSignal) => api.get<AuditCatalogue>('/audit/actions', { lang }, signal);

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
export const GRADE_FILTERS = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C', 'none'] as const;
export type GradeFilter = (typeof GRADE_FILTERS)[number];
