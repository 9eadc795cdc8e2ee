// The job system's interface: kinds of job with idempotent handlers, and the providers that carry
// them (pg-boss on PostgreSQL, in-process on PGlite). Status and progress live in the jobs table
// whichever provider runs the job, so both show the same thing and it survives a restart.
import type { JobRow } from '../../db/repositories/jobs.ts';
import type { ServiceContext } from '../shared/context.ts';
import type { JobSchedule } from '../../domain/jobs/schedule.ts';

export type JobParams = Record<string, unknown>;
export type JobResult = Record<string, unknown>;

export interface JobRun<P extends JobParams = JobParams> {
  job: JobRow;
  params: P;
  /** The platform acting (system actor); who asked is job.requestedBy / requestedByEmail. */
  ctx: ServiceContext;
  /** Records progress (and a heartbeat) in the jobs table. */
  progress(done: number, total: number): Promise<void>;
}

export interface JobKind<P extends JobParams = JobParams> {
  kind: string;
  /**
   * Does the work and returns its summary. Must be idempotent: after a crash a job may be
   * delivered again, and on several servers two jobs of one kind may overlap.
   */
  run(run: JobRun<P>): Promise<JobResult>;
  /**
   * Whether a schedule's tick finds work. When given and false, the tick makes no job (no row in
   * the jobs table), so a frequent schedule that is mostly idle leaves no trail of empty jobs.
   */
  due?(ctx: ServiceContext): Promise<boolean>;
}

/** What a provider hands the job system: one of our jobs, or a schedule's tick (no row yet). */
export type JobMessage = { jobId: string } | { scheduled: true };

export type Deliver = (kind: string, message: JobMessage) => Promise<void>;

export interface JobProvider {
  readonly name: 'pg-boss' | 'in-process';
  /** Whether jobs left running by a stopped process can be told from those another process runs. */
  readonly singleProcess: boolean;
  start(kinds: string[], deliver: Deliver): Promise<void>;
  send(kind: string, message: JobMessage): Promise<void>;
  /** Replaces the kind's schedule (null removes it); with pg-boss one schedule serves every server. */
  schedule(kind: string, schedule: JobSchedule | null): Promise<void>;
  stop(): Promise<void>;
}
