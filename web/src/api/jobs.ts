import { api } from './client';
import type { ListQuery, Page } from './types';

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface Job {
  id: string;
  kind: string;
  key: string | null;
  trigger: string;
  status: JobStatus;
  params: Record<string, unknown>;
  progress: { done: number; total: number };
  requestedBy: string | null;
  requestedByEmail: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
  result: Record<string, unknown> | null;
}

export interface JobQuery extends ListQuery {
  kind?: string;
  status?: JobStatus;
}

export const listJobs = (query: JobQuery = {}, signal?: AbortSignal) => api.get<Page<Job>>('/jobs', { ...query }, signal);
