// One jobs client for the platform: kinds are defined with their handlers, enqueued (with a
// singleton key the database holds), scheduled, and run by the provider — pg-boss on PostgreSQL,
// in-process on PGlite. The job layer writes every job's status and progress to the jobs table.
import type { Database, Tx } from '../../db/client.ts';
import { activeJobCount, activeJobOf, claimJob, failInterruptedJobs, findJob, finishJob, insertJob, reportJobProgress, type JobFailure, type JobRow } from '../../db/repositories/jobs.ts';
import { DomainError, fail } from '../../domain/shared/errors.ts';
import { recordAudit, systemContext, type AuditEntry, type ServiceContext } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import type { JobSchedule } from '../../domain/jobs/schedule.ts';
import type { JobKind, JobMessage, JobParams, JobProvider } from './types.ts';

/** A running job reports progress or a heartbeat this often; one silent for STALE_MS was interrupted. */
const HEARTBEAT_MS = 20_000;
const STALE_MS = 120_000;
const ERROR_MAX_CHARS = 2000;

/**
 * A refusal keeps its catalogue code and parameters, so the operator reads it in their language;
 * anything else is `job.failed`. The exception's own message stays beside it as the technical detail.
 */
function failureOf(err: unknown): JobFailure {
  const detail = (err instanceof Error ? err.message : String(err)).slice(0, ERROR_MAX_CHARS) || 'unknown error';
  return err instanceof DomainError ? { code: err.code, params: { ...err.params }, detail } : { code: 'job.failed', params: {}, detail };
}

export interface EnqueueOptions {
  params?: JobParams;
  /** While a job of this kind and key is queued or running, asking again finds that one. */
  key?: string;
  trigger?: 'on_demand' | 'system';
  /** `conflict` (default): a second ask while one is active is refused with 409; `existing`: returns it. */
  ifActive?: 'conflict' | 'existing';
  /** Written with the job's row in one transaction: its audit record, and any row of its own. */
  audit?: (job: JobRow) => AuditEntry;
  alsoWrite?: (tx: Tx, job: JobRow) => Promise<void>;
}

export interface JobSystemOptions {
  database: Database;
  provider: JobProvider;
  now: () => Date;
  /** The business time zone of the jobs' contexts (KEJIN_TIMEZONE). */
  timezone?: string;
  log?: (message: string) => void;
}

export class JobSystem {
  private readonly kinds = new Map<string, JobKind>();
  private readonly schedules = new Map<string, JobSchedule | null>();
  private started = false;

  constructor(private readonly options: JobSystemOptions) {}

  get provider(): JobProvider {
    return this.options.provider;
  }

  define<P extends JobParams>(kind: JobKind<P>): void {
    if (this.started) throw new Error(`Job kind ${kind.kind} defined after the job system started`);
    this.kinds.set(kind.kind, kind as unknown as JobKind);
  }

  /** Runs the kind on a schedule (null: never); applied at start, or at once when started. */
  async schedule(kind: string, schedule: JobSchedule | null): Promise<void> {
    this.schedules.set(kind, schedule);
    if (this.started) await this.options.provider.schedule(kind, schedule);
  }

  async start(): Promise<void> {
    if (this.started) return;
    const { database, provider, now } = this.options;
    // Jobs a stopped process left behind: on one process all of them, on several those whose heartbeat stopped.
    const stale = provider.singleProcess ? null : new Date(now().getTime() - STALE_MS);
    const failed = await failInterruptedJobs(database.db, now(), stale, { code: 'job.interrupted', params: {}, detail: 'Interrupted: the process running it stopped' });
    if (failed) this.options.log?.(`${failed} interrupted job(s) marked failed`);
    await provider.start([...this.kinds.keys()], (kind, message) => this.deliver(kind, message));
    this.started = true;
    for (const [kind, schedule] of this.schedules) await provider.schedule(kind, schedule);
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.options.provider.stop();
  }

  /** Records a queued job and hands it to the provider. */
  async enqueue(ctx: ServiceContext, kind: string, options: EnqueueOptions = {}): Promise<JobRow> {
    if (!this.kinds.has(kind)) throw new Error(`Unknown job kind ${kind}`);
    const row = {
      id: newId(ctx.now().getTime()),
      kind,
      key: options.key ?? null,
      trigger: options.trigger ?? 'on_demand',
      status: 'queued',
      params: options.params ?? {},
      requestedBy: ctx.actor.userId,
      requestedByEmail: ctx.actor.email,
      createdAt: ctx.now(),
    };
    const job = await ctx.database.db.transaction(async (tx) => {
      const inserted = await insertJob(tx, row);
      if (inserted && options.alsoWrite) await options.alsoWrite(tx, inserted);
      if (inserted && options.audit) await recordAudit(tx, ctx, options.audit(inserted));
      return inserted;
    });
    if (!job) {
      const active = options.key ? await activeJobOf(ctx.database.db, kind, options.key) : null;
      if (options.ifActive === 'existing' && active) return active;
      throw fail('job.already_active', { kind, status: active?.status ?? 'queued' });
    }
    await this.options.provider.send(kind, { jobId: job.id });
    return job;
  }

  async get(id: string): Promise<JobRow | null> {
    return findJob(this.options.database.db, id);
  }

  /** Resolves with the job once it has succeeded or failed (polling the table, so on any provider). */
  async waitFor(id: string, pollMs = 100): Promise<JobRow> {
    for (;;) {
      const job = await this.get(id);
      if (!job) throw new Error(`No job ${id}`);
      if (job.status === 'succeeded' || job.status === 'failed') return job;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  /** Resolves once no job of the kind is queued or running (polling the table, so on any provider). */
  async idle(kind: string, pollMs = 100): Promise<void> {
    while ((await activeJobCount(this.options.database.db, kind)) > 0) await new Promise((resolve) => setTimeout(resolve, pollMs));
  }

  private async deliver(kind: string, message: JobMessage): Promise<void> {
    const { database, now } = this.options;
    const definition = this.kinds.get(kind);
    if (!definition) return;
    let id: string;
    if ('jobId' in message) id = message.jobId;
    else {
      // A schedule's tick: one scheduled job of a kind at a time (the unique key holds it across
      // servers), and none when the kind says there is nothing to do.
      if (definition.due && !(await definition.due(systemContext({ database, timezone: this.options.timezone, now })))) return;
      const row = await insertJob(database.db, { id: newId(now().getTime()), kind, key: 'schedule', trigger: 'schedule', status: 'queued', params: {}, createdAt: now() });
      if (!row) return;
      id = row.id;
    }
    const job = await claimJob(database.db, id, now(), new Date(now().getTime() - STALE_MS));
    if (!job) return; // finished, or another process runs it
    await this.run(definition, job);
  }

  private async run(definition: JobKind, job: JobRow): Promise<void> {
    const { database, now, timezone } = this.options;
    const db = database.db;
    let last = { done: 0, total: 0 };
    const heartbeat = setInterval(() => void reportJobProgress(db, job.id, last.done, last.total, now()).catch(() => {}), HEARTBEAT_MS);
    heartbeat.unref();
    const ctx: ServiceContext = systemContext({ database, timezone, now });
    try {
      const result = await definition.run({
        job,
        params: job.params,
        ctx,
        progress: async (done, total) => {
          last = { done, total };
          await reportJobProgress(db, job.id, done, total, now());
        },
      });
      clearInterval(heartbeat);
      await finishJob(db, job.id, { status: 'succeeded', at: now(), result });
    } catch (err) {
      clearInterval(heartbeat);
      const failure = failureOf(err);
      this.options.log?.(`job ${definition.kind} ${job.id} failed: ${failure.detail}`);
      await finishJob(db, job.id, { status: 'failed', at: now(), failure }).catch(() => {});
    }
  }
}
