// Sends the e-mail outbox through SMTP after the transactions that wrote it have committed: every
// few seconds, soon after notify() wrote some, or at once through flush(). A failed send is tried
// again later (up to MAX_SEND_ATTEMPTS, then marked failed) with its error kept in last_error.
// Every server runs a dispatcher: each claims the rows it sends (SKIP LOCKED, committed before
// sending), so two processes never send the same e-mail. A claim left by a process that stopped
// mid-send expires after CLAIM_EXPIRY_MS and the e-mail is tried again.
import nodemailer from 'nodemailer';
import type { Database } from '../../db/client.ts';
import { claimDueOutbox, markOutboxFailed, markOutboxSent, type OutboxRow } from '../../db/repositories/email-outbox.ts';
import { afterFailedAttempt, dueCutoffs, MAX_SEND_ATTEMPTS } from '../../domain/notifications/mail.ts';
import { installMailDelivery, type MailDelivery } from './delivery.ts';

export interface FlushReport {
  sent: number;
  failed: number;
}

/** What the mailer needs of a transport (nodemailer's SMTP transport, or a stand-in). */
export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
  close(): void;
}

export interface MailerLog {
  info(message: string): void;
  warn(message: string): void;
}

export interface MailerOptions {
  database: Database;
  /** smtp://user:password@host:port or smtps://…; never logged with its password. */
  smtpUrl: string;
  from: string;
  /** The web app's origin, for the e-mails' links. */
  webUrl: string;
  now: () => Date;
  log?: MailerLog;
  /** Default 5 s. */
  intervalMs?: number;
  /** Default: nodemailer's SMTP transport for smtpUrl. */
  transport?: MailTransport;
}

export const FLUSH_INTERVAL_MS = 5_000;
/** How long after notify() asks the outbox is sent: its transaction has usually committed by then. */
const FLUSH_SOON_MS = 200;
const BATCH = 50;
const MAX_BATCHES_PER_FLUSH = 20;
const ERROR_MAX_CHARS = 1000;
const CLAIM_EXPIRY_MS = 10 * 60_000;

/** The SMTP URL for messages: the password replaced by ***. */
export function describeSmtp(smtpUrl: string): string {
  if (!URL.canParse(smtpUrl)) return 'an SMTP server';
  const url = new URL(smtpUrl);
  if (url.password) url.password = '***';
  return url.toString().replace(/\/$/, '');
}

const secretsOf = (smtpUrl: string): string[] => {
  if (!URL.canParse(smtpUrl)) return [];
  const { password } = new URL(smtpUrl);
  if (!password) return [];
  let decoded = password;
  try {
    decoded = decodeURIComponent(password);
  } catch {
    // A malformed escape: only the raw form can appear.
  }
  return [...new Set([password, decoded])];
};

const nodemailerTransport = (smtpUrl: string): MailTransport =>
  nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000, disableFileAccess: true, disableUrlAccess: true });

export class Mailer implements MailDelivery {
  readonly webUrl: string;
  private readonly transport: MailTransport;
  private readonly secrets: string[];
  private interval: ReturnType<typeof setInterval> | null = null;
  private soon: ReturnType<typeof setTimeout> | null = null;
  private uninstall: (() => void) | null = null;
  private stopped = false;
  /** The pass running now, and the one queued behind it (shared by every flush() asked meanwhile). */
  private running: Promise<FlushReport> = Promise.resolve({ sent: 0, failed: 0 });
  private queued: Promise<FlushReport> | null = null;

  constructor(private readonly options: MailerOptions) {
    this.webUrl = options.webUrl;
    this.transport = options.transport ?? nodemailerTransport(options.smtpUrl);
    this.secrets = secretsOf(options.smtpUrl);
  }

  /** Installs the mailer as the process's delivery (notify() writes e-mails) and sends the outbox every few seconds. */
  start(): void {
    if (this.stopped || this.interval) return;
    this.uninstall = installMailDelivery(this);
    this.interval = setInterval(() => void this.flush(), this.options.intervalMs ?? FLUSH_INTERVAL_MS);
    this.interval.unref();
    this.options.log?.info(`E-mail notifications through ${describeSmtp(this.options.smtpUrl)}`);
  }

  flushSoon(): void {
    if (this.stopped || this.soon) return;
    this.soon = setTimeout(() => {
      this.soon = null;
      void this.flush();
    }, FLUSH_SOON_MS);
    this.soon.unref();
  }

  /** Sends every due e-mail (one pass at a time; a call during a pass gets the next one). Never rejects. */
  flush(): Promise<FlushReport> {
    if (this.stopped) return Promise.resolve({ sent: 0, failed: 0 });
    if (this.queued) return this.queued;
    const next = this.running.then(() => {
      this.queued = null;
      return this.pass().catch((err: unknown) => {
        this.options.log?.warn(`E-mail outbox not read: ${this.scrub(err)}`);
        return { sent: 0, failed: 0 };
      });
    });
    this.queued = next;
    this.running = next;
    return next;
  }

  /** Stops the timers and removes the delivery; waits for a pass under way, then closes the transport. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.uninstall?.();
    if (this.interval) clearInterval(this.interval);
    if (this.soon) clearTimeout(this.soon);
    this.interval = this.soon = null;
    await this.running;
    this.transport.close();
  }

  private async pass(): Promise<FlushReport> {
    const report = { sent: 0, failed: 0 };
    const db = this.options.database.db;
    for (let batch = 0; batch < MAX_BATCHES_PER_FLUSH; batch++) {
      const now = this.options.now();
      const rows = await claimDueOutbox(db, dueCutoffs(now), BATCH, now, new Date(now.getTime() - CLAIM_EXPIRY_MS));
      for (const row of rows) {
        if (await this.send(row)) report.sent++;
        else report.failed++;
      }
      // Failed rows are not due again at once, so a full batch means more may be waiting.
      if (rows.length < BATCH) break;
    }
    return report;
  }

  private async send(row: OutboxRow): Promise<boolean> {
    const db = this.options.database.db;
    try {
      await this.transport.sendMail({ from: this.options.from, to: row.toAddress, subject: row.subject, text: row.body });
    } catch (err) {
      const next = afterFailedAttempt(row.attempts);
      const lastError = this.scrub(err).slice(0, ERROR_MAX_CHARS);
      await markOutboxFailed(db, row.id, { ...next, lastError });
      this.options.log?.warn(`E-mail ${row.id} not sent (attempt ${next.attempts} of ${MAX_SEND_ATTEMPTS}${next.status === 'failed' ? ', given up' : ''}): ${lastError}`);
      return false;
    }
    await markOutboxSent(db, row.id, row.attempts + 1, this.options.now());
    return true;
  }

  /** An error's message without the SMTP password, should a server or library ever echo it. */
  private scrub(err: unknown): string {
    let message = err instanceof Error ? err.message : String(err);
    for (const secret of this.secrets) message = message.replaceAll(secret, '***');
    return message || 'unknown error';
  }
}
