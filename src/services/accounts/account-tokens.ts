// What the account flows share: random single-use tokens stored as their SHA-256, the e-mails
// they send (through the outbox, asked for after commit), and the request throttle.
import { fail } from '../../domain/shared/errors.ts';
import { createHash, randomBytes } from 'node:crypto';
import { afterCommit, type Executor } from '../../db/client.ts';
import { insertOutbox } from '../../db/repositories/email-outbox.ts';
import type { LoginThrottle } from '../../domain/access/login-throttle.ts';
import type { MailContent } from '../../domain/notifications/mail.ts';
import { mailDelivery } from '../notifications/delivery.ts';
import type { ServiceContext } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';

/** 256 random bits, URL-safe; the link carries it, the database only its hash. */
export const newToken = () => randomBytes(32).toString('base64url');
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The web app's origin for links, or null when e-mail is off (nothing can be sent). */
export const mailWebUrl = (): string | null => mailDelivery()?.webUrl ?? null;

/** Writes an account e-mail into the outbox with the caller's transaction; sent by a mail job once it commits. */
export async function queueAccountMail(tx: Executor, to: { address: string; userId?: string | null }, mail: MailContent, at: Date): Promise<void> {
  const delivery = mailDelivery();
  if (!delivery) return;
  await insertOutbox(tx, [{ id: newId(), userId: to.userId ?? null, toAddress: to.address, subject: mail.subject, body: mail.body, createdAt: at }]);
  afterCommit(tx, () => delivery.flushSoon());
}

/** Keys of the account throttle: the client address and, when given, what the request names. */
export const throttleKeys = (ctx: ServiceContext, flow: string, subject?: string) => [`${flow}:ip:${ctx.clientAddress ?? 'unknown'}`, ...(subject ? [`${flow}:${subject}`] : [])];

/** Throws 429 while any key is over its limit. */
export function checkThrottle(throttle: LoginThrottle, keys: string[], now: Date): void {
  const wait = throttle.retryAfterMs(keys, now.getTime());
  if (wait > 0) throw fail('account.too_many_requests', { seconds: Math.ceil(wait / 1000) }, { details: { retryAfterSeconds: Math.ceil(wait / 1000) } });
}
