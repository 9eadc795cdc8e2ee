// The operator's "re-rate all" as a job of the job system: one at a time across every server
// (the jobs table's singleton key), progress in the jobs table, so the page's polling and a
// restart see the same thing. Asking is audited with the operator; the finished batch is audited
// with who asked, how many were rated and the model version.
import type { JobRow } from '../../db/repositories/jobs.ts';
import { authorize } from '../../domain/access/policy.ts';
import { fail } from '../../domain/shared/errors.ts';
import type { JobSystem } from '../jobs/job-system.ts';
import { listJobsOf } from '../jobs/read-jobs.ts';
import type { JobKind } from '../jobs/types.ts';
import { mutate, type ServiceContext } from '../shared/context.ts';
import { scoreEnterprises } from './score-enterprises.ts';
import type { JobKindName } from '../../../shared/operations.ts';

export const SCORING_JOB: JobKindName = 'rating.all';

export interface ScoringJob {
  id: string;
  status: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  startedAt: Date;
  finishedAt: Date | null;
  modelVersion: string | null;
  /** Why it failed: a catalogue code with its parameters, and the technical detail. */
  errorCode: string | null;
  errorParams: Record<string, unknown> | null;
  error: string | null;
}

export const presentScoringJob = (j: JobRow): ScoringJob => ({
  id: j.id,
  status: j.status === 'succeeded' ? 'done' : j.status === 'failed' ? 'failed' : 'running',
  done: j.progressDone,
  total: j.progressTotal,
  startedAt: j.startedAt ?? j.createdAt,
  finishedAt: j.finishedAt,
  modelVersion: typeof j.result?.modelVersion === 'string' ? j.result.modelVersion : null,
  errorCode: j.errorCode ?? (j.error === null ? null : 'job.failed'),
  errorParams: j.errorParams ?? (j.error === null ? null : {}),
  error: j.error,
});

/** Rates every enterprise with the active model; idempotent (an unchanged profile keeps its snapshot). */
export const scoringJob: JobKind = {
  kind: SCORING_JOB,
  run: async ({ job, ctx, progress }) => {
    let writes = Promise.resolve();
    let lastWrite = 0;
    const result = await scoreEnterprises(ctx.database, {
      now: ctx.now(),
      timezone: ctx.timezone,
      onProgress: (done, total) => {
        // At most a few writes a second; the last one is written below.
        if (Date.now() - lastWrite < 250) return;
        lastWrite = Date.now();
        writes = writes.then(() => progress(done, total)).catch(() => {});
      },
    });
    await writes;
    await progress(result.scored, result.scored);
    await auditBatchRating(ctx, { targetType: 'scoring_job', targetId: job.id, requestedBy: job.requestedByEmail, rated: result.scored, modelVersion: result.modelVersion });
    return { rated: result.scored, modelVersion: result.modelVersion };
  },
};

/** The audit record of a batch rating (the operator's job, `kejin score`), in its own transaction. */
export async function auditBatchRating(
  ctx: ServiceContext,
  batch: { targetType: string; targetId: string | null; requestedBy: string | null; rated: number; modelVersion: string; enterprises?: 'all' | number },
): Promise<void> {
  const { targetType, targetId, ...details } = batch;
  await mutate(ctx, async () => ({ result: null, audit: { action: 'rating.batch', targetType, targetId, details } }));
}

export class ScoringJobs {
  constructor(private readonly jobs: JobSystem) {}

  /** Starts re-rating all; 409 while one is queued or running on any server. */
  async start(ctx: ServiceContext): Promise<ScoringJob> {
    authorize(ctx.actor, 'rating.run');
    const job = await this.jobs.enqueue(ctx, SCORING_JOB, {
      key: 'all',
      audit: (j) => ({ action: 'rating.job_start', targetType: 'scoring_job', targetId: j.id }),
    });
    return presentScoringJob(job);
  }

  async get(ctx: ServiceContext, id: string): Promise<ScoringJob> {
    authorize(ctx.actor, 'rating.run');
    const job = await this.jobs.get(id);
    if (!job || job.kind !== SCORING_JOB) throw fail('scoring_job.not_found');
    return presentScoringJob(job);
  }

  async list(ctx: ServiceContext): Promise<ScoringJob[]> {
    authorize(ctx.actor, 'rating.run');
    return (await listJobsOf(ctx.database, SCORING_JOB, 20)).map(presentScoringJob);
  }
}
