// Reading notifications: an organisation's notifications, as each of its users chose to see them
// (kinds of topics a user turned off in the app are left out of their list and unread count).
import type { Executor } from '../../db/client.ts';
import type { PageRequest } from '../../db/paging.ts';
import {
  findNotificationOf,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  type NotificationRow,
} from '../../db/repositories/notifications.ts';
import { ownOrganisations } from '../../domain/access/actor.ts';
import { authorize } from '../../domain/access/policy.ts';
import { findUser } from '../../db/repositories/users.ts';
import { hiddenKinds } from '../../domain/notifications/topics.ts';
import { fail } from '../../domain/shared/errors.ts';
import type { ServiceContext } from '../shared/context.ts';
import { storedPreferences } from './preferences.ts';

export type Lang = 'zh-CN' | 'en';

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

const hiddenFor = async (db: Executor, userId: string | null) => (userId ? hiddenKinds(await storedPreferences(db, userId)) : []);

/** The language a reader asked for, else the one on their account, else Chinese. */
async function readerLanguage(db: Executor, userId: string | null, asked: Lang | undefined): Promise<Lang> {
  if (asked) return asked;
  const user = userId ? await findUser(db, userId) : undefined;
  return user?.locale ?? 'zh-CN';
}

/** The notifications of the user's organisations that the user sees, newest first, with the unread count, in the reader's language. */
export async function readNotifications(ctx: ServiceContext, page: PageRequest, asked?: Lang) {
  authorize(ctx.actor, 'notification.read');
  const db = ctx.database.db;
  const lang = await readerLanguage(db, ctx.actor.userId, asked);
  const found = await listNotifications(db, ownOrganisations(ctx.actor), page, await hiddenFor(db, ctx.actor.userId));
  return { items: found.items.map((n) => present(n, lang)), total: found.total, unread: found.unread, ...page };
}

/** Marks one of the organisation's notifications read; another organisation's is not found. */
export async function markRead(ctx: ServiceContext, id: string): Promise<void> {
  authorize(ctx.actor, 'notification.read');
  const db = ctx.database.db;
  const found = await findNotificationOf(db, ownOrganisations(ctx.actor), id);
  if (!found) throw fail('notification.not_found');
  if (!found.readAt) await markNotificationRead(db, id, ctx.now());
}

/** Marks read what the user sees; notifications of topics they hid stay unread for the others. */
export async function markAllRead(ctx: ServiceContext): Promise<number> {
  authorize(ctx.actor, 'notification.read');
  const db = ctx.database.db;
  return markAllNotificationsRead(db, ownOrganisations(ctx.actor), ctx.now(), await hiddenFor(db, ctx.actor.userId));
}
