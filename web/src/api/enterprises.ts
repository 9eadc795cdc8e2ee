import { api } from './client';
import type { Enterprise, ListQuery, Page } from './types';

export interface EnterpriseQuery extends ListQuery {
  parkId?: string;
  industryCode?: string;
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
export const getEnterprise = (creditCode: string, signal?: AbortSignal) =>
  api.get<Enterprise>(`/enterprises/${encodeURIComponent(creditCode)}`, undefined, signal);
export const createEnterprise = (input: EnterpriseInput) => api.post<Enterprise>('/enterprises', input);
export const updateEnterprise = (creditCode: string, input: EnterprisePatch) =>
  api.patch<Enterprise>(`/enterprises/${encodeURIComponent(creditCode)}`, input);
