import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { emailOutbox } from '../../db/schema/index.ts';
import { MAX_SEND_ATTEMPTS, RETRY_AFTER_MS } from '../../domain/notifications/mail.ts';
import { newId } from '../shared/ids.ts';
import { emailConfigured, flushMail } from './delivery.ts';
import { describeSmtp, Mailer, type MailTransport } from './mailer.ts';

const SMTP_URL = 'smtp://kejin:p%40ss-s3cret@mail.example.cn:587';

/** A transport that fails while `failing` is set (echoing the password, as a careless server might). */
class FakeTransport implements MailTransport {
  sent: { to: string; subject: string }[] = [];
  failing = false;
  closed = false;
  async sendMail(message: { to: string; subject: string }) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (this.failing) throw new Error('535 Authentication failed for kejin:p@ss-s3cret (p%40ss-s3cret)');
    this.sent.push({ to: message.to, subject: message.subject });
  }
  close() {
    this.closed = true;
  }
}

describe('the mailer', () => {
  let database: TestDatabase;
  let transport: FakeTransport;
  let clock: Date;
  let mailer: Mailer;
  const start = new Date('2026-03-02T08:00:00Z');

  const write = async (subject: string) => {
    const id = newId();
    await database.db.insert(emailOutbox).values({ id, toAddress: `${subject}@example.cn`, subject, body: 'body', createdAt: start });
    return id;
  };
  const row = async (id: string) => (await database.db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0]!;
  const at = (ms: number) => (clock = new Date(start.getTime() + ms));

  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database?.drop());
  beforeEach(async () => {
    await database.db.delete(emailOutbox);
    transport = new FakeTransport();
    clock = start;
    mailer = new Mailer({ database, smtpUrl: SMTP_URL, from: 'Kejin <no-reply@kejin.test>', webUrl: 'http://localhost:3000', now: () => clock, transport });
    return () => mailer.stop();
  });

  it('sends what is due, once, and records when', async () => {
    const a = await write('a');
    const b = await write('b');
    at(1000);
    // Flushes asked while one runs wait for it: nothing is sent twice.
    const first = mailer.flush();
    await new Promise((resolve) => setTimeout(resolve, 1));
    const [during, alsoDuring] = await Promise.all([mailer.flush(), mailer.flush(), first]);
    expect(await first).toEqual({ sent: 2, failed: 0 });
    expect(during).toEqual({ sent: 0, failed: 0 });
    expect(alsoDuring).toBe(during);
    expect(transport.sent.map((m) => m.subject).sort()).toEqual(['a', 'b']);
    expect(await row(a)).toMatchObject({ status: 'sent', attempts: 1, sentAt: clock, lastError: null });
    expect((await row(b)).status).toBe('sent');
    expect(await mailer.flush()).toEqual({ sent: 0, failed: 0 });
  });

  it('tries a failed e-mail again later, keeping the error without the password, and gives up after the last attempt', async () => {
    const id = await write('flaky');
    transport.failing = true;
    expect(await mailer.flush()).toEqual({ sent: 0, failed: 1 });
    const first = await row(id);
    expect(first).toMatchObject({ status: 'pending', attempts: 1, sentAt: null });
    expect(first.lastError).toContain('535 Authentication failed');
    expect(first.lastError).not.toMatch(/s3cret/);
    // Not again before its wait is over.
    at(RETRY_AFTER_MS[1]! - 1);
    expect(await mailer.flush()).toEqual({ sent: 0, failed: 0 });
    for (let attempt = 2; attempt <= MAX_SEND_ATTEMPTS; attempt++) {
      at(RETRY_AFTER_MS[attempt - 1]!);
      expect(await mailer.flush()).toEqual({ sent: 0, failed: 1 });
      expect((await row(id)).attempts).toBe(attempt);
    }
    expect(await row(id)).toMatchObject({ status: 'failed', attempts: MAX_SEND_ATTEMPTS });
    transport.failing = false;
    at(24 * 3600_000);
    expect(await mailer.flush()).toEqual({ sent: 0, failed: 0 });
    expect(transport.sent).toEqual([]);
  });

  it('sends once the server is back', async () => {
    const id = await write('later');
    transport.failing = true;
    await mailer.flush();
    transport.failing = false;
    at(RETRY_AFTER_MS[1]!);
    expect(await mailer.flush()).toEqual({ sent: 1, failed: 0 });
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 2, lastError: expect.stringContaining('535') });
  });

  it('is the delivery notify() uses from start to stop, and sends nothing once stopped', async () => {
    expect(emailConfigured()).toBe(false);
    mailer.start();
    expect(emailConfigured()).toBe(true);
    await write('through-flush-mail');
    expect(await flushMail()).toEqual({ sent: 1, failed: 0 });
    await mailer.stop();
    expect(emailConfigured()).toBe(false);
    expect(transport.closed).toBe(true);
    await write('after-stop');
    expect(await mailer.flush()).toEqual({ sent: 0, failed: 0 });
    expect(await flushMail()).toEqual({ sent: 0, failed: 0 });
    expect(transport.sent.map((m) => m.subject)).toEqual(['through-flush-mail']);
  });
});

describe('describeSmtp', () => {
  it('hides the password', () => {
    expect(describeSmtp(SMTP_URL)).toBe('smtp://kejin:***@mail.example.cn:587');
    expect(describeSmtp('smtps://mail.example.cn')).toBe('smtps://mail.example.cn');
    expect(describeSmtp('not a url')).toBe('an SMTP server');
  });
});
