// In-app notifications to an organisation's users: written inside the transaction of the change
// they report (a take-up, a product decision), read and marked read by the organisation's users.
import type { Executor } from '../../db/client.ts';
import type { PageRequest } from '../../db/paging.ts';
import {
  findNotificationOf,
  insertNotification,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  type NotificationRow,
} from '../../db/repositories/notifications.ts';
import { ownOrganisations } from '../../domain/access/actor.ts';
import { authorize } from '../../domain/access/policy.ts';
import { notFound } from '../../domain/shared/errors.ts';
import type { ServiceContext } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import type { Lang } from './present-match.ts';

/** Kinds now: need.taken_up (to the enterprise), product.decided (to the institution), product.pending (to the park). */
export type NotificationKind = 'need.taken_up' | 'product.decided' | 'product.pending' | (string & {});

export interface NotifyInput {
  organisationId: string;
  kind: NotificationKind;
  titleZh: string;
  titleEn: string;
  /** Where the notification leads in the web app, e.g. /needs/{id}. */
  link?: string | null;
  details?: Record<string, unknown>;
  /** Defaults to now; pass ctx.now() for a consistent clock. */
  at?: Date;
}

/** Adds a notification for an organisation; call it with the transaction of the change it reports. */
export async function notify(tx: Executor, input: NotifyInput): Promise<NotificationRow> {
  return insertNotification(tx, {
    id: newId(),
    organisationId: input.organisationId,
    kind: input.kind,
    titleZh: input.titleZh,
    titleEn: input.titleEn,
    link: input.link ?? null,
    details: input.details ?? {},
    createdAt: input.at ?? new Date(),
  });
}

export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

const present = (n: NotificationRow, lang: Lang): NotificationView => ({
  id: n.id,
  kind: n.kind,
  title: lang === 'en' ? n.titleEn : n.titleZh,
  link: n.link,
  createdAt: n.createdAt,
  readAt: n.readAt,
});

/** The notifications of the user's organisations, newest first, with the unread count. */
export async function readNotifications(ctx: ServiceContext, page: PageRequest, lang: Lang) {
  authorize(ctx.actor, 'notification.read');
  const found = await listNotifications(ctx.database.db, ownOrganisations(ctx.actor), page);
  return { items: found.items.map((n) => present(n, lang)), total: found.total, unread: found.unread, ...page };
}

/** Marks one of the organisation's notifications read; another organisation's is not found. */
export async function markRead(ctx: ServiceContext, id: string): Promise<void> {
  authorize(ctx.actor, 'notification.read');
  const db = ctx.database.db;
  const found = await findNotificationOf(db, ownOrganisations(ctx.actor), id);
  if (!found) throw notFound('Notification');
  if (!found.readAt) await markNotificationRead(db, id, ctx.now());
}

export async function markAllRead(ctx: ServiceContext): Promise<number> {
  authorize(ctx.actor, 'notification.read');
  return markAllNotificationsRead(ctx.database.db, ownOrganisations(ctx.actor), ctx.now());
}
