// Subsidy runs as work of the job system. On a schedule (KEJIN_SUBSIDY_SCHEDULE) every published
// programme in force this year has its claims recomputed for the year to date, so claims appear
// without anybody asking (免申即享); a park administrator can also queue one programme's run. A
// run is idempotent: decided claims are kept, computed ones recomputed, and the loans are locked,
// so a retried job or two servers overlapping write the same claims once.
import type { JobRow } from '../../db/repositories/jobs.ts';
import { listProgrammeVersions, versionsOf } from '../../db/repositories/programmes.ts';
import { authorize } from '../../domain/access/policy.ts';
import { programmesInForce } from '../../domain/policy/programme.ts';
import { DomainError, fail } from '../../domain/shared/errors.ts';
import type { JobKindName } from '../../../shared/operations.ts';
import type { JobSystem } from '../jobs/job-system.ts';
import type { JobKind, JobResult } from '../jobs/types.ts';
import { todayOf, type ServiceContext } from '../shared/context.ts';
import type { CalendarStore } from '../workflow/calendar-store.ts';
import { programmeOf } from './programmes.ts';
import { runSubsidy } from './run.ts';

export const SUBSIDY_RUN_JOB: JobKindName = 'subsidy.run';

interface RunParams extends Record<string, unknown> {
  programmeId?: string;
  from?: string;
  to?: string;
}

/** What one programme's run left, as the job's result keeps it (fen as integers). */
export interface ProgrammeRunSummary {
  programmeId: string;
  period: { from: string; to: string };
  claims: number;
  eligible: number;
  totalFen: number;
  budgetLeftFen: number;
  written: { created: number; updated: number; removed: number; kept: number };
}

/** The codes of the published programmes with a version in force at some day of the year to date. */
async function codesDue(ctx: ServiceContext): Promise<string[]> {
  const today = todayOf(ctx);
  const rows = await listProgrammeVersions(ctx.database.db, { parkIds: null, status: 'published' });
  return programmesInForce(rows.map(programmeOf), `${today.slice(0, 4)}-01-01`, today);
}

export function subsidyRunJob(calendar: CalendarStore): JobKind<RunParams> {
  return {
    kind: SUBSIDY_RUN_JOB,
    due: async (ctx) => (await codesDue(ctx)).length > 0,
    run: async ({ params, ctx, progress }) => {
      const codes = params.programmeId ? [params.programmeId] : await codesDue(ctx);
      const runs: ProgrammeRunSummary[] = [];
      // One programme refusing (its budget spent, say) does not hold back the others' runs.
      const failures: { programmeId: string; code: string; params: Record<string, unknown> }[] = [];
      for (const [i, code] of codes.entries()) {
        await progress(i, codes.length);
        try {
          const r = await runSubsidy(ctx, calendar, code, { ...(params.from ? { from: params.from } : {}), ...(params.to ? { to: params.to } : {}) });
          runs.push({ programmeId: code, period: r.period, claims: r.claims.length, eligible: r.claims.filter((c) => c.eligible).length, totalFen: Number(r.totalFen), budgetLeftFen: Number(r.budgetLeftFen), written: r.written });
        } catch (err) {
          if (!(err instanceof DomainError) || codes.length === 1) throw err;
          failures.push({ programmeId: code, code: err.code, params: err.params as Record<string, unknown> });
        }
      }
      await progress(codes.length, codes.length);
      return { runs, failures } satisfies JobResult;
    },
  };
}

/** A programme's run as the park sees it queued, running or done. */
export interface SubsidyRunJob {
  id: string;
  programmeId: string;
  status: JobRow['status'];
  requestedByEmail: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  run: ProgrammeRunSummary | null;
  errorCode: string | null;
  errorParams: Record<string, unknown> | null;
}

const present = (job: JobRow, programmeId: string): SubsidyRunJob => {
  const runs = (job.result?.runs ?? []) as ProgrammeRunSummary[];
  return {
    id: job.id,
    programmeId,
    status: job.status,
    requestedByEmail: job.requestedByEmail,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
    run: runs.find((r) => r.programmeId === programmeId) ?? null,
    errorCode: job.errorCode ?? (job.error === null ? null : 'job.failed'),
    errorParams: job.errorParams ?? (job.error === null ? null : {}),
  };
};

async function newestPublished(ctx: ServiceContext, code: string): Promise<{ id: string; parkId: string | null }> {
  const rows = await versionsOf(ctx.database.db, code);
  const published = rows.filter((r) => r.status === 'published');
  if (!published.length) throw fail(rows.length ? 'programme.not_published' : 'programme.not_found', { id: code });
  return published[0]!;
}

/**
 * Queues one programme's run (the park administrator's "run now" for a long run): one at a time
 * per programme across servers, asking is audited with who asked.
 */
export async function queueSubsidyRun(ctx: ServiceContext, jobs: JobSystem, code: string, period: { from?: string; to?: string }): Promise<SubsidyRunJob> {
  const { id, parkId } = await newestPublished(ctx, code);
  authorize(ctx.actor, 'subsidy.run', { parkId });
  const job = await jobs.enqueue(ctx, SUBSIDY_RUN_JOB, {
    key: code,
    params: { programmeId: code, ...period },
    audit: (j) => ({ action: 'programme.run_queued', targetType: 'programme', targetId: id, parkId, details: { code, jobId: j.id, ...period } }),
  });
  return present(job, code);
}

/** A queued run of the programme, to those who may run it. */
export async function readSubsidyRun(ctx: ServiceContext, jobs: JobSystem, code: string, jobId: string): Promise<SubsidyRunJob> {
  authorize(ctx.actor, 'subsidy.run', { parkId: (await newestPublished(ctx, code)).parkId });
  const job = await jobs.get(jobId);
  if (!job || job.kind !== SUBSIDY_RUN_JOB || (job.params.programmeId !== undefined && job.params.programmeId !== code)) throw fail('job.not_found');
  return present(job, code);
}
