// Notification preferences (validation, each user only their own) and the in-app list as each user chose it.
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type DemoRole, type TestApp } from '../../../../test/app.ts';
import { auditEvents, emailOutbox, notificationPreferences, notifications } from '../../../db/schema/index.ts';
import { DEFAULT_CHANNELS, TOPICS } from '../../../domain/notifications/topics.ts';
import { notify } from '../../../services/notifications/notify.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const DEFAULTS = TOPICS.map((topic) => ({ topic, ...DEFAULT_CHANNELS[topic] }));
const PASSWORD = 'a-long-password';

describe('notification preferences and the in-app list', () => {
  let t: TestApp;
  let organisation: string; // the demo enterprise's
  let colleagueCookie: string; // another user of the same enterprise

  const send = async (method: 'GET' | 'PUT' | 'POST', url: string, as: DemoRole, body?: unknown) => t.request(method, `/api/v1${url}`, { as, body });
  const put = (as: DemoRole, topics: unknown) => send('PUT', '/me/notification-preferences', as, { topics });
  const preferencesOf = async (as: DemoRole) => (await send('GET', '/me/notification-preferences', as)).json();
  const asColleague = async (method: 'GET' | 'PUT' | 'POST', url: string, body?: unknown) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: colleagueCookie }, ...(body ? { payload: body as object } : {}) });
  const storedRows = async () => Number((await t.database.db.select({ n: count() }).from(notificationPreferences))[0]!.n);

  beforeAll(async () => {
    t = await createTestApp({ enterprises: 20 });
    organisation = (await send('GET', '/me', 'enterprise')).json().organisation.id;
    const created = await send('POST', '/users', 'operator', { email: 'colleague@enterprise.kejin.test', displayName: '李娜', password: PASSWORD, role: 'enterprise_user', organisationId: organisation });
    expect(created.statusCode, created.body).toBe(201);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'colleague@enterprise.kejin.test', password: PASSWORD } });
    colleagueCookie = `kejin_session=${login.cookies.find((c) => c.name === 'kejin_session')!.value}`;
  });
  afterAll(() => t?.close());

  describe('preferences', () => {
    it('shows every topic with its default, and that e-mail is not set up', async () => {
      expect(await preferencesOf('enterprise')).toEqual({ emailConfigured: false, topics: DEFAULTS });
      expect((await t.request('GET', '/api/v1/me/notification-preferences')).statusCode).toBe(401);
    });

    it.each([
      ['an unknown topic', [{ topic: 'gossip', inApp: true, email: false }], 'topics.0.topic', 'field.invalid_enum', { values: [...TOPICS] }],
      ['a topic given twice', [{ topic: 'signals', inApp: true, email: true }, { topic: 'signals', inApp: false, email: false }], 'topics.1.topic', 'field.duplicate', { value: 'signals' }],
      ['a missing channel', [{ topic: 'signals', inApp: true }], 'topics.0.email', 'field.required', {}],
      ['a channel that is no boolean', [{ topic: 'signals', inApp: 'yes', email: false }], 'topics.0.inApp', 'field.invalid_type', { expected: 'boolean' }],
      ['an unknown field', [{ topic: 'signals', inApp: true, email: false, sms: true }], 'topics.0', 'field.unknown_keys', { keys: ['sms'] }],
      ['no topics', [], 'topics', 'field.too_few', { min: 1 }],
    ])('refuses %s, naming the field, and stores nothing', async (_name, topics, field, code, params) => {
      const res = await put('enterprise', topics);
      expect(res.statusCode, res.body).toBe(400);
      const error = res.json().error;
      expect(error).toMatchObject({ code, details: { category: 'invalid_input', params: { ...params, field } } });
      expect(error.details.fields, res.body).toContainEqual({ field, code, params, message: expect.any(String) });
      expect(await storedRows()).toBe(0);
    });

    it('stores the given topics in one go, keeps the others at their default, and audits the change', async () => {
      const res = await put('enterprise', [
        { topic: 'marketplace', inApp: false, email: true },
        { topic: 'signals', inApp: true, email: false },
      ]);
      expect(res.statusCode, res.body).toBe(200);
      const expected = DEFAULTS.map((d) => (d.topic === 'marketplace' ? { topic: 'marketplace', inApp: false, email: true } : d.topic === 'signals' ? { topic: 'signals', inApp: true, email: false } : d));
      expect(res.json()).toEqual({ emailConfigured: false, topics: expected });
      expect((await preferencesOf('enterprise')).topics).toEqual(expected);
      // Changing one again updates it in place.
      await put('enterprise', [{ topic: 'signals', inApp: true, email: true }]);
      expect((await preferencesOf('enterprise')).topics.find((p: Json) => p.topic === 'signals')).toEqual({ topic: 'signals', inApp: true, email: true });
      expect(await storedRows()).toBe(2);
      const audits = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'notification.preferences'));
      expect(audits).toHaveLength(2);
      expect(audits[0]).toMatchObject({ actorEmail: 'owner@enterprise.kejin.demo', targetType: 'user' });
    });

    it("changes only the caller's own choices", async () => {
      expect((await preferencesOf('officer')).topics).toEqual(DEFAULTS);
      expect((await asColleague('GET', '/me/notification-preferences')).json().topics).toEqual(DEFAULTS);
      expect((await put('officer', [{ topic: 'decisions', inApp: false, email: false }])).statusCode).toBe(200);
      expect((await preferencesOf('enterprise')).topics.find((p: Json) => p.topic === 'decisions')).toEqual({ topic: 'decisions', ...DEFAULT_CHANNELS.decisions });
      expect((await put('operator', [{ topic: 'signals', inApp: false, email: false }])).statusCode).toBe(200);
      expect((await preferencesOf('parkAdmin')).topics).toEqual(DEFAULTS);
    });
  });

  describe('the in-app list', () => {
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      await t.database.db.delete(notifications).where(eq(notifications.organisationId, organisation));
      await t.database.db.transaction(async (tx) => {
        for (const kind of ['need.taken_up', 'application.decided', 'test']) {
          ids[kind] = (await notify(tx, { organisationId: organisation, kind, titleZh: `测试${kind}`, titleEn: `Test ${kind}`, link: '/needs/x' })).id;
        }
      });
    });

    it('leaves out the topics the user turned off in the app, from the list and the unread count', async () => {
      // The owner turned marketplace off in the app (above); the colleague kept the defaults.
      const mine = (await send('GET', '/notifications', 'enterprise')).json();
      expect(mine.items.map((n: Json) => n.kind).sort()).toEqual(['application.decided', 'test']);
      expect(mine).toMatchObject({ total: 2, unread: 2 });
      const theirs = (await asColleague('GET', '/notifications')).json();
      expect(theirs.items.map((n: Json) => n.kind).sort()).toEqual(['application.decided', 'need.taken_up', 'test']);
      expect(theirs).toMatchObject({ total: 3, unread: 3 });
    });

    it('marks read only what the user sees when marking all read', async () => {
      expect((await send('POST', '/notifications/read-all', 'enterprise')).statusCode).toBe(204);
      expect((await send('GET', '/notifications', 'enterprise')).json().unread).toBe(0);
      const theirs = (await asColleague('GET', '/notifications')).json();
      expect(theirs.unread).toBe(1);
      expect(theirs.items.find((n: Json) => !n.readAt).id).toBe(ids['need.taken_up']);
    });

    it('shows the topic again once turned back on', async () => {
      await put('enterprise', [{ topic: 'marketplace', inApp: true, email: true }]);
      const mine = (await send('GET', '/notifications', 'enterprise')).json();
      expect(mine).toMatchObject({ total: 3, unread: 1 });
    });

    it('writes no e-mail while e-mail is not set up, whatever the users chose', async () => {
      expect(Number((await t.database.db.select({ n: count() }).from(emailOutbox))[0]!.n)).toBe(0);
    });
  });
});
