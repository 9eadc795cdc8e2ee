import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type DemoRole, type TestApp } from '../../../../test/app.ts';
import { freshCreditCode } from '../../../../test/codes.ts';
import { auditEvents, investorProfiles } from '../../../db/schema/index.ts';
import { DEMO_PASSWORD } from '../../../services/demo/seed-demo.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('equity investors over HTTP', () => {
  let t: TestApp;
  let zhangjiang: string;
  const get = async (url: string, as: DemoRole = 'enterprise') => {
    const res = await t.request('GET', `/api/v1${url}`, { as });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Json;
  };
  const bodyOf = (d: Json) => ({
    thesis: d.thesis,
    stages: d.stages,
    industryCodes: d.industryCodes,
    regionCodes: d.regionCodes,
    parkIds: d.parkIds,
    ticketMinFen: d.ticketMinFen,
    ticketMaxFen: d.ticketMaxFen,
    fundSizeFen: d.fundSizeFen,
    managerRegistrationNo: d.managerRegistrationNo,
    fundRecordCodes: d.fundRecordCodes,
    website: d.website,
    team: d.team,
    portfolio: d.portfolio.map(({ enterpriseParkId: _park, enterpriseCreditCode: _code, ...c }: Json) => c),
  });

  beforeAll(async () => {
    t = await createTestApp();
    zhangjiang = ((await get('/parks', 'operator')).items as Json[]).find((p) => p.code === 'zhangjiang')!.id;
  }, 240_000);
  afterAll(async () => t?.close());

  it('lists at least 30 investors of every kind, individual angels among them', async () => {
    const all = await get('/investors?pageSize=100');
    expect(all.total).toBeGreaterThanOrEqual(30);
    const kinds = new Set((all.items as Json[]).map((i) => i.kind));
    expect([...kinds].sort()).toEqual(['angel_fund', 'corporate_vc', 'guidance_fund', 'individual_angel', 'vc_fund']);
    const angel = (all.items as Json[]).find((i) => i.kind === 'individual_angel')!;
    expect(angel).toMatchObject({ organisationId: null, managerRegistrationNo: null, fundRecordCodes: [] });
    expect(angel.ownerUserId).toEqual(expect.any(String));
  });

  it('filters by kind, stage, industry (a higher level covers the class), park and ticket', async () => {
    const cvc = await get('/investors?kind=corporate_vc&pageSize=100');
    expect(cvc.total).toBeGreaterThan(0);
    expect((cvc.items as Json[]).every((i) => i.kind === 'corporate_vc')).toBe(true);
    const seed = await get('/investors?stage=seed&pageSize=100');
    expect((seed.items as Json[]).every((i) => i.stages.includes('seed'))).toBe(true);
    // Investors listing pharmaceuticals (C27) are found for chemical drugs (C2761).
    const drugs = await get('/investors?industryCode=C2761&pageSize=100');
    expect((drugs.items as Json[]).some((i) => i.industryCodes.includes('C27'))).toBe(true);
    expect((drugs.items as Json[]).every((i) => i.industryCodes.some((c: string) => 'C2761'.startsWith(c)))).toBe(true);
    const inPark = await get(`/investors?parkId=${zhangjiang}&pageSize=100`);
    expect((inPark.items as Json[]).every((i) => i.parkIds.includes(zhangjiang))).toBe(true);
    const ticket = 1_000_000_000; // ¥10m
    const fits = await get(`/investors?ticketFen=${ticket}&pageSize=100`);
    expect(fits.total).toBeGreaterThan(0);
    expect((fits.items as Json[]).every((i) => i.ticketMinFen <= ticket && ticket <= i.ticketMaxFen)).toBe(true);
    const shanghai = await get('/investors?regionCode=310115&pageSize=100');
    expect((shanghai.items as Json[]).every((i) => i.regionCodes.includes('310000'))).toBe(true);
  });

  it('links portfolio companies to enterprises and keeps amounts and contacts from other readers', async () => {
    const own = await get('/me/investor-profile', 'investor');
    expect(own.privateFields).toBe(true);
    expect(own.managerRegistrationNo).toMatch(/^P\d{7}$/);
    expect(own.portfolio.length).toBeGreaterThan(0);
    for (const company of own.portfolio as Json[]) {
      expect(company.enterpriseId).toEqual(expect.any(String));
      expect(company.enterpriseParkId).toEqual(expect.any(String));
      expect(company.amountFen).toBeGreaterThan(0);
    }
    expect((own.team as Json[]).every((m) => m.email)).toBe(true);
    const asEnterprise = await get(`/investors/${own.id}`, 'enterprise');
    expect(asEnterprise.privateFields).toBe(false);
    expect((asEnterprise.portfolio as Json[]).every((c) => c.amountFen === null)).toBe(true);
    expect((asEnterprise.team as Json[]).every((m) => m.email === null)).toBe(true);
    expect((await get(`/investors/${own.id}`, 'parkAdmin')).privateFields).toBe(true);
    expect((await get(`/investors/${own.id}`, 'officer')).privateFields).toBe(false);
  });

  it('refuses a registration number of the wrong form with every problem named, and writes nothing', async () => {
    const before = await get('/me/investor-profile', 'investor');
    const [audits] = await t.database.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.targetId, before.id));
    const bad = { ...bodyOf(before), managerRegistrationNo: 'P12345', fundRecordCodes: ['SX1234', 'sx12'], ticketMinFen: before.ticketMaxFen + 1, team: [] };
    const res = await t.request('PUT', '/api/v1/me/investor-profile', { as: 'investor', body: bad });
    expect(res.statusCode, res.body).toBe(400);
    const fields = (res.json().error.details.fields as Json[]).map((f) => `${f.field} ${f.code}`);
    expect(fields).toEqual(['ticketMaxFen investor.ticket_min_above_max', 'managerRegistrationNo investor.registration_no_format', 'fundRecordCodes.1 investor.fund_record_code_format']);
    const after = await get('/me/investor-profile', 'investor');
    expect(after).toEqual(before);
    const [auditsAfter] = await t.database.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.targetId, before.id));
    expect(auditsAfter!.n).toBe(audits!.n);
  });

  it('saves the investor’s own profile whole, with its audit record', async () => {
    const before = await get('/me/investor-profile', 'investor');
    const body = { ...bodyOf(before), thesis: '聚焦集成电路与人工智能\n兼顾工业软件', stages: ['pre_a', 'series_a'], fundRecordCodes: ['SX1234'], team: [{ name: '周文', title: '投资经理', bio: null, email: 'zhou.wen@vc.kejin.demo' }], portfolio: bodyOf(before).portfolio.slice(0, 1) };
    const res = await t.request('PUT', '/api/v1/me/investor-profile', { as: 'investor', body });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: before.id, thesis: body.thesis, stages: ['pre_a', 'series_a'], fundRecordCodes: ['SX1234'], team: body.team });
    expect(res.json().portfolio).toHaveLength(1);
    const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.targetId, before.id), eq(auditEvents.action, 'investor.update')));
    expect(audit?.actorEmail).toBe('investor@vc.kejin.demo');
    // Unknown enterprises in the portfolio are named by their path.
    const ghost = { ...body, portfolio: [{ ...body.portfolio[0], enterpriseId: '00000000-0000-7000-8000-000000000000' }] };
    const refused = await t.request('PUT', `/api/v1/investors/${before.id}`, { as: 'investor', body: ghost });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.fields[0]).toMatchObject({ field: 'portfolio.0.enterpriseId', code: 'investor.portfolio_enterprise_unknown' });
  });

  it('lets an individual angel, who has no organisation, keep their own profile and only theirs', async () => {
    const own = await get('/me/investor-profile', 'angel');
    expect(own.kind).toBe('individual_angel');
    const body = { ...bodyOf(own), thesis: '芯片设计首轮' };
    expect((await t.request('PUT', '/api/v1/me/investor-profile', { as: 'angel', body })).statusCode).toBe(200);
    const numbered = await t.request('PUT', '/api/v1/me/investor-profile', { as: 'angel', body: { ...body, managerRegistrationNo: 'P1000001' } });
    expect(numbered.json().error.details.fields[0]).toMatchObject({ field: 'managerRegistrationNo', code: 'investor.angel_has_no_registration' });
    const fund = await get('/me/investor-profile', 'investor');
    expect((await t.request('PUT', `/api/v1/investors/${fund.id}`, { as: 'angel', body })).statusCode).toBe(403);
    expect((await t.request('PUT', `/api/v1/investors/${own.id}`, { as: 'investor', body })).statusCode).toBe(403);
  });

  it('creates a fund’s first profile once, even when two saves race', async () => {
    const fund = await t.request('POST', '/api/v1/institutions', { as: 'operator', body: { name: '上海测试产业投资有限公司', type: 'corporate_vc', creditCode: freshCreditCode('310000'), regionCode: '310000' } });
    expect(fund.statusCode, fund.body).toBe(201);
    const user = await t.request('POST', '/api/v1/users', { as: 'operator', body: { email: 'cvc@example.com', displayName: '测试', password: DEMO_PASSWORD, role: 'institution_officer', organisationId: fund.json().id } });
    expect(user.statusCode, user.body).toBe(201);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'cvc@example.com', password: DEMO_PASSWORD } });
    const cookie = `kejin_session=${login.cookies.find((c) => c.name === 'kejin_session')!.value}`;
    const none = await t.app.inject({ method: 'GET', url: '/api/v1/me/investor-profile', headers: { cookie } });
    expect(none.json().error.code).toBe('investor.not_found');
    const body = { thesis: '产业链投资', stages: ['strategic'], industryCodes: ['C3973'], regionCodes: [], parkIds: [zhangjiang], ticketMinFen: 0, ticketMaxFen: 100_000_000, fundSizeFen: null, managerRegistrationNo: null, fundRecordCodes: [], website: null, team: [], portfolio: [] };
    const saves = await Promise.all([0, 1].map(() => t.app.inject({ method: 'PUT', url: '/api/v1/me/investor-profile', headers: { cookie }, payload: body })));
    const statuses = saves.map((s) => s.statusCode).sort();
    expect([[200, 200], [200, 409]]).toContainEqual(statuses);
    for (const s of saves.filter((r) => r.statusCode === 409)) expect(s.json().error.code).toBe('unique.one_investor_profile_per_organisation');
    const [rows] = await t.database.db.select({ n: count() }).from(investorProfiles).where(eq(investorProfiles.organisationId, fund.json().id));
    expect(rows!.n).toBe(1);
  });
});
