// Consent: an enterprise's grants of data categories to institutions, and the reads made under them.
import { api } from './client';
import type { DataCategory } from './profile';
import type { Page } from './types';

export type GrantStatus = 'active' | 'expired' | 'revoked';

export interface Grant {
  id: string;
  institutionId: string;
  institutionName: string;
  categories: DataCategory[];
  purpose: string;
  /** A purpose made by applying, as a code and parameters (null: the enterprise's own words). */
  purposeCode?: 'grant.application' | null;
  purposeParams?: { productName: string } | null;
  expiresOn: string;
  createdAt: string;
  revokedAt: string | null;
  status: GrantStatus;
}

export interface GrantInput {
  institutionId: string;
  categories: DataCategory[];
  purpose: string;
  expiresOn: string;
}

export interface AccessLogEntry {
  id: string;
  at: string;
  institutionId: string;
  institutionName: string;
  userEmail: string | null;
  category: DataCategory;
  grantId: string;
}

const path = (creditCode: string) => `/enterprises/${encodeURIComponent(creditCode)}`;

export const listGrants = (creditCode: string, signal?: AbortSignal) =>
  api.get<{ items: Grant[] }>(`${path(creditCode)}/grants`, undefined, signal);
export const createGrant = (creditCode: string, input: GrantInput) => api.post<Grant>(`${path(creditCode)}/grants`, input);
export const revokeGrant = (id: string) => api.del<{ id: string; revokedAt: string }>(`/grants/${encodeURIComponent(id)}`);
export const listAccessLog = (creditCode: string, query: { page?: number; pageSize?: number }, signal?: AbortSignal) =>
  api.get<Page<AccessLogEntry>>(`${path(creditCode)}/access-log`, { ...query }, signal);
