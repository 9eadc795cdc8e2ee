// In-app notifications to an organisation's users, written inside the transaction of the change
// they report (a take-up, a product decision, an application's step), and their e-mails.
import { afterCommit, type Executor } from '../../db/client.ts';
import { insertNotification, type NotificationRow } from '../../db/repositories/notifications.ts';
import type { NotificationKind } from '../../domain/notifications/topics.ts';
import { newId } from '../shared/ids.ts';
import { mailDelivery } from './delivery.ts';
import { queueNotificationEmails } from './outbox.ts';

export type { NotificationKind } from '../../domain/notifications/topics.ts';

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

/**
 * Adds a notification for an organisation; call it with the transaction of the change it reports.
 * When e-mail is on (KEJIN_SMTP_URL), the members who want its topic by e-mail get one through the
 * outbox, written in the same transaction and sent by a mail job asked for once it has committed.
 */
export async function notify(tx: Executor, input: NotifyInput): Promise<NotificationRow> {
  const row = await insertNotification(tx, {
    id: newId(),
    organisationId: input.organisationId,
    kind: input.kind,
    titleZh: input.titleZh,
    titleEn: input.titleEn,
    link: input.link ?? null,
    details: input.details ?? {},
    createdAt: input.at ?? new Date(),
  });
  const delivery = mailDelivery();
  if (delivery && (await queueNotificationEmails(tx, row, delivery.webUrl)) > 0) afterCommit(tx, () => delivery.flushSoon());
  return row;
}
