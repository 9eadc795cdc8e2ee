import { and, count, desc, eq, ilike, type SQL } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { likePattern, offsetOf, type Page, type PageRequest } from '../paging.ts';
import { auditEvents } from '../schema/index.ts';

export type AuditEventRow = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;

export async function insertAuditEvent(db: Executor, event: NewAuditEvent): Promise<void> {
  await db.insert(auditEvents).values(event);
}

export async function listAuditEvents(
  db: Executor,
  filter: { action?: string; actor?: string; targetId?: string },
  page: PageRequest,
): Promise<Page<AuditEventRow>> {
  const conditions: (SQL | undefined)[] = [];
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.actor) conditions.push(ilike(auditEvents.actorEmail, likePattern(filter.actor)));
  if (filter.targetId) conditions.push(eq(auditEvents.targetId, filter.targetId));
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(auditEvents).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0), ...page };
}
