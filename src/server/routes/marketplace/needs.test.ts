import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type DemoRole, type TestApp } from '../../../../test/app.ts';
import { auditEvents, enterprises, needs, needTakeUps, notifications, productParks, products } from '../../../db/schema/index.ts';
import { GRADES } from '../../../domain/rating/expert-model.ts';
import { addDays, businessDateOf } from '../../../domain/shared/business-time.ts';
import { newId } from '../../../services/shared/ids.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const YUAN = 100; // fen
const today = () => businessDateOf(new Date(), 'Asia/Shanghai');
const daysFromToday = (n: number) => addDays(today(), n);

describe('marketplace needs and notifications', () => {
  let t: TestApp;
  let bank: string;
  let zhangjiang: string;
  let own: { id: string; creditCode: string; name: string; industryCode: string };
  let ownGrade: string;
  let neighbour: string; // another zhangjiang enterprise's credit code
  let qingdaoEnterprise: string;
  let bankLoan: string; // the bank's loan product, approved in zhangjiang

  const send = async (method: 'GET' | 'POST' | 'PATCH', url: string, as: DemoRole, body?: unknown) => t.request(method, `/api/v1${url}`, { as, body });
  const post = async (as: DemoRole, body: Json) => send('POST', '/needs', as, body);
  const loanNeed = (overrides: Json = {}): Json => ({ kind: 'loan', amountFen: 500_000 * YUAN, termMonths: 12, purpose: '采购研发设备', neededBy: daysFromToday(30), offers: ['ip_pledge'], ...overrides });
  const created = async (body: Json = loanNeed(), as: DemoRole = 'enterprise') => {
    const res = await post(as, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Json;
  };
  const needCount = async () => Number((await t.database.db.select({ n: count() }).from(needs))[0]!.n);

  /** A published product of an institution approved in the given parks, written directly. */
  const offer = async (p: { institutionId?: string; kind?: string; minYuan?: number; maxYuan?: number; security?: string[]; rules?: unknown[]; parkIds?: string[]; status?: string }) => {
    const id = newId();
    const now = new Date();
    const kind = p.kind ?? 'loan';
    await t.database.db.insert(products).values({
      id,
      institutionId: p.institutionId ?? bank,
      kind,
      loanType: kind === 'loan' ? 'credit' : null,
      name: `测试${kind}产品`,
      nameEn: `Test ${kind} product`,
      status: p.status ?? 'published',
      amountMinFen: BigInt((p.minYuan ?? 100_000) * YUAN),
      amountMaxFen: BigInt((p.maxYuan ?? 5_000_000) * YUAN),
      termMinMonths: 6,
      termMaxMonths: 36,
      turnaroundDays: 5,
      terms: { rate: kind === 'loan' ? { lprTenor: '1y', spreadMinBp: 20, spreadMaxBp: 120 } : null, feeRate: kind === 'loan' ? null : 0.02, coverRatio: kind === 'loan' ? null : 0.8, repaymentMethods: ['equal_instalment'], security: p.security ?? ['none'], eligibleLoanTypes: [] },
      preferences: { industries: [], stages: [], regions: [], thesis: '' },
      rules: p.rules ?? [{ fact: 'grade', op: 'gte', value: 'C' }],
      createdAt: now,
      updatedAt: now,
    });
    for (const parkId of p.parkIds ?? [zhangjiang]) {
      await t.database.db.insert(productParks).values({ productId: id, parkId, status: 'approved', requestedAt: now, decidedAt: now });
    }
    return id;
  };

  beforeAll(async () => {
    t = await createTestApp({ enterprises: 30 });
    bank = (await send('GET', '/me', 'officer')).json().organisation.id;
    const me = (await send('GET', '/me', 'enterprise')).json().organisation;
    const parks = (await send('GET', '/parks', 'operator')).json().items as Json[];
    zhangjiang = parks.find((p) => p.code === 'zhangjiang')!.id;
    const qingdao = parks.find((p) => p.code === 'qingdao')!.id;
    const [row] = await t.database.db.select().from(enterprises).where(eq(enterprises.organisationId, me.id));
    own = { id: me.id, creditCode: me.creditCode, name: row!.name, industryCode: row!.industryCode };
    ownGrade = (await send('GET', `/enterprises/${own.creditCode}/rating`, 'enterprise')).json().grade;
    const listed = (await send('GET', `/enterprises?parkId=${zhangjiang}&pageSize=5`, 'operator')).json().items as Json[];
    neighbour = listed.find((e) => e.creditCode !== own.creditCode)!.creditCode;
    qingdaoEnterprise = (await send('GET', `/enterprises?parkId=${qingdao}&pageSize=1`, 'operator')).json().items[0].creditCode;
    bankLoan = await offer({ minYuan: 100_000, maxYuan: 5_000_000, security: ['none'] });
  });
  afterAll(() => t?.close());

  describe('posting a need', () => {
    it('refuses invalid fields, naming each, and writes nothing', async () => {
      const before = await needCount();
      const res = await post('enterprise', loanNeed({ amountFen: 0, termMonths: 601, offers: ['gold'] }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.fields.map((f: Json) => f.field).sort()).toEqual(['amountFen', 'offers.0', 'termMonths']);
      const past = await post('enterprise', loanNeed({ neededBy: daysFromToday(-2) }));
      expect(past.statusCode).toBe(400);
      expect(past.json().error).toMatchObject({ code: 'need.needed_by_past', details: { category: 'invalid_input' } });
      expect(past.json().error.details.fields).toEqual([{ field: 'neededBy', code: 'need.needed_by_past', params: { today: today() }, message: `must be today (${today()}) or later` }]);
      expect((await post('enterprise', loanNeed({ kind: 'gift' }))).json().error.details.fields[0].field).toBe('kind');
      expect((await post('enterprise', loanNeed({ amountFen: 12.5 }))).statusCode).toBe(400);
      expect(await needCount()).toBe(before);
    });

    it("refuses a need for another enterprise with 403 and writes nothing", async () => {
      const before = await needCount();
      const res = await post('enterprise', loanNeed({ creditCode: neighbour }));
      expect(res.statusCode, res.body).toBe(403);
      expect((await post('officer', loanNeed())).statusCode).toBe(403);
      expect((await post('parkAdmin', loanNeed({ creditCode: own.creditCode }))).statusCode).toBe(403);
      expect(await needCount()).toBe(before);
    });

    it("posts the enterprise's own need, shown to it in full", async () => {
      const need = await created(loanNeed({ creditCode: own.creditCode, neededBy: today(), offers: ['ip_pledge', 'ip_pledge', 'receivables'] }));
      expect(need).toMatchObject({
        enterpriseId: own.id,
        creditCode: own.creditCode,
        enterpriseName: own.name,
        parkCode: 'zhangjiang',
        industryCode: own.industryCode,
        grade: ownGrade,
        kind: 'loan',
        amountFen: 500_000 * YUAN,
        termMonths: 12,
        neededBy: today(),
        offers: ['ip_pledge', 'receivables'],
        status: 'open',
        takeUps: [],
        masked: false,
      });
      expect(['startup', 'growth', 'mature']).toContain(need.stage);
      const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'need.create'), eq(auditEvents.targetId, need.id)));
      expect(audit).toBeDefined();
    });

    it('lets the operator post for a named enterprise, and requires the name', async () => {
      const res = await post('operator', loanNeed());
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.fields[0].field).toBe('creditCode');
      const need = await created(loanNeed({ creditCode: qingdaoEnterprise }), 'operator');
      expect(need.parkCode).toBe('qingdao');
    });
  });

  describe('who sees which needs', () => {
    let fits: Json; // within the bank's product
    let tooBig: Json; // above its range
    let guarantee: Json; // a kind the bank does not offer
    let elsewhere: Json; // in a park where the bank offers nothing
    let rateBefore: Json; // the bank's take-up rate before it took any of these up

    beforeAll(async () => {
      fits = await created(loanNeed({ amountFen: 800_000 * YUAN }));
      tooBig = await created(loanNeed({ amountFen: 50_000_000 * YUAN, purpose: '建设新厂房' }));
      guarantee = await created(loanNeed({ kind: 'guarantee', amountFen: 300_000 * YUAN }));
      elsewhere = await created(loanNeed({ creditCode: qingdaoEnterprise }), 'operator');
    });

    it("gives the enterprise its own needs and the park administrator its park's", async () => {
      const mine = (await send('GET', '/needs?pageSize=100', 'enterprise')).json();
      expect(mine.items.every((n: Json) => n.enterpriseId === own.id)).toBe(true);
      expect(mine.items.map((n: Json) => n.id)).toEqual(expect.arrayContaining([fits.id, tooBig.id, guarantee.id]));
      const park = (await send('GET', '/needs?pageSize=100', 'parkAdmin')).json();
      expect(park.items.every((n: Json) => n.parkCode === 'zhangjiang' && !n.masked)).toBe(true);
      expect(park.items.map((n: Json) => n.id)).not.toContain(elsewhere.id);
      const all = (await send('GET', '/needs?pageSize=100', 'operator')).json();
      expect(all.items.map((n: Json) => n.id)).toEqual(expect.arrayContaining([fits.id, elsewhere.id]));
      expect((await send('GET', `/needs/${fits.id}`, 'otherParkAdmin')).statusCode).toBe(404);
      const guarantees = (await send('GET', '/needs?kind=guarantee&pageSize=100', 'enterprise')).json().items as Json[];
      expect(guarantees.every((n) => n.kind === 'guarantee')).toBe(true);
      expect(guarantees.map((n) => n.id)).toContain(guarantee.id);
    });

    it("fills the officer's inbox with the needs its products would be eligible for", async () => {
      const inbox = (await send('GET', '/needs?pageSize=100', 'officer')).json();
      const ids = inbox.items.map((n: Json) => n.id);
      expect(ids).toContain(fits.id);
      expect(ids).not.toContain(tooBig.id); // above the product's amount range
      expect(ids).not.toContain(guarantee.id); // no guarantee product
      expect(ids).not.toContain(elsewhere.id); // no product in qingdao
      expect(inbox.total).toBe(ids.length);
      const everything = (await send('GET', '/needs?all=true&pageSize=100', 'officer')).json().items.map((n: Json) => n.id);
      expect(everything).toEqual(expect.arrayContaining([fits.id, tooBig.id, guarantee.id]));
      expect(everything).not.toContain(elsewhere.id);
      expect((await send('GET', `/needs/${elsewhere.id}`, 'officer')).statusCode).toBe(404);
      expect((await send('GET', `/needs/${tooBig.id}`, 'officer')).statusCode).toBe(200);
    });

    it('leaves a need out of the inbox when the rules fail or the security is not offered', async () => {
      const insurer = (await send('GET', '/institutions?type=insurer', 'operator')).json().items[0].id as string;
      // A product only huge enterprises pass, and one that needs real estate as security.
      await offer({ institutionId: insurer, rules: [{ fact: 'employees', op: 'gte', value: 1_000_000 }] });
      await offer({ institutionId: insurer, security: ['real_estate'] });
      const user = await send('POST', '/users', 'operator', { email: 'officer@insurer.example.com', displayName: '保险经理', password: 'a-long-password', role: 'institution_officer', organisationId: insurer });
      expect(user.statusCode, user.body).toBe(201);
      const login = await t.request('POST', '/api/v1/auth/login', { body: { email: 'officer@insurer.example.com', password: 'a-long-password' } });
      const cookie = `kejin_session=${login.cookies.find((c) => c.name === 'kejin_session')!.value}`;
      const inbox = (await t.app.inject({ method: 'GET', url: '/api/v1/needs?pageSize=100', headers: { cookie } })).json();
      expect(inbox.items.map((n: Json) => n.id)).not.toContain(fits.id);
      const all = (await t.app.inject({ method: 'GET', url: '/api/v1/needs?all=true&pageSize=100', headers: { cookie } })).json();
      expect(all.items.map((n: Json) => n.id)).toContain(fits.id);
    });

    it('masks the enterprise for an institution without a grant, and shows it to grantees', async () => {
      const masked = (await send('GET', `/needs/${fits.id}`, 'officer')).json();
      expect(masked.masked).toBe(true);
      expect(masked.enterpriseName).toMatch(/^某科技企业/);
      expect(masked.enterpriseName).not.toContain(own.name);
      expect(masked.creditCode).toBe(`${own.creditCode.slice(0, 4)}********${own.creditCode.slice(-4)}`);
      expect(masked.grade).toBe(ownGrade[0]);
      expect(masked.industryCode).toBe(own.industryCode);
      expect(masked.amountFen).toBe(800_000 * YUAN);
      for (const who of ['parkAdmin', 'operator', 'enterprise'] as const) {
        const full = (await send('GET', `/needs/${fits.id}`, who)).json();
        expect([full.creditCode, full.enterpriseName, full.grade, full.masked]).toEqual([own.creditCode, own.name, ownGrade, false]);
      }
      const grant = await send('POST', `/enterprises/${own.creditCode}/grants`, 'enterprise', { institutionId: bank, categories: ['financials'], purpose: '授信审查', expiresOn: daysFromToday(90) });
      expect(grant.statusCode, grant.body).toBe(201);
      const granted = (await send('GET', `/needs/${fits.id}`, 'officer')).json();
      expect([granted.creditCode, granted.enterpriseName, granted.grade, granted.masked]).toEqual([own.creditCode, own.name, ownGrade, false]);
      expect((await send('GET', '/needs', 'officer')).json().items.find((n: Json) => n.id === fits.id).masked).toBe(false);
      expect((await t.request('DELETE', `/api/v1/grants/${grant.json().id}`, { as: 'enterprise' })).statusCode).toBe(200);
      expect((await send('GET', `/needs/${fits.id}`, 'officer')).json().masked).toBe(true);
      expect(GRADES).toContain(ownGrade);
    });

    it('ranks the products of the need kind, with the need amount as unmet advice', async () => {
      const big = await send('GET', `/needs/${tooBig.id}/matches?lang=en`, 'enterprise');
      expect(big.statusCode, big.body).toBe(200);
      const item = big.json().items.find((m: Json) => m.institutionId === bank);
      expect(item).toMatchObject({ eligible: false, kind: 'loan', productName: 'Test loan product', institutionName: expect.any(String) });
      const unmet = item.unmet.find((u: Json) => u.rule === 'need.amount');
      expect(unmet).toMatchObject({ fact: 'amount', actual: 50_000_000 * YUAN });
      expect(unmet.advice).toMatch(/the need asks/);
      expect(big.json().items.every((m: Json) => m.kind === 'loan')).toBe(true);
      const zh = (await send('GET', `/needs/${tooBig.id}/matches`, 'parkAdmin')).json().items.find((m: Json) => m.institutionId === bank);
      expect(zh.unmet.find((u: Json) => u.rule === 'need.amount').advice).toMatch(/需求为/);
      // Institution names in the asked language too (the need's page shares the matches' presenter).
      expect([item.institutionName, zh.institutionName]).toEqual(['Kejin Demo Bank', '科金示范银行']);
      const ok = (await send('GET', `/needs/${fits.id}/matches?eligible=true`, 'operator')).json();
      expect(ok.eligibleCount).toBeGreaterThanOrEqual(1);
      expect(ok.items[0]).toMatchObject({ institutionId: bank, eligible: true, unmet: [] });
      expect(ok.items[0].reasons.length).toBeGreaterThan(0);
      expect(ok.ratedAt).toEqual(expect.any(String));
      const paged = (await send('GET', `/needs/${fits.id}/matches?pageSize=1&page=2`, 'enterprise')).json();
      expect([paged.page, paged.pageSize, paged.items.length <= 1]).toEqual([2, 1, true]);
      expect((await send('GET', `/needs/${fits.id}/matches`, 'officer')).statusCode).toBe(403);
      expect((await send('GET', `/needs/${fits.id}/matches`, 'otherParkAdmin')).statusCode).toBe(403);
    });

    it("counts a park's open needs that no product is eligible for, by industry and stage", async () => {
      const res = await send('GET', '/parks/zhangjiang/unmet-needs', 'parkAdmin');
      expect(res.statusCode, res.body).toBe(200);
      const u = res.json();
      const ids = u.items.map((n: Json) => n.id);
      expect(ids).toEqual(expect.arrayContaining([tooBig.id, guarantee.id]));
      expect(ids).not.toContain(fits.id);
      expect(u.total).toBe(u.items.length);
      const open = (await send('GET', '/needs?status=open&pageSize=100', 'parkAdmin')).json().total;
      expect(u.openNeeds).toBe(open);
      const division = own.industryCode.slice(0, 3);
      const ownUnmet = u.items.filter((n: Json) => n.enterpriseId === own.id);
      const group = u.byIndustry.find((g: Json) => g.industryCode === division);
      expect(group.count).toBeGreaterThanOrEqual(ownUnmet.length);
      expect(u.byIndustry.reduce((s: number, g: Json) => s + g.count, 0)).toBe(u.total);
      expect(u.byStage.reduce((s: number, g: Json) => s + g.count, 0)).toBe(u.total);
      expect(u.byIndustry.reduce((s: number, g: Json) => s + g.amountFen, 0)).toBe(u.items.reduce((s: number, n: Json) => s + n.amountFen, 0));
      expect(u.byStage.map((g: Json) => g.stage)).toContain(tooBig.stage);
      expect((await send('GET', '/parks/zhangjiang/unmet-needs', 'operator')).statusCode).toBe(200);
      expect((await send('GET', '/parks/zhangjiang/unmet-needs', 'otherParkAdmin')).statusCode).toBe(403);
      expect((await send('GET', '/parks/zhangjiang/unmet-needs', 'officer')).statusCode).toBe(403);
      expect((await send('GET', '/parks/nowhere/unmet-needs', 'operator')).statusCode).toBe(404);
    });

    it('lets an institution take a need up once, and notifies the enterprise', async () => {
      rateBefore = (await send('GET', `/institutions/${bank}/take-up-rate`, 'officer')).json();
      const before = (await send('GET', '/notifications', 'enterprise')).json();
      const res = await send('POST', `/needs/${fits.id}/take-up`, 'officer', { note: '客户经理将于三日内联系' });
      expect(res.statusCode, res.body).toBe(200);
      const need = res.json();
      expect(need.status).toBe('taken_up');
      expect(need.takeUps).toEqual([{ institutionId: bank, institutionName: expect.any(String), productId: null, takenAt: expect.any(String), note: '客户经理将于三日内联系' }]);
      const again = await send('POST', `/needs/${fits.id}/take-up`, 'officer', {});
      expect(again.statusCode).toBe(409);
      expect(await t.database.db.select({ n: count() }).from(needTakeUps).where(eq(needTakeUps.needId, fits.id))).toEqual([{ n: 1 }]);
      const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'need.take_up'), eq(auditEvents.targetId, fits.id)));
      expect(audit!.details).toMatchObject({ institutionId: bank });

      const after = (await send('GET', '/notifications', 'enterprise')).json();
      expect(after.total).toBe(before.total + 1);
      expect(after.unread).toBe(before.unread + 1);
      expect(after.items[0]).toMatchObject({ kind: 'need.taken_up', title: expect.stringContaining('响应了您的融资需求'), link: `/needs/${fits.id}`, readAt: null });
      const en = (await send('GET', '/notifications?lang=en', 'enterprise')).json();
      expect(en.items[0].title).toMatch(/took up your financing need/);
      // Only the enterprise's own notifications: the bank has none of this kind, and cannot read it.
      expect((await send('GET', '/notifications', 'officer')).json().items.some((n: Json) => n.kind === 'need.taken_up')).toBe(false);
      expect((await send('POST', `/notifications/${after.items[0].id}/read`, 'officer')).statusCode).toBe(404);
      expect((await send('POST', `/notifications/${after.items[0].id}/read`, 'enterprise')).statusCode).toBe(204);
      const read = (await send('GET', '/notifications', 'enterprise')).json();
      expect(read.unread).toBe(after.unread - 1);
      expect(read.items[0].readAt).toEqual(expect.any(String));
      // The officer still sees the need it took up, and its own take-up.
      expect((await send('GET', `/needs/${fits.id}`, 'officer')).json().takeUps).toHaveLength(1);
      expect((await send('GET', '/needs?status=taken_up', 'officer')).json().items.map((n: Json) => n.id)).toContain(fits.id);
    });

    it('marks all notifications read', async () => {
      await t.database.db.insert(notifications).values({ id: newId(), organisationId: own.id, kind: 'test', titleZh: '测试', titleEn: 'Test', createdAt: new Date() });
      expect((await send('GET', '/notifications', 'enterprise')).json().unread).toBeGreaterThan(0);
      expect((await send('POST', '/notifications/read-all', 'enterprise')).statusCode).toBe(204);
      expect((await send('GET', '/notifications', 'enterprise')).json().unread).toBe(0);
      expect((await send('POST', `/notifications/${newId()}/read`, 'enterprise')).statusCode).toBe(404);
    });

    it('refuses take-ups outside the institution scope, of other products, and by other roles', async () => {
      expect((await send('POST', `/needs/${elsewhere.id}/take-up`, 'officer', {})).statusCode).toBe(404);
      expect((await send('POST', `/needs/${tooBig.id}/take-up`, 'enterprise', {})).statusCode).toBe(403);
      expect((await send('POST', `/needs/${tooBig.id}/take-up`, 'parkAdmin', {})).statusCode).toBe(403);
      expect((await send('POST', `/needs/${tooBig.id}/take-up`, 'operator')).statusCode).toBe(403); // no body: no product named
      const insurer = (await send('GET', '/institutions?type=insurer', 'operator')).json().items[0].id as string;
      const theirs = await offer({ institutionId: insurer });
      expect((await send('POST', `/needs/${tooBig.id}/take-up`, 'officer', { productId: theirs })).statusCode).toBe(403);
      const guaranteeProduct = await offer({ kind: 'guarantee' });
      const wrongKind = await send('POST', `/needs/${tooBig.id}/take-up`, 'officer', { productId: guaranteeProduct });
      expect(wrongKind.statusCode).toBe(400);
      expect(wrongKind.json().error.details.fields[0].field).toBe('productId');
      // In its parks an officer may take up a need its products do not quite fit (the all=true scope).
      const mine = await send('POST', `/needs/${tooBig.id}/take-up`, 'officer', { productId: bankLoan });
      expect(mine.statusCode, mine.body).toBe(200);
      expect(mine.json().takeUps).toEqual([expect.objectContaining({ institutionId: bank, productId: bankLoan, note: null })]);
    });

    it("reports an institution's take-up rate", async () => {
      const res = await send('GET', `/institutions/${bank}/take-up-rate`, 'officer');
      expect(res.statusCode, res.body).toBe(200);
      const r = res.json();
      expect(r.institutionId).toBe(bank);
      expect(r.takenUp).toBe(rateBefore.takenUp + 2);
      expect(r.needsSeen).toBeGreaterThanOrEqual(rateBefore.needsSeen + 1); // fits was in its inbox already; tooBig was not
      expect(r.rate).toBeCloseTo(r.takenUp / r.needsSeen, 4);
      expect((await send('GET', `/institutions/${own.id}/take-up-rate`, 'operator')).statusCode).toBe(404);
    });

    it('lets the enterprise change an open need, and withdraw or close it once', async () => {
      const need = await created(loanNeed({ amountFen: 200_000 * YUAN }));
      const changed = await send('PATCH', `/needs/${need.id}`, 'enterprise', { amountFen: 300_000 * YUAN, termMonths: null, offers: ['none'] });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json()).toMatchObject({ amountFen: 300_000 * YUAN, termMonths: null, offers: ['none'], purpose: need.purpose });
      const invalid = await send('PATCH', `/needs/${need.id}`, 'enterprise', { neededBy: daysFromToday(-1) });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json().error.details.fields[0].field).toBe('neededBy');
      expect((await send('PATCH', `/needs/${need.id}`, 'officer', { purpose: 'x' })).statusCode).toBe(403);
      const neighbours = await created(loanNeed({ creditCode: neighbour }), 'operator');
      expect((await send('PATCH', `/needs/${neighbours.id}`, 'enterprise', { purpose: '改' })).statusCode).toBe(403);
      expect((await send('POST', `/needs/${neighbours.id}/withdraw`, 'enterprise')).statusCode).toBe(403);

      expect((await send('PATCH', `/needs/${fits.id}`, 'enterprise', { purpose: '改' })).statusCode).toBe(409); // taken up
      const withdrawn = await send('POST', `/needs/${need.id}/withdraw`, 'enterprise');
      expect(withdrawn.statusCode, withdrawn.body).toBe(200);
      expect(withdrawn.json().status).toBe('withdrawn');
      expect((await send('POST', `/needs/${need.id}/withdraw`, 'enterprise')).statusCode).toBe(409);
      expect((await send('POST', `/needs/${need.id}/close`, 'enterprise')).statusCode).toBe(409);
      expect((await send('POST', `/needs/${need.id}/take-up`, 'officer', {})).statusCode).toBe(409);
      const closed = await send('POST', `/needs/${fits.id}/close`, 'enterprise');
      expect(closed.json().status).toBe('closed');
      // Closed and withdrawn needs leave the inbox; the institution that took one up still sees it.
      const inbox = (await send('GET', '/needs?all=true&pageSize=100', 'officer')).json().items.map((n: Json) => n.id);
      expect(inbox).not.toContain(need.id);
      expect(inbox).toContain(fits.id);
      expect((await send('GET', `/needs/${need.id}`, 'officer')).statusCode).toBe(404);
      const withdrawnOnes = (await send('GET', '/needs?status=withdrawn&pageSize=100', 'enterprise')).json().items as Json[];
      expect(withdrawnOnes.every((n) => n.status === 'withdrawn')).toBe(true);
      expect(withdrawnOnes.map((n) => n.id)).toContain(need.id);
    });
  });
});
