import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { freshCreditCode, withWrongCheck } from '../../../../test/codes.ts';

describe('enterprises of a park', () => {
  let t: TestApp;
  let zhangjiang: string;
  beforeAll(async () => {
    t = await createTestApp({ enterprises: 80 });
    const parks = (await t.request('GET', '/api/v1/parks', { as: 'operator' })).json().items as { id: string; code: string }[];
    zhangjiang = parks.find((p) => p.code === 'zhangjiang')!.id;
  });
  afterAll(() => t?.close());

  const body = (overrides: Record<string, unknown> = {}) => ({
    creditCode: freshCreditCode(),
    name: '上海张江示例微电子有限公司',
    parkId: zhangjiang,
    industryCode: 'C3973',
    regionCode: '310115',
    foundedOn: '2018-03-15',
    registeredCapitalFen: 1_000_000_000,
    employees: 120,
    legalRepresentative: '周杰',
    address: '上海市浦东新区张江路88号',
    ...overrides,
  });

  it('lists only the administrator’s parks, with search and paging', async () => {
    const page1 = (await t.request('GET', '/api/v1/enterprises?pageSize=5', { as: 'parkAdmin' })).json();
    expect(page1.items).toHaveLength(5);
    expect(page1.total).toBeGreaterThan(5);
    const everything = (await t.request('GET', '/api/v1/enterprises?pageSize=100', { as: 'parkAdmin' })).json();
    expect(new Set(everything.items.map((e: { parkCode: string }) => e.parkCode))).toEqual(new Set(['zhangjiang']));
    const all = (await t.request('GET', '/api/v1/enterprises?pageSize=100', { as: 'operator' })).json();
    expect(all.total).toBe(80);
    const name = everything.items[3].name as string;
    const found = (await t.request('GET', `/api/v1/enterprises?q=${encodeURIComponent(name.slice(2, 6))}`, { as: 'parkAdmin' })).json();
    expect(found.items.map((e: { name: string }) => e.name)).toContain(name);
    const page2 = (await t.request('GET', '/api/v1/enterprises?pageSize=5&page=2', { as: 'parkAdmin' })).json();
    expect(page2.items[0].creditCode).not.toBe(page1.items[0].creditCode);
  });

  it('registers an enterprise, audited with actor, target and client address', async () => {
    const input = body();
    const res = await t.request('POST', '/api/v1/enterprises', { as: 'parkAdmin', body: input });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ creditCode: input.creditCode, parkCode: 'zhangjiang', registeredCapitalFen: 1_000_000_000, industryName: '集成电路制造' });
    const audit = (await t.request('GET', `/api/v1/audit?targetId=${input.creditCode}`, { as: 'operator' })).json();
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ action: 'enterprise.create', actor: { kind: 'user', email: 'admin@zhangjiang.kejin.demo' }, actionLabel: '登记企业', targetType: 'enterprise', parkId: zhangjiang });
    expect(audit.items[0].clientAddress).toBe('127.0.0.1');
  });

  it('names the creditCode field for a wrong check character, and writes nothing', async () => {
    const input = body({ creditCode: withWrongCheck(freshCreditCode()) });
    const res = await t.request('POST', '/api/v1/enterprises', { as: 'parkAdmin', body: input });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0].field).toBe('creditCode');
    expect((await t.request('GET', `/api/v1/enterprises/${input.creditCode}`, { as: 'operator' })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/v1/audit?targetId=${input.creditCode}`, { as: 'operator' })).json().total).toBe(0);
  });

  it.each([
    ['industryCode', { industryCode: 'Z9999' }],
    ['regionCode', { regionCode: '999999' }],
    ['foundedOn', { foundedOn: '2999-01-01' }],
    ['registeredCapitalFen', { registeredCapitalFen: -5 }],
    ['registeredCapitalFen', { registeredCapitalFen: 12.5 }],
    ['employees', { employees: 'many' }],
  ])('rejects a bad %s with 400 naming it', async (field, overrides) => {
    const res = await t.request('POST', '/api/v1/enterprises', { as: 'parkAdmin', body: body(overrides) });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it('answers a duplicate credit code with 409 and leaves the first intact', async () => {
    const input = body();
    expect((await t.request('POST', '/api/v1/enterprises', { as: 'parkAdmin', body: input })).statusCode).toBe(201);
    const dup = await t.request('POST', '/api/v1/enterprises', { as: 'operator', body: { ...input, name: '另一家公司' } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({
      code: 'organisation.credit_code_taken',
      details: { category: 'conflict', params: { creditCode: input.creditCode }, fields: [{ field: 'creditCode', code: 'organisation.credit_code_taken' }] },
    });
    expect((await t.request('GET', `/api/v1/enterprises/${input.creditCode}`, { as: 'parkAdmin' })).json().name).toBe(input.name);
    expect((await t.request('GET', `/api/v1/audit?targetId=${input.creditCode}`, { as: 'operator' })).json().total).toBe(1);
  });

  it('shows others only the summary; the enterprise itself sees everything', async () => {
    const own = (await t.request('GET', '/api/v1/me', { as: 'enterprise' })).json().organisation.creditCode;
    const asOfficer = (await t.request('GET', `/api/v1/enterprises/${own}`, { as: 'officer' })).json();
    expect(asOfficer.view).toBe('summary');
    expect(asOfficer).not.toHaveProperty('legalRepresentative');
    expect(asOfficer).not.toHaveProperty('registeredCapitalFen');
    const asOwner = (await t.request('GET', `/api/v1/enterprises/${own}`, { as: 'enterprise' })).json();
    expect(asOwner.legalRepresentative).toBeTypeOf('string');
  });

  it('updates with validation, refusing unknown fields and credit code changes', async () => {
    const own = (await t.request('GET', '/api/v1/me', { as: 'enterprise' })).json().organisation.creditCode;
    const ok = await t.request('PATCH', `/api/v1/enterprises/${own}`, { as: 'enterprise', body: { employees: 131, address: '上海市浦东新区蔡伦路100号' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ employees: 131 });
    const sneaky = await t.request('PATCH', `/api/v1/enterprises/${own}`, { as: 'enterprise', body: { creditCode: freshCreditCode() } });
    expect(sneaky.statusCode).toBe(400);
    const unknown = await t.request('PATCH', `/api/v1/enterprises/${freshCreditCode()}`, { as: 'operator', body: { employees: 1 } });
    expect(unknown.statusCode).toBe(404);
  });
});
