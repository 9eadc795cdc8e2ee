// The e-mails of a notification: one per active member of the notified organisation who has an
// e-mail address and wants the notification's topic by e-mail, written with the notification in
// the member's own language.
import type { Executor } from '../../db/client.ts';
import { insertOutbox } from '../../db/repositories/email-outbox.ts';
import { membersWithEmailChoice } from '../../db/repositories/notification-preferences.ts';
import type { NotificationRow } from '../../db/repositories/notifications.ts';
import { composeNotificationMail } from '../../domain/notifications/mail.ts';
import { topicOf, wantsEmail } from '../../domain/notifications/topics.ts';
import { newId } from '../shared/ids.ts';

/** Writes the notification's e-mails into the outbox; returns how many. */
export async function queueNotificationEmails(tx: Executor, notification: NotificationRow, webUrl: string): Promise<number> {
  const topic = topicOf(notification.kind);
  if (!topic) return 0;
  const members = await membersWithEmailChoice(tx, notification.organisationId, topic);
  const rows = members
    .filter((m) => wantsEmail(notification.kind, m.emailChosen))
    .map((m) => {
      const mail = composeNotificationMail({ titleZh: notification.titleZh, titleEn: notification.titleEn, link: notification.link, webUrl, recipientName: m.displayName, locale: m.locale });
      return { id: newId(), userId: m.userId, toAddress: m.email, subject: mail.subject, body: mail.body, createdAt: notification.createdAt };
    });
  await insertOutbox(tx, rows);
  return rows.length;
}
