import { client, ok } from './client';
import type { Answer, ItemOf, QueryOf } from './types';

export type Job = ItemOf<Answer<'/api/v1/jobs', 'get'>>;
export type JobStatus = Job['status'];
export { JOB_KINDS, JOB_STATUSES } from '../../../shared/operations.ts';
export type JobQuery = QueryOf<'/api/v1/jobs', 'get'>;

export const listJobs = (query: JobQuery = {}, signal?: AbortSignal) => ok(client.GET('/api/v1/jobs', { params: { query }, signal }));
