import { api } from './client';
import type { ListQuery, Page, Park } from './types';

export interface ParkInput {
  code: string;
  name: string;
  nameEn: string;
  regionCode: string;
}

export const listParks = (query: ListQuery = {}, signal?: AbortSignal) =>
  api.get<Page<Park>>('/parks', { ...query }, signal);
export const createPark = (input: ParkInput) => api.post<Park>('/parks', input);
export const updatePark = (id: string, input: Partial<Omit<ParkInput, 'code'>>) =>
  api.patch<Park>(`/parks/${encodeURIComponent(id)}`, input);
export const deactivatePark = (id: string) => api.post<Park>(`/parks/${encodeURIComponent(id)}/deactivate`);
