import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type DemoRole, type TestApp } from '../../../../test/app.ts';
import { auditEvents, matchFacts, notifications, organisations, products, productVersions, topMatches } from '../../../db/schema/index.ts';
import { NUMERIC_INDEX } from '../../../domain/marketplace/facts.ts';
import { systemActor } from '../../../domain/access/actor.ts';
import { InProcessProvider } from '../../../services/jobs/in-process.ts';
import { JobSystem } from '../../../services/jobs/job-system.ts';
import { loadFacts } from '../../../services/marketplace/facts-store.ts';
import { MATCH_JOB, MatchRuns } from '../../../services/marketplace/match-runs.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const loan = (overrides: Json = {}): Json => ({
  kind: 'loan',
  loanType: 'credit',
  name: '科创信用贷',
  nameEn: 'Tech credit loan',
  description: '面向科技型中小企业的纯信用贷款',
  terms: {
    amountMinFen: 10_000_000,
    amountMaxFen: 500_000_000,
    termMinMonths: 6,
    termMaxMonths: 36,
    rate: { lprTenor: '1y', spreadMinBp: 20, spreadMaxBp: 120 },
    repaymentMethods: ['equal_instalment', 'interest_only'],
    security: ['none'],
    turnaroundDays: 5,
  },
  preferences: { industries: ['I65'], stages: ['growth'], regions: [], thesis: '' },
  rules: [{ fact: 'grade', op: 'gte', value: 'C' }],
  parkCodes: ['zhangjiang'],
  ...overrides,
});

describe('marketplace products and matching', () => {
  let t: TestApp;
  let bank: string;
  let own: { id: string; creditCode: string };
  let ownFacts: Float64Array;
  let otherOfficer: string; // cookie of an officer of another institution

  const send = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, as: DemoRole, body?: unknown) => t.request(method, `/api/v1${url}`, { as, body });
  const create = async (body: Json = loan()) => {
    const res = await send('POST', '/products', 'officer', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Json;
  };
  /** A product of the bank, approved in zhangjiang and published. */
  const offered = async (body: Json = loan()) => {
    const p = await create(body);
    expect((await send('POST', `/products/${p.id}/parks/zhangjiang/decision`, 'parkAdmin', { approve: true })).statusCode).toBe(200);
    const published = await send('POST', `/products/${p.id}/publish`, 'officer');
    expect(published.statusCode, published.body).toBe(200);
    return published.json() as Json;
  };
  const fact = (key: string) => ownFacts[NUMERIC_INDEX.get(key)!]!;
  const productCount = async () => Number((await t.database.db.select({ n: count() }).from(products))[0]!.n);

  beforeAll(async () => {
    t = await createTestApp({ enterprises: 60 });
    bank = (await send('GET', '/me', 'officer')).json().organisation.id;
    const me = (await send('GET', '/me', 'enterprise')).json().organisation;
    own = { id: me.id, creditCode: me.creditCode };
    ownFacts = (await loadFacts(t.database.db, [own.id])).get(own.id)!.numbers;
    const insurer = (await send('GET', '/institutions?type=insurer', 'operator')).json().items[0].id;
    const user = await send('POST', '/users', 'operator', { email: 'officer2@insurer.example.com', displayName: '保险经理', password: 'a-long-password', role: 'institution_officer', organisationId: insurer });
    expect(user.statusCode, user.body).toBe(201);
    const login = await t.request('POST', '/api/v1/auth/login', { body: { email: 'officer2@insurer.example.com', password: 'a-long-password' } });
    otherOfficer = `kejin_session=${login.cookies.find((c) => c.name === 'kejin_session')!.value}`;
  });
  afterAll(() => t?.close());

  describe('facts and rule validation', () => {
    it('lists the facts rules may use, with operators and grade scales', async () => {
      const items = (await send('GET', '/match-facts', 'officer')).json().items as Json[];
      const byKey = new Map(items.map((f) => [f.key, f]));
      expect(byKey.get('grade')).toMatchObject({ kind: 'grade', scale: ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C'], ops: ['gte', 'lte'] });
      expect(byKey.get('tax_grade')).toMatchObject({ kind: 'grade', ops: ['gte', 'lte'] });
      expect(byKey.get('employees')).toMatchObject({ kind: 'number', unit: 'count', ops: ['gte', 'lte', 'between'] });
      expect(byKey.get('industry')).toMatchObject({ kind: 'code', ops: ['in', 'not_in'] });
      expect(byKey.get('stage')).toMatchObject({ kind: 'category', ops: ['in', 'not_in'] });
    });

    it('refuses invalid rules and terms with field paths, writing nothing', async () => {
      const before = await productCount();
      // Each: the field, its catalogue code and parameters (rules are numbered from 1 in words: rules.1 contradicts rule 1, the first).
      const grades = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C'];
      const cases: [Json, string, string, Json, RegExp][] = [
        [{ rules: [{ fact: 'grade', op: 'gte', value: 'B' }, { fact: 'employees', op: 'between', min: 50, max: 10 }] }, 'rules.1.min', 'rule.min_above_max', { min: 50, max: 10 }, /min 50 is greater than max 10/],
        [{ rules: [{ fact: 'unicorn_horns', op: 'gte', value: 1 }] }, 'rules.0.fact', 'rule.unknown_fact', { fact: 'unicorn_horns' }, /unknown fact/],
        [{ rules: [{ fact: 'employees', op: 'gte', value: 100 }, { fact: 'employees', op: 'lte', value: 20 }] }, 'rules.1', 'rule.contradicts_bounds', { other: 1, fact: 'employees', lo: '100', hi: '20' }, /contradicts rule 1/],
        [{ rules: [{ fact: 'stage', op: 'in', values: ['growth'] }, { fact: 'stage', op: 'not_in', values: ['growth'] }] }, 'rules.1', 'rule.contradicts_values', { other: 1, fact: 'stage' }, /contradicts rule 1/],
        [{ rules: [{ fact: 'grade', op: 'between', min: 1, max: 3 }] }, 'rules.0.op', 'rule.is_a_grade', { fact: 'grade' }, /grade/],
        [{ rules: [{ fact: 'grade', op: 'gte', value: 'Z' }] }, 'rules.0.value', 'rule.grade_value', { fact: 'grade', values: grades }, /AAA/],
        [{ rules: [{ fact: 'stage', op: 'in', values: ['teenage'] }] }, 'rules.0.values.0', 'rule.value_not_stage', { value: 'teenage' }, /not a stage/],
        [{ terms: { ...loan().terms, amountMinFen: 900_000_000 } }, 'terms.amountMinFen', 'product.amount_min_above_max', { min: '900000000', max: String(loan().terms.amountMaxFen) }, /greater than maximum/],
        [{ terms: { ...loan().terms, rate: null } }, 'terms.rate', 'product.rate_required', {}, /LPR/],
        [{ loanType: null }, 'loanType', 'product.loan_type_required', {}, /loan type/],
        [{ parkCodes: ['zhangjiang', 'atlantis'] }, 'parkCodes.1', 'product.park_unknown', { code: 'atlantis' }, /unknown park/],
      ];
      for (const [overrides, field, code, params, message] of cases) {
        const res = await send('POST', '/products', 'officer', loan(overrides));
        expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
        expect(res.json().error.details.category, res.body).toBe('invalid_input');
        const fields = res.json().error.details.fields as Json[];
        expect(fields, res.body).toContainEqual({ field, code, params, message: expect.stringMatching(message) });
      }
      expect(await productCount()).toBe(before);
    });

    it('asks the operator to name the institution, and refuses an officer naming another', async () => {
      const res = await send('POST', '/products', 'operator', loan());
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.fields[0].field).toBe('institutionId');
      const insurer = (await send('GET', '/institutions?type=insurer', 'operator')).json().items[0].id;
      expect((await send('POST', '/products', 'officer', loan({ institutionId: insurer }))).statusCode).toBe(403);
      const byOperator = await send('POST', '/products', 'operator', loan({ institutionId: bank }));
      expect(byOperator.statusCode, byOperator.body).toBe(201);
      expect(byOperator.json().institutionId).toBe(bank);
    });
  });

  describe('products', () => {
    it('creates a draft at version 1 with pending park requests, notifying the park, audited', async () => {
      const p = await create(loan({ parkCodes: ['zhangjiang', 'zizhu'] }));
      expect(p).toMatchObject({ institutionId: bank, institutionName: '科金示范银行', status: 'draft', version: 1, kind: 'loan', loanType: 'credit' });
      expect(p.terms).toMatchObject({ amountMinFen: 10_000_000, amountMaxFen: 500_000_000, feeRate: null, eligibleLoanTypes: [] });
      expect(p.parks.map((x: Json) => [x.parkCode, x.status])).toEqual([['zhangjiang', 'pending'], ['zizhu', 'pending']]);
      expect(p.yearlyCost).toBeCloseTo(0.03 + 0.007, 6); // LPR 1y 3.0% + mid spread 70bp
      const sent = await t.database.db
        .select({ kind: notifications.kind, type: organisations.type, parkId: organisations.parkId })
        .from(notifications)
        .innerJoin(organisations, eq(organisations.id, notifications.organisationId))
        .where(eq(notifications.link, `/products/${p.id}`));
      expect(sent).toHaveLength(2);
      expect(sent.every((n) => n.kind === 'product.pending' && n.type === 'park_operator')).toBe(true);
      const versions = (await send('GET', `/products/${p.id}/versions`, 'officer')).json().items;
      expect(versions).toEqual([expect.objectContaining({ version: 1, content: expect.objectContaining({ rules: p.rules }) })]);
      const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.targetId, p.id), eq(auditEvents.action, 'product.create')));
      expect(audit).toMatchObject({ actorEmail: 'officer@bank.kejin.demo', targetType: 'product' });
    });

    it('bumps the version and stores it when terms, preferences or rules change; not for a rename', async () => {
      const p = await create();
      const renamed = (await send('PATCH', `/products/${p.id}`, 'officer', { name: '科创信用贷（新）' })).json();
      expect([renamed.name, renamed.version]).toEqual(['科创信用贷（新）', 1]);
      const sameRules = await send('PATCH', `/products/${p.id}`, 'officer', { rules: [{ value: 'C', op: 'gte', fact: 'grade' }] });
      expect(sameRules.json().version).toBe(1);
      const terms = (await send('PATCH', `/products/${p.id}`, 'officer', { terms: { amountMaxFen: 800_000_000 } })).json();
      expect(terms.version).toBe(2);
      expect(terms.terms).toMatchObject({ amountMinFen: 10_000_000, amountMaxFen: 800_000_000, termMinMonths: 6 });
      const rules = (await send('PATCH', `/products/${p.id}`, 'officer', { rules: [{ fact: 'grade', op: 'gte', value: 'BB' }] })).json();
      expect(rules.version).toBe(3);
      const prefs = (await send('PATCH', `/products/${p.id}`, 'officer', { preferences: { stages: ['startup'] } })).json();
      expect(prefs.version).toBe(4);
      expect(prefs.preferences).toEqual({ industries: ['I65'], stages: ['startup'], regions: [], thesis: '' });
      const versions = (await send('GET', `/products/${p.id}/versions`, 'officer')).json().items as Json[];
      expect(versions.map((v) => v.version)).toEqual([4, 3, 2, 1]);
      expect(versions[2]!.content.terms.amountMaxFen).toBe(800_000_000);
      expect(versions[1]!.content.rules).toEqual([{ fact: 'grade', op: 'gte', value: 'BB' }]);
    });

    it('refuses an edit by another institution with 403 and writes nothing', async () => {
      const p = await create();
      const auditBefore = (await t.database.db.select({ n: count() }).from(auditEvents))[0]!.n;
      const res = await t.request('PATCH', `/api/v1/products/${p.id}`, { headers: { cookie: otherOfficer }, body: { terms: { amountMaxFen: 900_000_000 }, name: '被篡改' } });
      expect(res.statusCode, res.body).toBe(403);
      for (const action of ['publish', 'withdraw']) {
        expect((await t.request('POST', `/api/v1/products/${p.id}/${action}`, { headers: { cookie: otherOfficer } })).statusCode).toBe(403);
      }
      const [row] = await t.database.db.select().from(products).where(eq(products.id, p.id));
      expect([row!.name, row!.version, row!.amountMaxFen, row!.status]).toEqual([p.name, 1, 500_000_000n, 'draft']);
      expect((await t.database.db.select({ n: count() }).from(productVersions).where(eq(productVersions.productId, p.id)))[0]!.n).toBe(1);
      expect((await t.database.db.select({ n: count() }).from(auditEvents))[0]!.n).toBe(auditBefore);
    });

    it('rolls a patch back whole when one part is invalid', async () => {
      const p = await create();
      const res = await send('PATCH', `/products/${p.id}`, 'officer', { name: '新名字', parkCodes: ['nowhere'] });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.fields[0].field).toBe('parkCodes.0');
      const again = (await send('GET', `/products/${p.id}`, 'officer')).json();
      expect([again.name, again.parks.length]).toEqual([p.name, 1]);
    });

    it('runs the approval flow: park admins decide for their own park only, the institution is told, enterprises see it once published and approved', async () => {
      const p = await create(loan({ name: '审批流程测试贷' }));
      // A draft is the institution's own business; the park it asked sees it, other parks and enterprises do not.
      expect((await send('GET', `/products/${p.id}`, 'enterprise')).statusCode).toBe(404);
      expect((await send('GET', `/products/${p.id}`, 'otherParkAdmin')).statusCode).toBe(404);
      expect((await send('GET', `/products/${p.id}`, 'parkAdmin')).statusCode).toBe(200);
      const pending = (await send('GET', '/product-approvals?pageSize=100', 'parkAdmin')).json();
      expect(pending.items.find((i: Json) => i.id === p.id)).toMatchObject({ pendingPark: { parkCode: 'zhangjiang' } });
      expect((await send('GET', '/product-approvals?pageSize=100', 'otherParkAdmin')).json().items.find((i: Json) => i.id === p.id)).toBeUndefined();
      expect((await send('POST', `/products/${p.id}/parks/zhangjiang/decision`, 'otherParkAdmin', { approve: true })).statusCode).toBe(403);
      expect((await send('POST', `/products/${p.id}/parks/qingdao/decision`, 'otherParkAdmin', { approve: true })).statusCode).toBe(404);

      const decided = await send('POST', `/products/${p.id}/parks/zhangjiang/decision`, 'parkAdmin', { approve: true, note: '符合园区政策' });
      expect(decided.statusCode, decided.body).toBe(200);
      expect(decided.json().parks).toEqual([expect.objectContaining({ parkCode: 'zhangjiang', status: 'approved', note: '符合园区政策', decidedAt: expect.any(String) })]);
      const [told] = await t.database.db.select().from(notifications).where(and(eq(notifications.organisationId, bank), eq(notifications.kind, 'product.decided'), eq(notifications.link, `/products/${p.id}`)));
      expect(told).toMatchObject({ titleZh: expect.stringContaining('已批准'), details: expect.objectContaining({ parkCode: 'zhangjiang', status: 'approved' }) });
      expect((await send('GET', '/product-approvals?pageSize=100', 'parkAdmin')).json().items.find((i: Json) => i.id === p.id)).toBeUndefined();

      // Approved but still a draft: not offered yet.
      expect((await send('GET', `/products/${p.id}`, 'enterprise')).statusCode).toBe(404);
      await send('POST', `/products/${p.id}/publish`, 'officer');
      const seen = (await send('GET', `/products?q=${encodeURIComponent('审批流程')}`, 'enterprise')).json();
      expect(seen.items.map((i: Json) => i.id)).toEqual([p.id]);
      expect((await send('GET', `/products/${p.id}`, 'enterprise')).json().status).toBe('published');
      expect((await send('GET', `/products?q=${encodeURIComponent('审批流程')}`, 'otherParkAdmin')).json().total).toBe(0);

      const withdrawn = (await send('POST', `/products/${p.id}/withdraw`, 'officer')).json();
      expect(withdrawn.status).toBe('withdrawn');
      expect((await send('GET', `/products/${p.id}`, 'enterprise')).statusCode).toBe(404);
      const audit = await t.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.targetId, p.id));
      expect(audit.map((a) => a.action).sort()).toEqual(['product.approve', 'product.create', 'product.publish', 'product.withdraw']);
    });

    it('lets a rejected product be asked again, and tells the institution of the rejection', async () => {
      const p = await create();
      const rejected = (await send('POST', `/products/${p.id}/parks/zhangjiang/decision`, 'parkAdmin', { approve: false, note: '额度过高' })).json();
      expect(rejected.parks[0]).toMatchObject({ status: 'rejected', note: '额度过高' });
      const [told] = await t.database.db.select().from(notifications).where(and(eq(notifications.kind, 'product.decided'), eq(notifications.link, `/products/${p.id}`)));
      expect(told!.titleEn).toContain('rejected');
      const again = (await send('PATCH', `/products/${p.id}`, 'officer', { parkCodes: ['zhangjiang'] })).json();
      expect(again.parks[0]).toMatchObject({ status: 'pending', note: null });
    });

    it('filters and sorts the supermarket, and shows officers their own drafts with mine=true', async () => {
      const cheap = await offered(loan({ name: '筛选测试低息贷', terms: { ...loan().terms, rate: { lprTenor: '1y', spreadMinBp: -20, spreadMaxBp: 0 }, security: ['ip_pledge'], turnaroundDays: 9 } }));
      const dear = await offered(loan({ name: '筛选测试高息贷', terms: { ...loan().terms, rate: { lprTenor: '5y', spreadMinBp: 200, spreadMaxBp: 300 }, amountMaxFen: 50_000_000, turnaroundDays: 2 } }));
      const guarantee = await offered({
        ...loan({ name: '筛选测试担保', kind: 'guarantee', loanType: null }),
        terms: { amountMinFen: 10_000_000, amountMaxFen: 300_000_000, feeRate: 0.01, coverRatio: 0.8, security: ['none'], turnaroundDays: 3, eligibleLoanTypes: ['credit'] },
      });
      const q = `q=${encodeURIComponent('筛选测试')}`;
      const list = async (query: string) => ((await send('GET', `/products?${q}&${query}`, 'enterprise')).json().items as Json[]).map((i) => i.id);
      expect(await list('sort=cost')).toEqual([guarantee.id, cheap.id, dear.id]);
      expect(await list('sort=turnaround')).toEqual([dear.id, guarantee.id, cheap.id]);
      expect(await list('kind=loan&sort=cost')).toEqual([cheap.id, dear.id]);
      expect(await list('amountFen=100000000&sort=cost')).toEqual([guarantee.id, cheap.id]);
      expect(await list('security=ip_pledge')).toEqual([cheap.id]);
      expect(await list('termMonths=48')).toEqual([]);
      expect(await list(`institutionId=${bank}&loanType=credit&sort=cost`)).toEqual([cheap.id, dear.id]);

      const draft = await create(loan({ name: '筛选测试草稿' }));
      const mine = ((await send('GET', `/products?${q}&mine=true&status=draft`, 'officer')).json().items as Json[]).map((i) => i.id);
      expect(mine).toEqual([draft.id]);
      expect(await list('status=draft')).toEqual([]);
      const other = await t.request('GET', `/api/v1/products?${q}&mine=true`, { headers: { cookie: otherOfficer } });
      expect(other.json().total).toBe(0);
    });
  });

  describe('preview and matching', () => {
    it('previews eligible counts per park with the same rules as the leads', async () => {
      const parkTotals = await t.database.db.select({ park: matchFacts.parkCode, n: count() }).from(matchFacts).groupBy(matchFacts.parkCode);
      const all = (await send('POST', '/products/preview', 'officer', { rules: [] })).json();
      expect(all.total).toBe(parkTotals.reduce((s, p) => s + Number(p.n), 0));
      expect(all.eligible).toBe(all.total);
      for (const p of all.byPark as Json[]) expect(p.total).toBe(Number(parkTotals.find((x) => x.park === p.parkCode)?.n ?? 0));

      const rules = [{ fact: 'grade', op: 'gte', value: 'BBB' }];
      const preview = (await send('POST', '/products/preview', 'officer', { rules, parkCodes: ['zhangjiang'] })).json();
      expect(preview.byPark).toHaveLength(1);
      expect(preview.eligible).toBeLessThanOrEqual(preview.total);
      const product = await offered(loan({ rules }));
      const leads = (await send('GET', `/products/${product.id}/leads?pageSize=100`, 'officer')).json();
      expect(leads.total).toBe(preview.eligible);

      const none = (await send('POST', '/products/preview', 'officer', { rules: [{ fact: 'employees', op: 'gte', value: 1e9 }] })).json();
      expect(none.eligible).toBe(0);
      const bad = await send('POST', '/products/preview', 'officer', { rules: [{ fact: 'score', op: 'between', min: 800, max: 300 }] });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error).toMatchObject({ code: 'rule.min_above_max', details: { category: 'invalid_input', params: { min: 800, max: 300, field: 'rules.0.min' } } });
      expect(bad.json().error.details.fields).toEqual([{ field: 'rules.0.min', code: 'rule.min_above_max', params: { min: 800, max: 300 }, message: 'min 800 is greater than max 300' }]);
      expect((await send('POST', '/products/preview', 'enterprise', { rules: [] })).statusCode).toBe(403);
    });

    it('ranks an enterprise’s matches: eligible first by score, then near-misses by fewest unmet, with advice', async () => {
      const employees = fact('employees');
      const score = fact('score');
      const eligibleA = await offered(loan({ name: '匹配测试甲', rules: [{ fact: 'score', op: 'gte', value: score - 200 }] }));
      const eligibleB = await offered(loan({ name: '匹配测试乙', rules: [{ fact: 'score', op: 'gte', value: score }], terms: { ...loan().terms, rate: { lprTenor: '5y', spreadMinBp: 300, spreadMaxBp: 400 } } }));
      const oneMiss = await offered(loan({ name: '匹配测试丙', rules: [{ fact: 'employees', op: 'gte', value: employees + 5 }] }));
      const twoMisses = await offered(loan({ name: '匹配测试丁', rules: [{ fact: 'employees', op: 'gte', value: employees + 5 }, { fact: 'score', op: 'gte', value: score + 1 }] }));
      const elsewhere = await create(loan({ name: '匹配测试戊', parkCodes: ['qingdao'] }));
      await send('POST', `/products/${elsewhere.id}/publish`, 'officer');

      const res = await send('GET', `/enterprises/${own.creditCode}/matches?pageSize=100`, 'enterprise');
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.ratedAt).toEqual(expect.any(String));
      const items = body.items as Json[];
      const ids = items.map((i) => i.productId);
      expect(ids).not.toContain(elsewhere.id);
      const firstMiss = items.findIndex((i) => !i.eligible);
      expect(items.slice(0, firstMiss).every((i) => i.eligible)).toBe(true);
      expect(items.slice(firstMiss).every((i) => !i.eligible)).toBe(true);
      expect(body.eligibleCount).toBe(firstMiss);
      for (let i = 1; i < firstMiss; i++) expect(items[i - 1]!.score).toBeGreaterThanOrEqual(items[i]!.score);
      for (let i = firstMiss + 1; i < items.length; i++) expect(items[i - 1]!.unmet.length).toBeLessThanOrEqual(items[i]!.unmet.length);
      expect(ids.indexOf(eligibleA.id)).toBeLessThan(ids.indexOf(eligibleB.id)); // the wider margin and the cheaper rate
      expect(ids.indexOf(oneMiss.id)).toBeLessThan(ids.indexOf(twoMisses.id));

      const a = items.find((i) => i.productId === eligibleA.id)!;
      expect(a).toMatchObject({ institutionId: bank, institutionName: '科金示范银行', productName: '匹配测试甲', kind: 'loan', loanType: 'credit', eligible: true, unmet: [] });
      expect(a.reasons.join('\n')).toMatch(/信用评分/);
      const miss = items.find((i) => i.productId === oneMiss.id)!;
      expect(miss.reasons).toEqual([]);
      expect(miss.unmet).toEqual([{ rule: `employees ≥ ${employees + 5}`, fact: 'employees', actual: employees, required: `≥ ${employees + 5}`, advice: `再增加5项职工人数（目前${employees}）` }]);

      const en = (await send('GET', `/enterprises/${own.creditCode}/matches?eligible=false&lang=en&pageSize=100`, 'enterprise')).json();
      expect(en.items.every((i: Json) => !i.eligible)).toBe(true);
      expect(en.items.find((i: Json) => i.productId === oneMiss.id).unmet[0].advice).toBe(`5 more employees (now ${employees})`);
      expect(en.items.find((i: Json) => i.productId === eligibleA.id)).toBeUndefined();
      expect(en.items.find((i: Json) => i.productId === oneMiss.id).productName).toBe('Tech credit loan');

      const paged = (await send('GET', `/enterprises/${own.creditCode}/matches?pageSize=2&page=2`, 'enterprise')).json();
      expect(paged.items.map((i: Json) => i.productId)).toEqual(ids.slice(2, 4));
      expect(paged.total).toBe(items.length);
      const equity = (await send('GET', `/enterprises/${own.creditCode}/matches?kind=equity&pageSize=100`, 'enterprise')).json();
      expect(equity.items.every((i: Json) => i.kind === 'equity')).toBe(true);
      expect(equity.eligibleCount).toBe(equity.items.filter((i: Json) => i.eligible).length);
    });

    it('lets the park admin and operator read matches, not another park or an institution; 409 before a rating', async () => {
      expect((await send('GET', `/enterprises/${own.creditCode}/matches`, 'parkAdmin')).statusCode).toBe(200);
      expect((await send('GET', `/enterprises/${own.creditCode}/matches`, 'operator')).statusCode).toBe(200);
      expect((await send('GET', `/enterprises/${own.creditCode}/matches`, 'otherParkAdmin')).statusCode).toBe(403);
      expect((await send('GET', `/enterprises/${own.creditCode}/matches`, 'officer')).statusCode).toBe(403);
      const other = (await send('GET', '/enterprises?pageSize=2', 'parkAdmin')).json().items.find((e: Json) => e.creditCode !== own.creditCode);
      await t.database.db.delete(matchFacts).where(eq(matchFacts.enterpriseId, other.id));
      const res = await send('GET', `/enterprises/${other.creditCode}/matches`, 'parkAdmin');
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toMatch(/not rated yet/);
    });

    it('gives leads masked and banded without a grant, in full with one', async () => {
      const product = await offered(loan({ name: '线索测试贷', rules: [{ fact: 'score', op: 'gte', value: fact('score') - 1 }] }));
      const leadsOf = async () => (await send('GET', `/products/${product.id}/leads?pageSize=100`, 'officer')).json() as Json;
      const before = await leadsOf();
      expect(before.total).toBeGreaterThan(0);
      expect(before.items.every((l: Json) => l.parkCode === 'zhangjiang')).toBe(true);
      for (let i = 1; i < before.items.length; i++) expect(before.items[i - 1].score).toBeGreaterThanOrEqual(before.items[i].score);
      const maskedOwn = `${own.creditCode.slice(0, 4)}********${own.creditCode.slice(-4)}`;
      const mine = before.items.find((l: Json) => l.creditCode === maskedOwn);
      expect(mine).toMatchObject({ name: '某科技企业', granted: false, grade: expect.stringMatching(/^[ABC]$/) });
      for (const l of before.items as Json[]) if (!l.granted) expect([l.name, l.grade.length]).toEqual(['某科技企业', 1]);

      const grant = await send('POST', `/enterprises/${own.creditCode}/grants`, 'enterprise', { institutionId: bank, categories: ['financials'], purpose: '授信审查', expiresOn: `${new Date().getFullYear() + 1}-12-31` });
      expect(grant.statusCode, grant.body).toBe(201);
      const after = await leadsOf();
      const rating = (await send('GET', `/enterprises/${own.creditCode}/rating`, 'enterprise')).json();
      expect(after.items.find((l: Json) => l.creditCode === own.creditCode)).toMatchObject({ granted: true, grade: rating.grade, name: expect.not.stringMatching(/某科技企业/) });

      await send('DELETE', `/grants/${grant.json().id}`, 'enterprise');
      expect((await leadsOf()).items.find((l: Json) => l.creditCode === own.creditCode)).toBeUndefined();
      expect((await send('GET', `/products/${product.id}/leads`, 'operator')).statusCode).toBe(200);
      expect((await t.request('GET', `/api/v1/products/${product.id}/leads`, { headers: { cookie: otherOfficer } })).statusCode).toBe(403);
      expect((await send('GET', `/products/${product.id}/leads`, 'enterprise')).statusCode).toBe(403);
    });
  });

  describe('full match runs', () => {
    it('runs in the background, one at a time, and stores each enterprise’s top matches', async () => {
      const runs = t.app.kejin.matchRuns;
      const ctx = { database: t.database, actor: systemActor(), clientAddress: null, now: () => new Date(), timezone: 'Asia/Shanghai' };
      // Two at once: the jobs table's singleton key lets exactly one through (on either driver).
      const both = await Promise.allSettled([runs.start(ctx), runs.start(ctx)]);
      expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(both.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'job.already_active', category: 'conflict', params: { kind: MATCH_JOB } } });
      await runs.idle();
      const res = await send('POST', '/match-runs', 'operator');
      expect(res.statusCode, res.body).toBe(202);
      expect(res.json()).toMatchObject({ id: expect.any(String), status: 'running' });
      await runs.idle();

      const list = (await send('GET', '/match-runs', 'operator')).json().items as Json[];
      expect(list[0]).toMatchObject({ id: res.json().id, trigger: 'on_demand', status: 'done', error: null, finishedAt: expect.any(String) });
      const enterprises = Number((await t.database.db.select({ n: count() }).from(matchFacts))[0]!.n);
      expect(list[0]!.enterprises).toBe(enterprises);
      expect(list[0]!.products).toBeGreaterThan(0);
      expect(list[0]!.eligiblePairs).toBeGreaterThan(0);
      expect(list.filter((r) => r.status === 'done')).toHaveLength(2);

      const stored = await t.database.db.select().from(topMatches).where(eq(topMatches.enterpriseId, own.id)).orderBy(topMatches.rank);
      const matches = (await send('GET', `/enterprises/${own.creditCode}/matches?eligible=true&pageSize=100`, 'enterprise')).json();
      const topN = t.config.matching.topN;
      expect(stored.map((s) => s.productId)).toEqual(matches.items.slice(0, topN).map((m: Json) => m.productId));
      expect(stored.map((s) => s.rank)).toEqual(stored.map((_s, i) => i + 1));
      expect(stored.every((s) => s.runId === res.json().id && s.eligibleProducts === matches.eligibleCount)).toBe(true);
      for (const [i, s] of stored.entries()) expect(s.score).toBeCloseTo(matches.items[i].score, 3);
      const all = await t.database.db.select({ n: count() }).from(topMatches).where(inArray(topMatches.runId, [list[1]!.id]));
      expect(Number(all[0]!.n)).toBe(0); // the earlier run's rows were replaced
    });

    it('runs nightly at the configured time in the business time zone, as a job of the job system', async () => {
      // A job system of its own on the test's database, on a clock 300 ms before 02:30 Beijing time.
      const soon = new Date('2026-03-14T02:29:59.700+08:00');
      const jobs = new JobSystem({ database: t.database, provider: new InProcessProvider({ now: () => soon, timeZone: 'Asia/Shanghai' }), now: () => soon });
      const runs = new MatchRuns(t.app.kejin.market, jobs);
      await jobs.start();
      try {
        await runs.scheduleNightly(t.database, () => soon, '02:30');
        const nightly = async () => ((await send('GET', '/match-runs', 'operator')).json().items as Json[]).find((r) => r.trigger === 'nightly');
        await expect.poll(nightly, { timeout: 10_000 }).toBeDefined();
        await runs.idle();
        expect(await nightly()).toMatchObject({ status: 'done', startedAt: soon.toISOString() });
        const job = (await send('GET', '/jobs?kind=match.full', 'operator')).json().items.find((j: Json) => j.trigger === 'schedule');
        expect(job).toMatchObject({ status: 'succeeded', createdAt: soon.toISOString(), result: { enterprises: expect.any(Number) } });
      } finally {
        await jobs.stop();
      }
    });
  });
});
