import { and, count, desc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { offsetOf, type PageRequest } from '../paging.ts';
import { notifications } from '../schema/index.ts';

export type NotificationRow = typeof notifications.$inferSelect;

export async function insertNotification(db: Executor, row: typeof notifications.$inferInsert): Promise<NotificationRow> {
  const [inserted] = await db.insert(notifications).values(row).returning();
  return inserted!;
}

const ofOrganisations = (ids: string[]) => (ids.length ? inArray(notifications.organisationId, ids) : sql`false`);
/** The organisations' notifications but those of the kinds a user has hidden. */
const shownOf = (ids: string[], hiddenKinds: readonly string[]) =>
  hiddenKinds.length ? and(ofOrganisations(ids), notInArray(notifications.kind, [...hiddenKinds])) : ofOrganisations(ids);

/** The organisations' notifications (less the hidden kinds), newest first, with the total and the unread count. */
export async function listNotifications(
  db: Executor,
  organisationIds: string[],
  page: PageRequest,
  hiddenKinds: readonly string[] = [],
): Promise<{ items: NotificationRow[]; total: number; unread: number }> {
  const mine = shownOf(organisationIds, hiddenKinds);
  const [items, [total], [unread]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(mine)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(notifications).where(mine),
    db.select({ n: count() }).from(notifications).where(and(mine, isNull(notifications.readAt))),
  ]);
  return { items, total: Number(total?.n ?? 0), unread: Number(unread?.n ?? 0) };
}

/** A notification of one of the organisations, or undefined (also when it is someone else's). */
export async function findNotificationOf(db: Executor, organisationIds: string[], id: string): Promise<NotificationRow | undefined> {
  const [row] = await db.select().from(notifications).where(and(eq(notifications.id, id), ofOrganisations(organisationIds)));
  return row;
}

/** Marks a notification read, keeping the time it was first read. */
export async function markNotificationRead(db: Executor, id: string, at: Date): Promise<void> {
  await db.update(notifications).set({ readAt: at }).where(and(eq(notifications.id, id), isNull(notifications.readAt)));
}

/** Marks read the organisations' unread notifications a user sees (hidden kinds stay as they are for others). */
export async function markAllNotificationsRead(db: Executor, organisationIds: string[], at: Date, hiddenKinds: readonly string[] = []): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(shownOf(organisationIds, hiddenKinds), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
