// The e-mail of a notification: plain text in the recipient's language (the locale on their
// account), with a link into the web app. And when a failed send is tried again.

export interface NotificationMailInput {
  titleZh: string;
  titleEn: string;
  /** The notification's resource path, e.g. /needs/{id}; null when it leads nowhere. */
  link: string | null;
  /** The web app's origin, e.g. https://kejin.example.cn. */
  webUrl: string;
  recipientName: string;
  /** The recipient's language (users.locale). */
  locale: 'zh-CN' | 'en';
}

export interface MailContent {
  subject: string;
  body: string;
}

/** Where the web app page for the settings of a user's notifications is. */
export const SETTINGS_PATH = '/settings/notifications';
/** The web app route that opens a notification's resource path on the reader's own role page. */
export const OPEN_PATH = '/open';

const oneLine = (text: string) => text.replace(/[\r\n\t]+/g, ' ').trim();
const origin = (webUrl: string) => webUrl.replace(/\/+$/, '');

/** The absolute address a notification leads to; only a local path (/…, not //…) is followed. */
export function webLink(webUrl: string, link: string | null): string {
  if (link && link.startsWith('/') && !link.startsWith('//')) return `${origin(webUrl)}${OPEN_PATH}${link}`;
  return `${origin(webUrl)}/`;
}

export function composeNotificationMail(input: NotificationMailInput): MailContent {
  const name = oneLine(input.recipientName);
  const url = webLink(input.webUrl, input.link);
  const settings = `${origin(input.webUrl)}${SETTINGS_PATH}`;
  if (input.locale === 'en') {
    const title = oneLine(input.titleEn);
    const body = [
      `Hello ${name},`,
      '',
      title,
      `Details: ${url}`,
      '',
      `This message was sent automatically by Kejin; please do not reply. Choose which e-mails you receive in Notification settings: ${settings}`,
      '',
    ].join('\n');
    return { subject: `Kejin: ${title}`, body };
  }
  const title = oneLine(input.titleZh);
  const body = [
    `${name}，您好：`,
    '',
    title,
    `查看详情：${url}`,
    '',
    `此邮件由科金平台自动发送，请勿回复。在“通知设置”中可选择接收哪些邮件：${settings}`,
    '',
  ].join('\n');
  return { subject: `【科金】${title}`, body };
}

/** Sends tried before an e-mail is given up on (status failed). */
export const MAX_SEND_ATTEMPTS = 5;
/** How long after it was written an e-mail that failed n times is tried again (index n). */
export const RETRY_AFTER_MS: readonly number[] = [0, 30_000, 2 * 60_000, 10 * 60_000, 60 * 60_000];

/** For each number of failed attempts still retried, the latest creation time that is due now. */
export function dueCutoffs(now: Date): { attempts: number; createdBefore: Date }[] {
  return RETRY_AFTER_MS.slice(0, MAX_SEND_ATTEMPTS).map((wait, attempts) => ({ attempts, createdBefore: new Date(now.getTime() - wait) }));
}

/** The state of an e-mail after a failed attempt: tried again later, or given up. */
export function afterFailedAttempt(attemptsBefore: number): { attempts: number; status: 'pending' | 'failed' } {
  const attempts = attemptsBefore + 1;
  return { attempts, status: attempts >= MAX_SEND_ATTEMPTS ? 'failed' : 'pending' };
}
