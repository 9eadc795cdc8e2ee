// The mailer as the job kind `mail.send`: a burst of requests makes one job that sends the outbox,
// and the retry schedule's ticks write no jobs row while nothing is due, then one when something is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { listJobs } from '../../db/repositories/jobs.ts';
import { emailOutbox } from '../../db/schema/index.ts';
import { createJobSystem } from '../jobs/create.ts';
import type { JobSystem } from '../jobs/job-system.ts';
import { newId } from '../shared/ids.ts';
import { MAIL_JOB, MAIL_JOB_KEY, Mailer, type MailTransport } from './mailer.ts';

class RecordingTransport implements MailTransport {
  sent: string[] = [];
  async sendMail(message: { subject: string }) {
    this.sent.push(message.subject);
  }
  close() {}
}

describe('the mail job', () => {
  let database: TestDatabase;
  let jobs: JobSystem;
  let mailer: Mailer;
  const transport = new RecordingTransport();
  const mailJobs = () => listJobs(database.db, { kind: MAIL_JOB, limit: 100 });
  const write = (subject: string, createdAt = new Date()) => database.db.insert(emailOutbox).values({ id: newId(), toAddress: `${subject}@example.cn`, subject, body: 'body', createdAt });

  beforeAll(async () => {
    database = await openTestDatabase();
    jobs = createJobSystem(database, { schema: `${database.schema}_jobs`, pollSeconds: 0.5, timeZone: 'Asia/Shanghai' }, () => new Date());
    mailer = new Mailer({ database, smtpUrl: 'smtp://127.0.0.1:1', from: 'Kejin <no-reply@kejin.test>', webUrl: 'http://localhost:3000', now: () => new Date(), jobs, transport });
    jobs.define(mailer.jobKind());
    await jobs.start();
    mailer.start();
  }, 60_000);
  afterAll(async () => {
    await jobs?.stop();
    await mailer?.stop();
    await database?.drop();
  });

  it('sends what notify() asked for through one job, however many asked at once', async () => {
    await write('burst-1');
    await write('burst-2');
    for (let i = 0; i < 5; i++) mailer.flushSoon();
    await expect.poll(() => transport.sent.slice().sort(), { timeout: 30_000, interval: 100 }).toEqual(['burst-1', 'burst-2']);
    await jobs.idle(MAIL_JOB);
    const made = await mailJobs();
    expect(made).toEqual([expect.objectContaining({ key: MAIL_JOB_KEY, trigger: 'system', status: 'succeeded', result: { sent: 2, failed: 0 } })]);
  }, 60_000);

  it('ticks of its schedule make no job while nothing is due, and one when an e-mail is', async () => {
    const before = (await mailJobs()).length;
    await jobs.schedule(MAIL_JOB, { every: { seconds: 1 } });
    try {
      // Several ticks pass (pg-boss turns cron into jobs every second or two) with an empty outbox.
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      expect(await mailJobs()).toHaveLength(before);
      // An e-mail written by another process (no job asked for): the next tick finds it due.
      await write('from-elsewhere');
      await expect.poll(() => transport.sent.includes('from-elsewhere'), { timeout: 60_000, interval: 200 }).toBe(true);
      await jobs.idle(MAIL_JOB);
      const after = await mailJobs();
      expect(after.length).toBeGreaterThan(before);
      expect(after[0]).toMatchObject({ key: 'schedule', trigger: 'schedule', status: 'succeeded', result: { sent: 1, failed: 0 } });
    } finally {
      await jobs.schedule(MAIL_JOB, null);
    }
  }, 90_000);
});
