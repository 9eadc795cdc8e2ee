// The jobs table: one row per background job, written by the job layer whichever provider runs it.
import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { JobStatus } from '../../../shared/operations.ts';
import type { Executor } from '../client.ts';
import { jobs } from '../schema/index.ts';

export type JobRow = typeof jobs.$inferSelect;
export type NewJobRow = typeof jobs.$inferInsert;
export type { JobStatus } from '../../../shared/operations.ts';

/**
 * Inserts a queued job; null when a job of the same kind and key is already queued or running
 * (the partial unique index decides, so two processes asking at once get one job).
 */
export async function insertJob(db: Executor, row: NewJobRow): Promise<JobRow | null> {
  const inserted = await db
    .insert(jobs)
    .values(row)
    .onConflictDoNothing({ target: [jobs.kind, jobs.key], where: sql`${jobs.status} in ('queued', 'running') and ${jobs.key} is not null` })
    .returning();
  return inserted[0] ?? null;
}

export async function activeJobOf(db: Executor, kind: string, key: string): Promise<JobRow | null> {
  const rows = await db.select().from(jobs).where(and(eq(jobs.kind, kind), eq(jobs.key, key), inArray(jobs.status, ['queued', 'running']))).limit(1);
  return rows[0] ?? null;
}

export async function findJob(db: Executor, id: string): Promise<JobRow | null> {
  const rows = await db.select().from(jobs).where(eq(jobs.id, id));
  return rows[0] ?? null;
}

export async function listJobs(db: Executor, filter: { kind?: string; status?: JobStatus; limit: number; offset?: number }): Promise<JobRow[]> {
  const where = and(filter.kind ? eq(jobs.kind, filter.kind) : undefined, filter.status ? eq(jobs.status, filter.status) : undefined);
  return db.select().from(jobs).where(where).orderBy(desc(jobs.createdAt), desc(jobs.id)).limit(filter.limit).offset(filter.offset ?? 0);
}

export async function countJobs(db: Executor, filter: { kind?: string; status?: JobStatus }): Promise<number> {
  const where = and(filter.kind ? eq(jobs.kind, filter.kind) : undefined, filter.status ? eq(jobs.status, filter.status) : undefined);
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(jobs).where(where);
  return Number(row?.n ?? 0);
}

/**
 * Claims a job for running: queued, or running with a heartbeat older than `staleBefore` (its
 * process stopped). Null when someone else holds it or it has finished, so a redelivered job is
 * not run twice.
 */
export async function claimJob(db: Executor, id: string, at: Date, staleBefore: Date): Promise<JobRow | null> {
  const rows = await db
    .update(jobs)
    .set({ status: 'running', startedAt: at, heartbeatAt: at, errorCode: null, errorParams: null, error: null })
    .where(and(eq(jobs.id, id), or(eq(jobs.status, 'queued'), and(eq(jobs.status, 'running'), or(isNull(jobs.heartbeatAt), lt(jobs.heartbeatAt, staleBefore))))))
    .returning();
  return rows[0] ?? null;
}

export async function reportJobProgress(db: Executor, id: string, done: number, total: number, at: Date): Promise<void> {
  await db.update(jobs).set({ progressDone: done, progressTotal: total, heartbeatAt: at }).where(and(eq(jobs.id, id), eq(jobs.status, 'running')));
}

/** Why a job failed: a catalogue code with its parameters, and the technical detail. */
export interface JobFailure {
  code: string;
  params: Record<string, unknown>;
  detail: string;
}

export async function finishJob(db: Executor, id: string, change: { status: 'succeeded' | 'failed'; at: Date; failure?: JobFailure; result?: Record<string, unknown> | null }): Promise<void> {
  const { failure } = change;
  await db
    .update(jobs)
    .set({
      status: change.status,
      finishedAt: change.at,
      heartbeatAt: change.at,
      errorCode: failure?.code ?? null,
      errorParams: failure?.params ?? null,
      error: failure?.detail ?? null,
      result: change.result ?? null,
    })
    .where(and(eq(jobs.id, id), eq(jobs.status, 'running')));
}

/** Queued or running jobs that no process will finish (stale heartbeat, or all of them after a single-process restart) marked failed. */
export async function failInterruptedJobs(db: Executor, at: Date, staleBefore: Date | null, failure: JobFailure): Promise<number> {
  const stale = staleBefore ? and(eq(jobs.status, 'running'), or(isNull(jobs.heartbeatAt), lt(jobs.heartbeatAt, staleBefore))) : inArray(jobs.status, ['queued', 'running']);
  const rows = await db
    .update(jobs)
    .set({ status: 'failed', finishedAt: at, errorCode: failure.code, errorParams: failure.params, error: failure.detail })
    .where(stale)
    .returning({ id: jobs.id });
  return rows.length;
}

/** How many jobs of a kind are queued or running. */
export async function activeJobCount(db: Executor, kind: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(jobs).where(and(eq(jobs.kind, kind), inArray(jobs.status, ['queued', 'running'])));
  return Number(row?.n ?? 0);
}
