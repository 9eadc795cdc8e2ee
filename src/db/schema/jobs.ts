// Background jobs as the platform sees them, whichever provider runs them (pg-boss on PostgreSQL,
// in-process on PGlite): what was asked, by whom, its status and progress, kept across restarts.
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    /** Singleton key: while a job of this kind and key is queued or running, no second one is made. */
    key: text('key'),
    trigger: text('trigger').notNull(), // on_demand | schedule | system
    status: text('status').notNull(), // queued | running | succeeded | failed
    params: jsonb('params').$type<Record<string, unknown>>().notNull().default({}),
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total').notNull().default(0),
    requestedBy: uuid('requested_by').references(() => users.id),
    requestedByEmail: text('requested_by_email'),
    createdAt: at('created_at').notNull(),
    startedAt: at('started_at'),
    /** Written with every progress report: a running job whose heartbeat stopped was interrupted. */
    heartbeatAt: at('heartbeat_at'),
    finishedAt: at('finished_at'),
    /** Why a failed job failed: a catalogue code with its parameters, which the web translates. */
    errorCode: text('error_code'),
    errorParams: jsonb('error_params').$type<Record<string, unknown>>(),
    /** The technical detail for the operator (the exception's own message, in English). */
    error: text('error'),
    result: jsonb('result').$type<Record<string, unknown>>(),
  },
  (t) => [
    uniqueIndex('jobs_active_key_idx').on(t.kind, t.key).where(sql`${t.status} in ('queued', 'running') and ${t.key} is not null`),
    index('jobs_created_idx').on(t.createdAt),
    index('jobs_kind_created_idx').on(t.kind, t.createdAt),
  ],
);
