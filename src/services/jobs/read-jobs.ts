// The operator's view of background jobs: recent jobs with status and progress, and one job.
import type { Database } from '../../db/client.ts';
import { countJobs, findJob, listJobs, type JobRow, type JobStatus } from '../../db/repositories/jobs.ts';
import { authorize } from '../../domain/access/policy.ts';
import { fail } from '../../domain/shared/errors.ts';
import type { ServiceContext } from '../shared/context.ts';

export const listJobsOf = (database: Database, kind: string, limit: number): Promise<JobRow[]> => listJobs(database.db, { kind, limit });

export async function listRecentJobs(ctx: ServiceContext, query: { kind?: string; status?: JobStatus; page: number; pageSize: number }): Promise<{ items: JobRow[]; total: number }> {
  authorize(ctx.actor, 'jobs.read');
  const filter = { kind: query.kind, status: query.status };
  const [items, total] = await Promise.all([
    listJobs(ctx.database.db, { ...filter, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    countJobs(ctx.database.db, filter),
  ]);
  return { items, total };
}

export async function readJob(ctx: ServiceContext, id: string): Promise<JobRow> {
  authorize(ctx.actor, 'jobs.read');
  const job = await findJob(ctx.database.db, id);
  if (!job) throw fail('job.not_found');
  return job;
}
