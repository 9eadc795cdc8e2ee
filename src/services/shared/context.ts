import type { Database, Tx } from '../../db/client.ts';
import { systemActor, type Actor } from '../../domain/access/actor.ts';
import { businessDateOf, DEFAULT_TIMEZONE } from '../../domain/shared/business-time.ts';
import { insertAuditEvent } from '../../db/repositories/audit.ts';

/** What every use-case receives: the database, who acts, from where, the clock and the business time zone. */
export interface ServiceContext {
  database: Database;
  actor: Actor;
  clientAddress: string | null;
  now: () => Date;
  /** The IANA zone business dates are in (KEJIN_TIMEZONE). */
  timezone: string;
}

/** The business day of the context's clock in its zone: submissions, deadlines, grants, repayments. */
export const todayOf = (ctx: Pick<ServiceContext, 'now' | 'timezone'>) => businessDateOf(ctx.now(), ctx.timezone);

/**
 * The context of the platform's own work (CLI commands, jobs, seeding): the system actor, no client
 * address, the configured zone (or `timezone`, default Asia/Shanghai) and the given clock (default the real one).
 */
export function systemContext(options: { database: Database; config?: { timezone: string }; timezone?: string; now?: () => Date }): ServiceContext {
  return {
    database: options.database,
    actor: systemActor(),
    clientAddress: null,
    now: options.now ?? (() => new Date()),
    timezone: options.config?.timezone ?? options.timezone ?? DEFAULT_TIMEZONE,
  };
}

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: string | null;
  parkId?: string | null;
  details?: Record<string, unknown>;
}

/** Runs a mutation and its audit record in one transaction. */
export async function mutate<T>(
  ctx: ServiceContext,
  work: (tx: Tx) => Promise<{ result: T; audit: AuditEntry }>,
): Promise<T> {
  return ctx.database.db.transaction(async (tx) => {
    const { result, audit } = await work(tx);
    await recordAudit(tx, ctx, audit);
    return result;
  });
}

export async function recordAudit(tx: Tx, ctx: ServiceContext, entry: AuditEntry): Promise<void> {
  await insertAuditEvent(tx, {
    at: ctx.now(),
    actorUserId: ctx.actor.userId,
    actorEmail: ctx.actor.email,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    parkId: entry.parkId ?? null,
    clientAddress: ctx.clientAddress,
    details: entry.details ?? {},
  });
}
