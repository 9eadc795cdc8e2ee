// What the matching engine gives institutions, parks and the operator: leads, unmet needs, runs
// (docs/marketplace-api.md).
import { api } from './client';
import type { Need } from './needs';
import type { Stage } from './rating';
import type { Page } from './types';

export interface Lead {
  /** Masked unless the enterprise granted the institution access. */
  creditCode: string;
  name: string;
  parkCode: string;
  industryCode: string;
  stage: Stage | null;
  /** The band unless granted. */
  grade: string | null;
  score: number;
  granted: boolean;
}

export interface UnmetNeeds {
  total: number;
  openNeeds: number;
  byIndustry: { industryCode: string; count: number; amountFen: number }[];
  byStage: { stage: string; count: number; amountFen: number }[];
  items: Need[];
}

export type MatchRunStatus = 'running' | 'done' | 'failed';

export interface MatchRun {
  id: string;
  trigger: string;
  status: MatchRunStatus;
  enterprises: number;
  products: number;
  eligiblePairs: number;
  seconds: number | null;
  startedAt: string;
  finishedAt: string | null;
  error?: string | null;
}

export const listLeads = (productId: string, query: { page?: number; pageSize?: number }, signal?: AbortSignal) =>
  api.get<Page<Lead>>(`/products/${encodeURIComponent(productId)}/leads`, { ...query }, signal);
export const getUnmetNeeds = (parkCode: string, signal?: AbortSignal) =>
  api.get<UnmetNeeds>(`/parks/${encodeURIComponent(parkCode)}/unmet-needs`, undefined, signal);
export const listMatchRuns = (signal?: AbortSignal) => api.get<{ items: MatchRun[] }>('/match-runs', undefined, signal);
export const startMatchRun = () => api.post<{ id: string; status: MatchRunStatus }>('/match-runs');
