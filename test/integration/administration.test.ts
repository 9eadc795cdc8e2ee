// The operator's administration of parks, institutions and users, and the audit log behind it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app.ts';
import { freshCreditCode, withWrongCheck } from '../codes.ts';

describe('platform administration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ enterprises: 30 });
  });
  afterAll(() => t?.close());

  const auditOf = async (targetId: string) =>
    (await t.request('GET', `/api/v1/audit?targetId=${targetId}`, { as: 'operator' })).json().items as { action: string; actorEmail: string }[];

  it('creates a park with its operator organisation, so its administrators can be added', async () => {
    const park = await t.request('POST', '/api/v1/parks', { as: 'operator', body: { code: 'lingang', name: '临港新片区', nameEn: 'Lingang Special Area', regionCode: '310115' } });
    expect(park.statusCode, park.body).toBe(201);
    const { id } = park.json();
    const admin = await t.request('POST', '/api/v1/users', {
      as: 'operator',
      body: { email: 'Admin@Lingang.example', displayName: '临港管理员', password: 'lingang-secret-1', role: 'park_admin', parkId: id, phone: '13812345678' },
    });
    expect(admin.statusCode, admin.body).toBe(201);
    expect(admin.json()).toMatchObject({ email: 'admin@lingang.example', phone: '138****5678', memberships: [{ role: 'park_admin', parkId: id }] });
    const login = await t.request('POST', '/api/v1/auth/login', { body: { email: 'admin@lingang.example', password: 'lingang-secret-1' } });
    expect(login.json().parkScope.parks.map((p: { code: string }) => p.code)).toEqual(['lingang']);
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['park.create']);
    expect(await t.request('POST', '/api/v1/parks', { as: 'operator', body: { code: 'lingang', name: '重复', nameEn: 'Dup', regionCode: '310115' } })).toMatchObject({ statusCode: 409 });
  });

  it('refuses a user whose role does not fit the organisation, and a duplicate e-mail', async () => {
    const bank = (await t.request('GET', '/api/v1/me', { as: 'officer' })).json().organisation.id;
    const wrongRole = await t.request('POST', '/api/v1/users', {
      as: 'operator',
      body: { email: 'x@example.com', displayName: 'X', password: 'long-enough-pw', role: 'enterprise_user', organisationId: bank },
    });
    expect(wrongRole.statusCode).toBe(400);
    expect(wrongRole.json().error.details.fields[0].field).toBe('organisationId');
    const dup = await t.request('POST', '/api/v1/users', {
      as: 'operator',
      body: { email: 'OFFICER@bank.kejin.demo', displayName: 'Y', password: 'long-enough-pw', role: 'institution_officer', organisationId: bank },
    });
    expect(dup.statusCode).toBe(409);
    const users = (await t.request('GET', '/api/v1/users?q=x%40example.com', { as: 'operator' })).json();
    expect(users.total).toBe(0);
  });

  it('registers, updates and deactivates institutions, and filters by type', async () => {
    const creditCode = freshCreditCode('310000');
    const created = await t.request('POST', '/api/v1/institutions', { as: 'operator', body: { name: '浦江科创担保有限公司', type: 'guarantor', creditCode, regionCode: '310000' } });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json();
    const guarantors = (await t.request('GET', '/api/v1/institutions?type=guarantor&pageSize=100', { as: 'officer' })).json();
    expect(guarantors.items.every((i: { type: string }) => i.type === 'guarantor')).toBe(true);
    expect(guarantors.items.map((i: { id: string }) => i.id)).toContain(id);
    const dup = await t.request('POST', '/api/v1/institutions', { as: 'operator', body: { name: '重复', type: 'bank', creditCode, regionCode: '310000' } });
    expect(dup.statusCode).toBe(409);
    const badType = await t.request('POST', '/api/v1/institutions', { as: 'operator', body: { name: '怪', type: 'casino', creditCode: freshCreditCode(), regionCode: '310000' } });
    expect(badType.statusCode).toBe(400);
    expect((await t.request('PATCH', `/api/v1/institutions/${id}`, { as: 'operator', body: { nameEn: 'Pujiang Guarantee' } })).json().nameEn).toBe('Pujiang Guarantee');
    expect((await t.request('POST', `/api/v1/institutions/${id}/deactivate`, { as: 'operator' })).json().status).toBe('deactivated');
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['institution.deactivate', 'institution.update', 'institution.create']);
  });

  it('refuses an institution with a wrong check character', async () => {
    const res = await t.request('POST', '/api/v1/institutions', { as: 'operator', body: { name: '错码银行', type: 'bank', creditCode: withWrongCheck(freshCreditCode()), regionCode: '310000' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0].field).toBe('creditCode');
  });

  it('deactivating a user ends their sessions at once', async () => {
    const created = await t.request('POST', '/api/v1/users', {
      as: 'operator',
      body: { email: 'temp@example.com', displayName: '临时', password: 'temporary-pw', role: 'platform_operator', organisationId: (await t.request('GET', '/api/v1/me', { as: 'operator' })).json().organisation.id },
    });
    const login = await t.request('POST', '/api/v1/auth/login', { body: { email: 'temp@example.com', password: 'temporary-pw' } });
    const cookie = `kejin_session=${login.cookies.find((c) => c.name === 'kejin_session')!.value}`;
    expect((await t.request('GET', '/api/v1/audit', { headers: { cookie } })).statusCode).toBe(200);
    await t.request('POST', `/api/v1/users/${created.json().id}/deactivate`, { as: 'operator' });
    expect((await t.request('GET', '/api/v1/audit', { headers: { cookie } })).statusCode).toBe(401);
    const self = (await t.request('GET', '/api/v1/me', { as: 'operator' })).json().user.id;
    expect((await t.request('POST', `/api/v1/users/${self}/deactivate`, { as: 'operator' })).statusCode).toBe(409);
  });

  it('logs sign-ins and failures with the client address', async () => {
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'nobody@example.com', password: 'whatever-pw' }, remoteAddress: '192.0.2.7' });
    const failed = (await t.request('GET', '/api/v1/audit?action=auth.login_failed', { as: 'operator' })).json().items;
    expect(failed[0]).toMatchObject({ clientAddress: '192.0.2.7', details: { email: 'nobody@example.com' } });
  });
});

describe('operational endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ enterprises: 5 });
  });
  afterAll(() => t?.close());

  it('serves an OpenAPI 3 document describing every API route', async () => {
    const doc = (await t.request('GET', '/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    const documented = Object.entries(doc.paths as Record<string, object>).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    const api = t.app.kejin.routes.filter((r) => r.url.startsWith('/api/v1'));
    expect(documented.length).toBe(api.length);
    expect(doc.paths['/api/v1/enterprises'].post.requestBody).toBeDefined();
  });

  it('serves interactive docs', async () => {
    const res = await t.request('GET', '/api/docs/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/swagger/i);
  });

  it('exposes Prometheus metrics with request counts, latencies and the database pool', async () => {
    await t.request('GET', '/api/v1/me', { as: 'operator' });
    const text = (await t.request('GET', '/metrics')).body;
    expect(text).toMatch(/kejin_http_requests_total\{method="GET",route="\/api\/v1\/me",status="200"\} \d+/);
    expect(text).toMatch(/kejin_http_request_duration_seconds_bucket\{method="GET",route="\/api\/v1\/me",le="\+Inf"\} \d+/);
    expect(text).toMatch(/kejin_db_pool_connections\{driver="(pglite|pg)",state="total"\} \d+/);
  });

  it('echoes a request id on every response', async () => {
    const res = await t.request('GET', '/healthz', { headers: { 'x-request-id': 'trace-12345678' } });
    expect(res.headers['x-request-id']).toBe('trace-12345678');
    expect((await t.request('GET', '/healthz')).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
