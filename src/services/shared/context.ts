import type { Database, Tx } from '../../db/client.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { insertAuditEvent } from '../../db/repositories/audit.ts';

/** What every use-case receives: the database, who acts, from where, and the clock. */
export interface ServiceContext {
  database: Database;
  actor: Actor;
  clientAddress: string | null;
  now: () => Date;
}

/** The calendar day of the context's clock (UTC, as every stored date): submissions, deadlines, grants. */
export const todayOf = (ctx: Pick<ServiceContext, 'now'>) => ctx.now().toISOString().slice(0, 10);

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
