import type { Database, Tx } from '../../db/client.ts';
import { brokenUniqueRule } from '../../db/errors.ts';
import { systemActor, type Actor } from '../../domain/access/actor.ts';
import { businessDateOf, DEFAULT_TIMEZONE } from '../../domain/shared/business-time.ts';
import { insertAuditEvent } from '../../db/repositories/audit.ts';
import { DomainError, problem, isErrorCode } from '../../domain/shared/errors.ts';

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

/**
 * Runs a mutation and its audit record in one transaction. A unique index that refuses the write
 * (an "only one" rule a concurrent request got to first) leaves as a 409 naming the rule; the
 * database error stays its cause, so a caller can still tell which index it was.
 */
export async function mutate<T>(
  ctx: ServiceContext,
  work: (tx: Tx) => Promise<{ result: T; audit: AuditEntry }>,
): Promise<T> {
  try {
    return await ctx.database.db.transaction(async (tx) => {
      const { result, audit } = await work(tx);
      await recordAudit(tx, ctx, audit);
      return result;
    });
  } catch (err) {
    throw uniqueConflict(err) ?? err;
  }
}

/** The 409 for a broken "only one" rule (see UNIQUE_RULES), or undefined for any other error. */
export function uniqueConflict(err: unknown): DomainError | undefined {
  const broken = brokenUniqueRule(err);
  if (!broken) return undefined;
  const code = `unique.${broken.rule}`;
  const known = isErrorCode(code) ? code : 'unique.violated';
  return new DomainError(known, {}, { details: { rule: broken.rule }, fields: broken.field ? [problem(broken.field, known as 'unique.violated')] : [], cause: err });
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
