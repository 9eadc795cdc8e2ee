// Enterprises' financing needs, institutions' take-ups, and the matching that reads both
// (docs/marketplace-api.md).
import { api } from './client';
import type { LoanType, ProductKind, SecurityKind } from './marketplace';
import type { Stage } from './rating';
import type { Page } from './types';

export type NeedStatus = 'open' | 'taken_up' | 'closed' | 'withdrawn';

export interface TakeUp {
  institutionId: string;
  institutionName: string;
  productId: string | null;
  takenAt: string;
  note: string | null;
}

export interface Need {
  id: string;
  enterpriseId: string;
  /** Masked for institutions without the enterprise's grant. */
  creditCode: string;
  enterpriseName: string;
  parkCode: string;
  industryCode: string;
  stage: Stage | null;
  /** The band (A, B, C) for institutions without a grant, the full grade otherwise. */
  grade: string | null;
  kind: ProductKind;
  amountFen: number;
  termMonths: number | null;
  purpose: string;
  neededBy: string | null;
  offers: SecurityKind[];
  status: NeedStatus;
  takeUps: TakeUp[];
  /** True where the caller sees the enterprise masked (an institution without its grant). */
  masked?: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface NeedQuery {
  status?: NeedStatus;
  kind?: ProductKind;
  /** Officers: every open need in parks where the institution has approved products, not just the inbox. */
  all?: boolean;
  page?: number;
  pageSize?: number;
}

export interface NeedInput {
  kind: ProductKind;
  amountFen: number;
  termMonths?: number;
  purpose: string;
  neededBy?: string;
  offers: SecurityKind[];
}

export interface UnmetRule {
  rule: string;
  fact: string;
  actual: number | string | null;
  required: string;
  advice: string;
}

export interface MatchItem {
  productId: string;
  institutionId: string;
  institutionName: string;
  productName: string;
  kind: ProductKind;
  loanType: LoanType | null;
  eligible: boolean;
  score: number;
  reasons: string[];
  unmet: UnmetRule[];
}

export interface MatchQuery {
  kind?: ProductKind;
  eligible?: boolean;
  page?: number;
  pageSize?: number;
  lang?: string;
}

export interface MatchPage extends Page<MatchItem> {
  eligibleCount?: number;
  ratedAt?: string | null;
}

const needPath = (id: string) => `/needs/${encodeURIComponent(id)}`;

export const listNeeds = (query: NeedQuery = {}, signal?: AbortSignal) => api.get<Page<Need>>('/needs', { ...query }, signal);
export const createNeed = (input: NeedInput) => api.post<Need>('/needs', input);
export const withdrawNeed = (id: string) => api.post<Need>(`${needPath(id)}/withdraw`);
export const takeUpNeed = (id: string, body: { productId?: string; note?: string }) => api.post<Need>(`${needPath(id)}/take-up`, body);

export const getEnterpriseMatches = (creditCode: string, query: MatchQuery, signal?: AbortSignal) =>
  api.get<MatchPage>(`/enterprises/${encodeURIComponent(creditCode)}/matches`, { ...query }, signal);
export const getNeedMatches = (id: string, query: MatchQuery, signal?: AbortSignal) =>
  api.get<MatchPage>(`${needPath(id)}/matches`, { ...query }, signal);
