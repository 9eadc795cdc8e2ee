// The account flows end to end: password change, reset by e-mail (no enumeration, single use,
// expiry, sessions ended, rate limit), self-registration admitted by its own park only, invitations.
import { desc, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../../../../test/app.ts';
import { DEMO_PASSWORD } from '../../../services/demo/seed-demo.ts';
import { freshCreditCode, withWrongCheck } from '../../../../test/codes.ts';
import { startSmtpSink, type SmtpSink } from '../../../../test/smtp.ts';
import { emailOutbox } from '../../../db/schema/index.ts';

const NEW_PASSWORD = 'a-brand-new-password';
const ZIZHU_ADMIN = 'admin@zizhu.kejin.demo';

describe('accounts', () => {
  let smtp: SmtpSink;
  let t: TestApp;
  let offsetMs = 0;

  const post = (url: string, body: unknown, options: { cookie?: string; ip?: string } = {}) =>
    t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload: body as object, headers: options.cookie ? { cookie: options.cookie } : {}, remoteAddress: options.ip });
  const signIn = async (email: string, password: string) => {
    const res = await post('/auth/login', { email, password }, { ip: '10.9.9.9' });
    return { status: res.statusCode, cookie: res.statusCode === 200 ? `kejin_session=${res.cookies.find((c) => c.name === 'kejin_session')!.value}` : '' };
  };
  /** The token of the newest e-mail to `address` carrying a link to `path`. */
  const tokenFrom = async (address: string, path: string) => {
    const rows = await t.database.db.select().from(emailOutbox).where(like(emailOutbox.toAddress, address)).orderBy(desc(emailOutbox.createdAt));
    const body = rows.find((r) => r.body.includes(path))?.body ?? '';
    return decodeURIComponent(new RegExp(`${path}\\?token=([^\\s]+)`).exec(body)?.[1] ?? '');
  };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await createTestApp({ enterprises: 20, now: () => new Date(Date.now() + offsetMs), env: { KEJIN_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, KEJIN_LOGIN_MAX_ATTEMPTS: '5' } });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('has demo data: pending registrations seen only by their park, decided ones, and invitations open and accepted', async () => {
    const own = (await t.request('GET', '/api/v1/registrations?status=pending', { as: 'parkAdmin' })).json();
    expect(own.items.map((r: { email: string; park: { code: string } }) => [r.email, r.park.code])).toEqual([
      ['applicant@zhangjiang.kejin.demo', 'zhangjiang'],
      ['applicant2@zhangjiang.kejin.demo', 'zhangjiang'],
    ]);
    expect((await t.request('GET', '/api/v1/registrations?status=pending', { as: 'operator' })).json().total).toBe(4);
    const rejected = (await t.request('GET', '/api/v1/registrations?status=rejected', { as: 'parkAdmin' })).json();
    expect(rejected.items).toEqual([expect.objectContaining({ status: 'rejected', reason: expect.stringContaining('张江科学城') })]);
    const admitted = (await t.request('GET', '/api/v1/registrations?status=admitted', { as: 'parkAdmin' })).json();
    expect(admitted.items).toEqual([expect.objectContaining({ status: 'admitted', organisationId: expect.any(String) })]);
    expect((await signIn(admitted.items[0].email, DEMO_PASSWORD)).status).toBe(200);
    for (const [as, accepted] of [['enterprise', 'qianfang@enterprise.kejin.demo'], ['officer', 'risk@bank.kejin.demo']] as const) {
      const me = (await t.request('GET', '/api/v1/me', { as })).json();
      const invitations = (await t.request('GET', `/api/v1/organisations/${me.organisation.id}/invitations`, { as })).json();
      expect(invitations.items.map((i: { email: string; status: string }) => i.status).sort()).toEqual(['accepted', 'open']);
      const members = (await t.request('GET', `/api/v1/organisations/${me.organisation.id}/members`, { as })).json();
      expect(members.items.map((m: { email: string }) => m.email)).toContain(accepted);
      expect((await signIn(accepted, DEMO_PASSWORD)).status).toBe(200);
    }
  });

  it('answers a reset request the same whether or not the e-mail has an account', async () => {
    const known = await post('/auth/password-reset', { email: DEMO.officer }, { ip: '10.0.0.1' });
    const unknown = await post('/auth/password-reset', { email: 'nobody@nowhere.kejin.test' }, { ip: '10.0.0.1' });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
    expect(await tokenFrom(DEMO.officer, '/reset-password')).not.toBe('');
    expect(await tokenFrom('nobody@nowhere.kejin.test', '/reset-password')).toBe('');
  });

  it('resets a password once with the link, ending every session of the account', async () => {
    const before = await signIn(ZIZHU_ADMIN, DEMO_PASSWORD);
    expect(before.status).toBe(200);
    await post('/auth/password-reset', { email: ZIZHU_ADMIN.toUpperCase() }, { ip: '10.0.0.2' });
    const token = await tokenFrom(ZIZHU_ADMIN, '/reset-password');
    expect(token.length).toBeGreaterThan(20);
    const reset = await post('/auth/password-reset/confirm', { token, newPassword: NEW_PASSWORD }, { ip: '10.0.0.2' });
    expect(reset.statusCode, reset.body).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: before.cookie } })).statusCode).toBe(401);
    expect((await signIn(ZIZHU_ADMIN, DEMO_PASSWORD)).status).toBe(401);
    expect((await signIn(ZIZHU_ADMIN, NEW_PASSWORD)).status).toBe(200);
    const again = await post('/auth/password-reset/confirm', { token, newPassword: 'yet-another-password' }, { ip: '10.0.0.2' });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.details.fields[0].field).toBe('token');
  });

  it('refuses an expired reset link with the same answer as a used one', async () => {
    await post('/auth/password-reset', { email: DEMO.enterprise }, { ip: '10.0.0.3' });
    const token = await tokenFrom(DEMO.enterprise, '/reset-password');
    offsetMs = 31 * 60_000;
    try {
      const late = await post('/auth/password-reset/confirm', { token, newPassword: NEW_PASSWORD }, { ip: '10.0.0.3' });
      expect(late.statusCode).toBe(400);
      const bogus = await post('/auth/password-reset/confirm', { token: 'x'.repeat(43), newPassword: NEW_PASSWORD }, { ip: '10.0.0.3' });
      expect(bogus.json().error.message).toBe(late.json().error.message);
    } finally {
      offsetMs = 0;
    }
    expect((await signIn(DEMO.enterprise, DEMO_PASSWORD)).status).toBe(200);
  });

  it('rate-limits reset requests per e-mail and per address with 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await post('/auth/password-reset', { email: `flood${i}@kejin.test` }, { ip: '10.0.0.4' })).statusCode);
    expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
    const limited = await post('/auth/password-reset', { email: 'flood-last@kejin.test' }, { ip: '10.0.0.4' });
    expect(limited.statusCode).toBe(429);
    const { error } = limited.json();
    expect(error).toMatchObject({ code: 'account.too_many_requests', details: { category: 'rate_limited', params: { seconds: expect.any(Number) } } });
    expect(error.details.params.seconds).toBeGreaterThan(0);
    expect(limited.headers['retry-after']).toBe(String(error.details.params.seconds));
  });

  it('changes the signed-in password given the current one', async () => {
    const { cookie } = await signIn(DEMO.operator, DEMO_PASSWORD);
    const wrong = await post('/me/password', { currentPassword: 'not-my-password', newPassword: NEW_PASSWORD }, { cookie });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details.fields[0].field).toBe('currentPassword');
    expect((await post('/me/password', { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD }, { cookie })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(200);
    expect((await signIn(DEMO.operator, NEW_PASSWORD)).status).toBe(200);
  });

  it('registers an enterprise that only its own park admits, and the applicant signs in', async () => {
    const creditCode = freshCreditCode();
    const body = { creditCode, enterpriseName: '上海注册测试科技有限公司', parkCode: 'zhangjiang', industryCode: 'I6510', foundedOn: '2020-03-01', registeredCapitalFen: 100_000_000, employees: 25, legalRepresentative: '陈明', address: '上海市浦东新区科苑路88号', contactName: '陈明', email: 'applicant@register.kejin.test', phone: '139 1628 0451', password: NEW_PASSWORD };
    const badPhone = await post('/registrations', { ...body, phone: '12345' }, { ip: '10.0.1.1' });
    expect(badPhone.json().error.details.fields).toEqual([expect.objectContaining({ field: 'phone', code: 'field.invalid_phone' })]);
    const bad = await post('/registrations', { ...body, creditCode: withWrongCheck(creditCode) }, { ip: '10.0.1.1' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].field).toBe('creditCode');
    const made = await post('/registrations', body, { ip: '10.0.1.1' });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id as string;
    expect((await post('/registrations', { ...body, email: 'second@register.kejin.test' }, { ip: '10.0.1.1' })).statusCode).toBe(409);
    expect((await signIn(body.email, NEW_PASSWORD)).status).toBe(401);

    const pending = await t.request('GET', '/api/v1/registrations?status=pending', { as: 'parkAdmin' });
    expect(pending.json().items.map((r: { id: string }) => r.id)).toContain(id);
    expect(pending.json().items.find((r: { id: string }) => r.id === id).phone).toBe('13916280451');
    const elsewhere = await t.request('GET', '/api/v1/registrations?status=pending', { as: 'otherParkAdmin' });
    expect(elsewhere.json().items.map((r: { id: string }) => r.id)).not.toContain(id);
    expect((await t.request('POST', `/api/v1/registrations/${id}/admit`, { as: 'otherParkAdmin' })).statusCode).toBe(403);

    const admitted = await t.request('POST', `/api/v1/registrations/${id}/admit`, { as: 'parkAdmin' });
    expect(admitted.statusCode, admitted.body).toBe(200);
    expect((await t.request('POST', `/api/v1/registrations/${id}/reject`, { as: 'parkAdmin', body: { reason: '重复' } })).statusCode).toBe(409);
    const applicant = await signIn(body.email, NEW_PASSWORD);
    expect(applicant.status).toBe(200);
    const me = (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: applicant.cookie } })).json();
    expect(me.organisation.id).toBe(admitted.json().organisationId);
    expect((await t.database.db.select().from(emailOutbox).where(like(emailOutbox.toAddress, body.email))).some((r) => r.subject.includes('企业注册已通过'))).toBe(true);
  });

  it('invites a colleague who sets a password through a single-use link', async () => {
    const me = (await t.request('GET', '/api/v1/me', { as: 'enterprise' })).json();
    const orgId = me.organisation.id as string;
    const email = 'colleague@invite.kejin.test';
    expect((await t.request('POST', `/api/v1/organisations/${orgId}/invitations`, { as: 'officer', body: { email, role: 'enterprise_user' } })).statusCode).toBe(403);
    const invited = await t.request('POST', `/api/v1/organisations/${orgId}/invitations`, { as: 'enterprise', body: { email, role: 'enterprise_user' } });
    expect(invited.statusCode, invited.body).toBe(201);
    // The e-mail carries the link; the inviter is given it only when the platform sends no e-mail.
    expect(invited.json().token).toBeNull();
    expect((await t.request('POST', `/api/v1/organisations/${orgId}/invitations`, { as: 'enterprise', body: { email, role: 'enterprise_user' } })).statusCode).toBe(409);
    const token = await tokenFrom(email, '/accept-invitation');
    const preview = await post('/invitations/preview', { token }, { ip: '10.0.2.1' });
    expect(preview.json()).toMatchObject({ email, role: 'enterprise_user', organisationName: me.organisation.name, organisationNameEn: me.organisation.nameEn, invitedByName: me.user.displayName });
    // The invitee learns who invited them by name, never the inviter's e-mail or phone.
    expect(preview.body).not.toContain(me.user.email);
    const accepted = await post('/invitations/accept', { token, displayName: '赵敏', password: NEW_PASSWORD }, { ip: '10.0.2.1' });
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect((await post('/invitations/accept', { token, displayName: '赵敏', password: NEW_PASSWORD }, { ip: '10.0.2.1' })).statusCode).toBe(400);
    const colleague = await signIn(email, NEW_PASSWORD);
    expect(colleague.status).toBe(200);
    const list = await t.request('GET', `/api/v1/organisations/${orgId}/invitations`, { as: 'enterprise' });
    expect(list.json().items[0]).toMatchObject({ email, status: 'accepted' });
    const members = (await t.request('GET', `/api/v1/organisations/${orgId}/members`, { as: 'enterprise' })).json();
    expect(members.items).toContainEqual(expect.objectContaining({ email, displayName: '赵敏', role: 'enterprise_user', status: 'active' }));
    expect((await t.request('GET', `/api/v1/organisations/${orgId}/members`, { as: 'officer' })).statusCode).toBe(403);
  });
});
