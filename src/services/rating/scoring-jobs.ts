// Batch scoring started from the web: one job at a time per process, with progress that the
// page polls. The job runs after the request returns; its start and end are audited.
import type { Database } from '../../db/client.ts';
import { authorize } from '../../domain/access/policy.ts';
import { conflict, notFound } from '../../domain/shared/errors.ts';
import { mutate, type ServiceContext } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { scoreEnterprises } from './score-enterprises.ts';

export interface ScoringJob {
  id: string;
  status: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  startedAt: Date;
  finishedAt: Date | null;
  modelVersion: string | null;
  error: string | null;
}

export class ScoringJobs {
  private readonly jobs = new Map<string, ScoringJob>();

  async start(ctx: ServiceContext): Promise<ScoringJob> {
    authorize(ctx.actor, 'rating.run');
    if ([...this.jobs.values()].some((j) => j.status === 'running')) throw conflict('A scoring job is already running');
    const job: ScoringJob = { id: newId(), status: 'running', done: 0, total: 0, startedAt: ctx.now(), finishedAt: null, modelVersion: null, error: null };
    this.jobs.set(job.id, job);
    await mutate(ctx, async () => ({ result: null, audit: { action: 'rating.job_start', targetType: 'scoring_job', targetId: job.id } }));
    void this.run(ctx.database, job, ctx.now);
    return job;
  }

  get(ctx: ServiceContext, id: string): ScoringJob {
    authorize(ctx.actor, 'rating.run');
    const job = this.jobs.get(id);
    if (!job) throw notFound('Scoring job');
    return job;
  }

  list(ctx: ServiceContext): ScoringJob[] {
    authorize(ctx.actor, 'rating.run');
    return [...this.jobs.values()].sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime()).slice(0, 20);
  }

  private async run(database: Database, job: ScoringJob, now: () => Date): Promise<void> {
    try {
      const result = await scoreEnterprises(database, {
        now: now(),
        onProgress: (done, total) => Object.assign(job, { done, total }),
      });
      Object.assign(job, { status: 'done', modelVersion: result.modelVersion, finishedAt: now() });
    } catch (err) {
      Object.assign(job, { status: 'failed', error: err instanceof Error ? err.message : String(err), finishedAt: now() });
    }
  }
}
