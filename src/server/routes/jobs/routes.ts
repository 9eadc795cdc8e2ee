// Background jobs for the operator: recent jobs with status and progress, and one job.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JOB_STATUSES } from '../../../../shared/operations.ts';
import type { JobRow } from '../../../db/repositories/jobs.ts';
import { listRecentJobs, readJob } from '../../../services/jobs/read-jobs.ts';
import { contextOf } from '../../app.ts';
import { errorResponses, IdParams, iso, PageQuery, pageOf } from '../common.ts';

const JobStatus = z.enum(JOB_STATUSES);

const JobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  key: z.string().nullable(),
  trigger: z.string(),
  status: JobStatus,
  params: z.record(z.string(), z.unknown()),
  progress: z.object({ done: z.number().int(), total: z.number().int() }),
  requestedBy: z.string().nullable(),
  requestedByEmail: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  errorCode: z.string().nullable().describe('why a failed job failed: a code of the error catalogue, translated with errorParams'),
  errorParams: z.record(z.string(), z.unknown()).nullable(),
  error: z.string().nullable().describe("the technical detail of a failure (the exception's message, English)"),
  result: z.record(z.string(), z.unknown()).nullable(),
});

const presentJob = (j: JobRow): z.infer<typeof JobSchema> => ({
  id: j.id,
  kind: j.kind,
  key: j.key,
  trigger: j.trigger,
  status: j.status as z.infer<typeof JobStatus>,
  params: j.params,
  progress: { done: j.progressDone, total: j.progressTotal },
  requestedBy: j.requestedBy,
  requestedByEmail: j.requestedByEmail,
  createdAt: iso(j.createdAt)!,
  startedAt: iso(j.startedAt),
  finishedAt: iso(j.finishedAt),
  // Jobs that failed before failures kept a code read as failed on an unexpected error.
  errorCode: j.errorCode ?? (j.error === null ? null : 'job.failed'),
  errorParams: j.errorParams ?? (j.error === null ? null : {}),
  error: j.error,
  result: j.result,
});

export const jobRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['jobs'];
  app.get(
    '/jobs',
    {
      config: { access: 'jobs.read' },
      schema: {
        tags,
        summary: 'Recent background jobs with status and progress, newest first (operator)',
        querystring: PageQuery.omit({ q: true }).extend({ kind: z.string().max(100).optional(), status: JobStatus.optional() }),
        response: { 200: pageOf(JobSchema), ...errorResponses },
      },
    },
    async (request) => {
      const { page, pageSize, kind, status } = request.query;
      const result = await listRecentJobs(contextOf(request), { page, pageSize, kind, status });
      return { items: result.items.map(presentJob), total: result.total, page, pageSize };
    },
  );
  app.get(
    '/jobs/:id',
    { config: { access: 'jobs.read' }, schema: { tags, summary: 'A background job with its progress and result (operator)', params: IdParams, response: { 200: JobSchema, ...errorResponses } } },
    async (request) => presentJob(await readJob(contextOf(request), request.params.id)),
  );
};
