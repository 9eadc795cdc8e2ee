// Sends the e-mail outbox through SMTP, as the job kind `mail.send` of the job system: notify()
// asks for a job once the transaction that wrote the e-mails has committed (one active job per
// kind and key, so a burst of notifications makes one job), and a frequent schedule tries failed
// sends again once their wait is over; its ticks make no job while nothing is due. flush() sends
// at once (tests, tools). A failed send is tried again later (up to MAX_SEND_ATTEMPTS, then marked
// failed) with its error, without the SMTP password, kept in last_error. Every server may run the
// job: each claims the rows it sends (SKIP LOCKED, committed before sending), so two processes
// never send the same e-mail. A claim left by a process that stopped mid-send expires after
// CLAIM_EXPIRY_MS and the e-mail is tried again.
import nodemailer from 'nodemailer';
import type { Database } from '../../db/client.ts';
import { claimDueOutbox, hasDueOutbox, markOutboxFailed, markOutboxSent, type OutboxRow } from '../../db/repositories/email-outbox.ts';
import type { JobSchedule } from '../../domain/jobs/schedule.ts';
import { afterFailedAttempt, dueCutoffs, MAX_SEND_ATTEMPTS } from '../../domain/notifications/mail.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import type { JobSystem } from '../jobs/job-system.ts';
import type { JobKind } from '../jobs/types.ts';
import { systemContext } from '../shared/context.ts';
import { installMailDelivery, type MailDelivery } from './delivery.ts';
import type { JobKindName } from '../../../shared/operations.ts';

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
  /** The job system that runs `mail.send` (define `mailer.jobKind()` in it); without one, flushSoon() flushes at once. */
  jobs?: JobSystem;
  /** Default: nodemailer's SMTP transport for smtpUrl. */
  transport?: MailTransport;
}

export const MAIL_JOB: JobKindName = 'mail.send';
/** The key of every mail job: while one is queued or running, asking again finds that one. */
export const MAIL_JOB_KEY = 'outbox';
/** How often the outbox is looked at for failed sends due again (and e-mails written by other processes). */
export const MAIL_RETRY_SCHEDULE: JobSchedule = { every: { seconds: 5 } };
/** Passes one job makes at most: it sends until a pass finds nothing due (e-mails written while it ran). */
const MAX_PASSES_PER_JOB = 10;
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

  /** The job kind that sends the outbox; its schedule's ticks make a job only when an e-mail is due. */
  jobKind(): JobKind {
    return {
      kind: MAIL_JOB,
      due: async (ctx) => {
        const now = ctx.now();
        return !this.stopped && hasDueOutbox(ctx.database.db, dueCutoffs(now), new Date(now.getTime() - CLAIM_EXPIRY_MS));
      },
      run: async ({ progress }) => {
        const total = { sent: 0, failed: 0 };
        for (let pass = 0; pass < MAX_PASSES_PER_JOB; pass++) {
          const report = await this.serialized();
          total.sent += report.sent;
          total.failed += report.failed;
          await progress(total.sent + total.failed, total.sent + total.failed);
          if (report.sent + report.failed === 0) break;
        }
        return total;
      },
    };
  }

  /** Installs the mailer as the process's delivery: notify() writes e-mails and asks for a mail job. */
  start(): void {
    if (this.stopped || this.uninstall) return;
    this.uninstall = installMailDelivery(this);
    this.options.log?.info(`E-mail notifications through ${describeSmtp(this.options.smtpUrl)}`);
  }

  /** Asks for a mail job (called after the transaction that wrote e-mails has committed); one already queued or running serves. */
  flushSoon(): void {
    if (this.stopped) return;
    const jobs = this.options.jobs;
    if (!jobs) {
      void this.flush();
      return;
    }
    const ctx = systemContext({ database: this.options.database, now: this.options.now });
    const ask = () => jobs.enqueue(ctx, MAIL_JOB, { key: MAIL_JOB_KEY, trigger: 'system', ifActive: 'existing' });
    // The active job may finish between our insert and our look-up; then the key is free again.
    void ask()
      .catch((err: unknown) => (err instanceof DomainError && err.category === 'conflict' ? ask() : Promise.reject(err)))
      .catch((err: unknown) => this.options.log?.warn(`Mail job not queued (the schedule will send): ${this.scrub(err)}`));
  }

  /** Sends every due e-mail (one pass at a time; a call during a pass gets the next one). Never rejects. */
  flush(): Promise<FlushReport> {
    return this.serialized().catch((err: unknown) => {
      this.options.log?.warn(`E-mail outbox not read: ${this.scrub(err)}`);
      return { sent: 0, failed: 0 };
    });
  }

  /** Removes the delivery; waits for a pass under way, then closes the transport. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.uninstall?.();
    this.uninstall = null;
    await this.running.catch(() => undefined);
    this.transport.close();
  }

  /** One pass after the one running (shared by every caller meanwhile); rejects when the outbox cannot be read. */
  private serialized(): Promise<FlushReport> {
    if (this.stopped) return Promise.resolve({ sent: 0, failed: 0 });
    if (this.queued) return this.queued;
    const next = this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.stopped ? { sent: 0, failed: 0 } : this.pass();
      });
    this.queued = next;
    this.running = next;
    return next;
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
