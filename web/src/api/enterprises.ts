import { api } from './client';
import type { QualificationKind } from './profile';
import type { Enterprise, ListQuery, Page } from './types';

export interface EnterpriseQuery extends ListQuery {
  parkId?: string;
  /** A GB/T 4754 code or prefix, e.g. I65. */
  industryCode?: string;
  qualification?: QualificationKind;
  employeesMin?: number;
  employeesMax?: number;
  completenessMin?: number;
  completenessMax?: number;
}

export interface EnterpriseInput {
  creditCode: string;
  name: string;
  parkId: string;
  industryCode: string;
  regionCode: string;
  foundedOn: string;
  registeredCapitalFen: number;
  employees: number;
  legalRepresentative: string;
  address: string;
}

export type EnterprisePatch = Partial<Omit<EnterpriseInput, 'creditCode'>>;

export const listEnterprises = (query: EnterpriseQuery = {}, signal?: AbortSignal) =>
  api.get<Page<Enterprise>>('/enterprises', { ...query }, signal);
export const createEnterprise = (input: EnterpriseInput) => api.post<Enterprise>('/enterprises', input);
export const updateEnterprise = (creditCode: string, input: EnterprisePatch) =>
  api.patch<Enterprise>(`/enterprises/${encodeURIComponent(creditCode)}`, input);
