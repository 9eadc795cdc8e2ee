// Notification e-mails end to end: a real action notifies an organisation, the members who want the
// topic by e-mail get one through a local SMTP server, and a failing server keeps the e-mail for later.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type DemoRole, type TestApp } from '../../../../test/app.ts';
import { startSmtpSink, type SmtpSink } from '../../../../test/smtp.ts';
import { emailOutbox, needs, notifications } from '../../../db/schema/index.ts';

const PASSWORD = 'a-long-password';

describe('notification e-mails', () => {
  let smtp: SmtpSink;
  let t: TestApp;
  let owner: string; // the demo enterprise user's id
  let colleague: string; // another user of the enterprise, who never chose
  let leaver: string; // a third, who opted in and was then deactivated

  const send = async (method: 'GET' | 'POST' | 'PUT', url: string, as: DemoRole, body?: unknown) => t.request(method, `/api/v1${url}`, { as, body });
  const cookieFor = async (email: string) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: PASSWORD } });
    return `kejin_session=${res.cookies.find((c) => c.name === 'kejin_session')!.value}`;
  };
  const member = async (organisationId: string, email: string, displayName: string, locale: 'zh-CN' | 'en' = 'zh-CN') => {
    const res = await send('POST', '/users', 'operator', { email, displayName, password: PASSWORD, role: 'enterprise_user', organisationId, locale });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const marketplaceByEmail = { topics: [{ topic: 'marketplace', inApp: true, email: true }] };
  /** A need of the enterprise, taken up by the officer's bank: need.taken_up to the enterprise. */
  const takenUpNeed = async () => {
    const need = await send('POST', '/needs', 'enterprise', { kind: 'loan', amountFen: 50_000_000, termMonths: 12, purpose: '流动资金', offers: ['ip_pledge'] });
    expect(need.statusCode, need.body).toBe(201);
    const id = need.json().id as string;
    const res = await send('POST', `/needs/${id}/take-up`, 'officer', { note: '客户经理将联系您' });
    expect(res.statusCode, res.body).toBe(200);
    const [notice] = await t.database.db.select().from(notifications).where(and(eq(notifications.kind, 'need.taken_up'), eq(notifications.link, `/needs/${id}`)));
    return { id, notice: notice! };
  };

  beforeAll(async () => {
    smtp = await startSmtpSink({ user: 'kejin', pass: 's3cret' });
    t = await createTestApp({ enterprises: 30, env: { KEJIN_SMTP_URL: `smtp://kejin:s3cret@127.0.0.1:${smtp.port}`, KEJIN_MAIL_FROM: 'Kejin <no-reply@kejin.test>' } });
    const me = (await send('GET', '/me', 'enterprise')).json();
    owner = me.user.id;
    colleague = await member(me.organisation.id, 'colleague@enterprise.kejin.test', '李娜');
    leaver = await member(me.organisation.id, 'leaver@enterprise.kejin.test', '王强');
    const leaverPrefs = await t.app.inject({ method: 'PUT', url: '/api/v1/me/notification-preferences', headers: { cookie: await cookieFor('leaver@enterprise.kejin.test') }, payload: marketplaceByEmail });
    expect(leaverPrefs.statusCode, leaverPrefs.body).toBe(200);
    expect((await send('POST', `/users/${leaver}/deactivate`, 'operator')).statusCode).toBe(200);
    // A product of the officer's bank, approved and published in zhangjiang, puts the enterprise's needs in its scope.
    const product = await send('POST', '/products', 'officer', {
      kind: 'loan',
      loanType: 'credit',
      name: '邮件测试科创贷',
      terms: { amountMinFen: 10_000_000, amountMaxFen: 500_000_000, termMinMonths: 6, termMaxMonths: 36, rate: { lprTenor: '1y', spreadMinBp: 30, spreadMaxBp: 150 }, repaymentMethods: ['equal_instalment'], security: ['none', 'ip_pledge'], turnaroundDays: 5 },
      preferences: { industries: [], stages: [], regions: [], thesis: '' },
      rules: [{ fact: 'grade', op: 'gte', value: 'C' }],
      parkCodes: ['zhangjiang'],
    });
    expect(product.statusCode, product.body).toBe(201);
    await send('POST', `/products/${product.json().id}/parks/zhangjiang/decision`, 'parkAdmin', { approve: true });
    expect((await send('POST', `/products/${product.json().id}/publish`, 'officer')).json().status).toBe('published');
    await t.app.kejin.mailer!.flush();
    smtp.messages.length = 0;
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('says e-mail is configured', async () => {
    expect((await send('GET', '/me/notification-preferences', 'enterprise')).json().emailConfigured).toBe(true);
  });

  it('mails the opted-in member once, in their language (zh-CN), with a link, and marks the outbox row sent', async () => {
    expect((await send('PUT', '/me/notification-preferences', 'enterprise', marketplaceByEmail)).statusCode).toBe(200);
    const { id, notice } = await takenUpNeed();
    await t.app.kejin.mailer!.flush();

    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.to).toEqual([DEMO.enterprise]);
    expect(mail.from).toBe('no-reply@kejin.test');
    expect(mail.user).toBe('kejin');
    expect(mail.subject).toBe(`【科金】${notice.titleZh}`);
    expect(mail.text).toContain(notice.titleZh);
    expect(mail.text).not.toContain(notice.titleEn);
    expect(mail.text).toContain(`http://localhost:3000/open/needs/${id}`);

    const rows = await t.database.db.select().from(emailOutbox).where(eq(emailOutbox.createdAt, notice.createdAt));
    expect(rows).toEqual([expect.objectContaining({ userId: owner, toAddress: DEMO.enterprise, status: 'sent', attempts: 1, lastError: null, sentAt: expect.any(Date) })]);
    // The colleague (default: no marketplace e-mail) and the deactivated member get none.
    const others = await t.database.db.select().from(emailOutbox);
    expect(others.filter((r) => r.userId === colleague || r.userId === leaver)).toEqual([]);
  });

  it('writes no e-mail for members who turned the topic off', async () => {
    await send('PUT', '/me/notification-preferences', 'enterprise', { topics: [{ topic: 'marketplace', inApp: true, email: false }] });
    const before = (await t.database.db.select().from(emailOutbox)).length;
    await takenUpNeed();
    await t.app.kejin.mailer!.flush();
    expect((await t.database.db.select().from(emailOutbox)).length).toBe(before);
    expect(smtp.messages).toHaveLength(1);
  });

  it('delivers an e-mail notify() wrote through the mail.send job, with no flush asked, and shows the job in /jobs', async () => {
    await send('PUT', '/me/notification-preferences', 'enterprise', marketplaceByEmail);
    await t.app.kejin.jobs.idle('mail.send');
    const before = smtp.messages.length;
    const { notice } = await takenUpNeed();
    await expect.poll(() => smtp.messages.length, { timeout: 30_000, interval: 100 }).toBe(before + 1);
    expect(smtp.messages.at(-1)!.subject).toBe(`【科金】${notice.titleZh}`); // the recipient reads zh-CN: one language
    await t.app.kejin.jobs.idle('mail.send');
    const listed = await send('GET', '/jobs?kind=mail.send', 'operator');
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json().items[0]).toMatchObject({ kind: 'mail.send', trigger: 'system', status: 'succeeded', result: { sent: 1, failed: 0 } });
  }, 60_000);

  it('keeps the e-mail for a later attempt when the SMTP server is down, and the change stays committed', async () => {
    await send('PUT', '/me/notification-preferences', 'enterprise', marketplaceByEmail);
    await smtp.close();
    const { id, notice } = await takenUpNeed();
    await t.app.kejin.mailer!.flush();

    const [need] = await t.database.db.select().from(needs).where(eq(needs.id, id));
    expect(need!.status).toBe('taken_up');
    const rows = await t.database.db.select().from(emailOutbox).where(eq(emailOutbox.createdAt, notice.createdAt));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.subject).toBe(`【科金】${notice.titleZh}`);
    expect(rows[0]).toMatchObject({ userId: owner, status: 'pending', attempts: 1, sentAt: null });
    expect(rows[0]!.lastError).toEqual(expect.any(String));
    expect(rows[0]!.lastError).not.toContain('s3cret');
    // Not due again at once: a second flush does not try it again.
    await t.app.kejin.mailer!.flush();
    const [again] = await t.database.db.select().from(emailOutbox).where(eq(emailOutbox.id, rows[0]!.id));
    expect(again!.attempts).toBe(1);
  });

  it('writes a member whose locale is English in English', async () => {
    const me = (await send('GET', '/me', 'enterprise')).json();
    const english = await member(me.organisation.id, 'english@enterprise.kejin.test', 'Alice', 'en');
    const prefs = await t.app.inject({ method: 'PUT', url: '/api/v1/me/notification-preferences', headers: { cookie: await cookieFor('english@enterprise.kejin.test') }, payload: marketplaceByEmail });
    expect(prefs.statusCode, prefs.body).toBe(200);
    const { notice } = await takenUpNeed();
    const [row] = await t.database.db.select().from(emailOutbox).where(and(eq(emailOutbox.createdAt, notice.createdAt), eq(emailOutbox.userId, english)));
    expect(row!.subject).toBe(`Kejin: ${notice.titleEn}`);
    expect(row!.body).toContain('Hello Alice,');
    expect(row!.body).toContain(notice.titleEn);
    expect(row!.body).not.toContain(notice.titleZh);
  });
});
