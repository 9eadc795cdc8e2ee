import { api } from './client';
import type { Institution, InstitutionType, ListQuery, Page } from './types';

export interface InstitutionQuery extends ListQuery {
  type?: InstitutionType;
}

export interface InstitutionInput {
  name: string;
  nameEn?: string | null;
  type: InstitutionType;
  creditCode: string;
  regionCode: string;
}

export const listInstitutions = (query: InstitutionQuery = {}, signal?: AbortSignal) =>
  api.get<Page<Institution>>('/institutions', { ...query }, signal);
export const createInstitution = (input: InstitutionInput) => api.post<Institution>('/institutions', input);
export const updateInstitution = (id: string, input: Partial<Omit<InstitutionInput, 'creditCode'>>) =>
  api.patch<Institution>(`/institutions/${encodeURIComponent(id)}`, input);
export const deactivateInstitution = (id: string) =>
  api.post<Institution>(`/institutions/${encodeURIComponent(id)}/deactivate`);
