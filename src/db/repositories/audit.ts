import { and, count, desc, eq, gte, ilike, inArray, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { likePattern, offsetOf, type Page, type PageRequest } from '../paging.ts';
import { auditEvents, memberships, organisations, users } from '../schema/index.ts';

export type AuditEventRow = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;
/** An event with the name of the person who acted and the organisation they belong to. */
export type AuditEventListed = AuditEventRow & { actorName: string | null; actorOrganisationId: string | null; actorOrganisationName: string | null };

export async function insertAuditEvent(db: Executor, event: NewAuditEvent): Promise<void> {
  await db.insert(auditEvents).values(event);
}

export interface AuditFilter {
  /** Events of these parks only ('all': every event). */
  parks: 'all' | string[];
  /** The action's family: `auth` matches auth.login, auth.logout, … */
  family?: string;
  action?: string;
  /** Part of the actor's e-mail or name. */
  actor?: string;
  targetType?: string;
  targetId?: string;
  /** At or after `from`, before `to`. */
  from?: Date;
  to?: Date;
}

function whereOf(filter: AuditFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.parks !== 'all') conditions.push(filter.parks.length ? inArray(auditEvents.parkId, filter.parks) : sql`false`);
  if (filter.family) conditions.push(like(auditEvents.action, `${filter.family.replace(/[\\%_]/g, (c) => `\\${c}`)}.%`));
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.actor) {
    const p = likePattern(filter.actor);
    conditions.push(or(ilike(auditEvents.actorEmail, p), sql`EXISTS (SELECT 1 FROM ${users} u WHERE u.id = ${auditEvents.actorUserId} AND u.display_name ILIKE ${p})`));
  }
  if (filter.targetType) conditions.push(eq(auditEvents.targetType, filter.targetType));
  if (filter.targetId) conditions.push(eq(auditEvents.targetId, filter.targetId));
  if (filter.from) conditions.push(gte(auditEvents.at, filter.from));
  if (filter.to) conditions.push(lt(auditEvents.at, filter.to));
  return and(...conditions);
}

// The actor's first membership names the organisation they act for (users hold one in practice).
const actorOrganisation = sql<string | null>`(SELECT m.organisation_id FROM ${memberships} m WHERE m.user_id = ${auditEvents.actorUserId} ORDER BY m.created_at LIMIT 1)`;
const listed = {
  event: auditEvents,
  actorName: users.displayName,
  actorOrganisationId: actorOrganisation,
  actorOrganisationName: sql<string | null>`(SELECT o.name FROM ${organisations} o WHERE o.id = ${actorOrganisation})`,
};

export async function listAuditEvents(db: Executor, filter: AuditFilter, page: PageRequest): Promise<Page<AuditEventListed>> {
  const where = whereOf(filter);
  const [rows, [total]] = await Promise.all([
    db
      .select(listed)
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorUserId))
      .where(where)
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(auditEvents).where(where),
  ]);
  return { items: rows.map(({ event, ...names }) => ({ ...event, ...names })), total: Number(total?.n ?? 0), ...page };
}
