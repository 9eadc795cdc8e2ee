import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../../../../test/app.ts';
import { BAD_CREDENTIALS } from '../../../services/accounts/sessions.ts';

describe('sign-in, sessions and request hygiene', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { KEJIN_LOGIN_MAX_ATTEMPTS: '5' } });
  });
  afterAll(() => t?.close());

  const login = (email: string, password: string, ip = '10.0.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip });

  it('signs in with an HttpOnly SameSite=Lax cookie and returns the user, roles, organisation and park scope', async () => {
    const res = await login(DEMO.parkAdmin, 'kejin-demo', '10.0.1.1');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'kejin_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const me = res.json();
    expect(me.user.email).toBe(DEMO.parkAdmin);
    expect(me.roles).toEqual(['park_admin']);
    expect(me.organisation.type).toBe('park_operator');
    expect(me.parkScope.all).toBe(false);
    expect(me.parkScope.parks.map((p: { code: string }) => p.code)).toEqual(['zhangjiang']);
  });

  it('gives the enterprise user its organisation id, type and credit code', async () => {
    const me = (await t.request('GET', '/api/v1/me', { as: 'enterprise' })).json();
    expect(me.organisation).toMatchObject({ type: 'enterprise', creditCode: expect.stringMatching(/^[0-9A-Z]{18}$/) });
    expect(me.parkScope.parks).toHaveLength(1);
  });

  it('answers a wrong password, an unknown e-mail and a deactivated user alike', async () => {
    const wrong = await login(DEMO.officer, 'not-the-password', '10.0.2.1');
    const unknown = await login('nobody@example.com', 'kejin-demo', '10.0.2.2');
    await t.request('POST', `/api/v1/users/${(await t.request('GET', '/api/v1/users?q=qingdao', { as: 'operator' })).json().items[0].id}/deactivate`, { as: 'operator' });
    const deactivated = await login(DEMO.otherParkAdmin, 'kejin-demo', '10.0.2.3');
    for (const res of [wrong, unknown, deactivated]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: { code: 'auth.invalid_credentials', message: BAD_CREDENTIALS, details: { category: 'unauthenticated', params: {} } } });
    }
  });

  it('limits failed sign-ins with 429 and Retry-After', async () => {
    for (let i = 0; i < 5; i++) expect((await login(DEMO.operator, `wrong-${i}`, '10.0.3.1')).statusCode).toBe(401);
    const limited = await login(DEMO.operator, 'kejin-demo', '10.0.3.1');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    const error = limited.json().error;
    expect(error.code).toBe('auth.too_many_attempts');
    expect(error.details.category).toBe('rate_limited');
    expect(error.details.params).toEqual({ retryAfterSeconds: Number(limited.headers['retry-after']) });
  });

  it('ends the session on logout and refuses an expired session', async () => {
    const res = await login(DEMO.enterprise, 'kejin-demo', '10.0.4.1');
    const cookie = `kejin_session=${res.cookies.find((c) => c.name === 'kejin_session')!.value}`;
    expect((await t.request('GET', '/api/v1/me', { headers: { cookie } })).statusCode).toBe(200);
    expect((await t.request('POST', '/api/v1/auth/logout', { headers: { cookie } })).statusCode).toBe(204);
    expect((await t.request('GET', '/api/v1/me', { headers: { cookie } })).statusCode).toBe(401);

    const again = await login(DEMO.enterprise, 'kejin-demo', '10.0.4.2');
    const cookie2 = `kejin_session=${again.cookies.find((c) => c.name === 'kejin_session')!.value}`;
    await t.database.db.execute(
      sql`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = (SELECT id FROM users WHERE email = ${DEMO.enterprise})`,
    );
    expect((await t.request('GET', '/api/v1/me', { headers: { cookie: cookie2 } })).statusCode).toBe(401);
  });

  it('answers the session check with the /me body when signed in and with null, never 401, when signed out', async () => {
    const signedIn = await t.request('GET', '/api/v1/auth/session', { as: 'parkAdmin' });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json()).toEqual({ user: (await t.request('GET', '/api/v1/me', { as: 'parkAdmin' })).json() });
    expect(signedIn.json().user.user.email).toBe(DEMO.parkAdmin);

    const anonymous = await t.request('GET', '/api/v1/auth/session');
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ user: null });
    const stale = await t.request('GET', '/api/v1/auth/session', { headers: { cookie: 'kejin_session=not-a-session' } });
    expect(stale.statusCode).toBe(200);
    expect(stale.json()).toEqual({ user: null });
  });

  it('refuses a mutation from a foreign origin with 403 and accepts its own origin', async () => {
    const cookie = await t.cookieOf('operator');
    const body = { code: 'csrf-test', name: '跨站测试园区', nameEn: 'CSRF Park', regionCode: '310115' };
    const foreign = await t.request('POST', '/api/v1/parks', { headers: { cookie, origin: 'https://evil.example' }, body });
    expect(foreign.statusCode).toBe(403);
    const listRes = await t.request('GET', '/api/v1/parks', { as: 'operator' });
    expect(listRes.statusCode, listRes.body).toBe(200);
    const list = listRes.json();
    expect(list.items.map((p: { code: string }) => p.code)).not.toContain('csrf-test');
    const own = await t.request('POST', '/api/v1/parks', { headers: { cookie, origin: 'http://localhost:80', host: 'localhost:80' }, body });
    expect(own.statusCode).toBe(201);
  });

  it('answers malformed JSON, missing fields, wrong types and oversized bodies with clear errors', async () => {
    const cookie = await t.cookieOf('operator');
    const malformed = await t.app.inject({ method: 'POST', url: '/api/v1/parks', headers: { cookie, 'content-type': 'application/json' }, payload: '{"code": ' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error).toMatchObject({ code: 'request.malformed_json', details: { category: 'invalid_input' } });

    const missing = await t.request('POST', '/api/v1/parks', { headers: { cookie }, body: { code: 'no-name' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.category).toBe('invalid_input');
    expect(missing.json().error.details.fields).toContainEqual(expect.objectContaining({ field: 'name', code: 'field.required' }));

    const wrongType = await t.request('POST', '/api/v1/parks', { headers: { cookie }, body: { code: 42, name: 'x', nameEn: 'x', regionCode: '310115' } });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.message).toMatch(/code/);
    expect(wrongType.json().error.details.fields).toContainEqual(expect.objectContaining({ field: 'code', code: 'field.invalid_type', params: { expected: 'string' } }));

    const big = await t.app.inject({ method: 'POST', url: '/api/v1/parks', headers: { cookie, 'content-type': 'application/json' }, payload: JSON.stringify({ code: 'big', name: 'x'.repeat(1_100_000) }) });
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toMatchObject({ code: 'request.too_large', details: { category: 'payload_too_large' } });
  });

  it('never shows a stack trace and gives JSON 404 for unknown API routes', async () => {
    const res = await t.request('GET', '/api/v1/no-such-thing', { as: 'operator' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'request.route_not_found', details: { category: 'not_found', params: { method: 'GET', path: '/api/v1/no-such-thing' } } });
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });
});
