// Every "only one" rule, raced: N requests at once (on PostgreSQL over several connections, so
// they really overlap; PGlite runs them one after another), then the rows are counted. The
// verdicts are counts, never timings: whichever request wins, exactly one does.
import { and, count, eq, inArray, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type DemoRole, type TestApp } from '../app.ts';
import { freshCreditCode } from '../codes.ts';
import { openTestDatabase } from '../database.ts';
import { applications, enterprises, fundraisingDocuments, grants, investorProfiles, ipItems, loans, modelVersions, needTakeUps, notificationPreferences, organisations, parks, productParks, products, productVersions, repayments, ruleSets, topMatches, users } from '../../src/db/schema/index.ts';
import { insertApplication } from '../../src/db/repositories/applications.ts';
import { insertMatchRun, replaceTopMatches } from '../../src/db/repositories/matching.ts';
import { systemActor } from '../../src/domain/access/actor.ts';
import { CRITERIA_RULE_SETS } from '../../src/domain/profile/criteria/index.ts';
import { STAR_RULE_SETS } from '../../src/domain/equity/star/index.ts';
import { EXPERT_MODEL_V1 } from '../../src/domain/rating/expert-model.ts';
import { DomainError } from '../../src/domain/shared/errors.ts';
import { installBuiltInRuleSets } from '../../src/services/profile/rule-sets.ts';
import { installExpertModel } from '../../src/services/rating/score-enterprises.ts';
import { mutate } from '../../src/services/shared/context.ts';
import { newId } from '../../src/services/shared/ids.ts';
import { multipart } from '../multipart.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const N = 20;
const YUAN = 100;
const DAY = 86_400_000;

const race = <T>(n: number, call: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => call(i)));
const statuses = (responses: LightMyRequestResponse[]) => responses.map((r) => r.statusCode).sort();
/**
 * Exactly one response has the winning status, all the others are 409 conflicts with one of the
 * given codes: the service's own check, or (on PostgreSQL, when a loser got past the check) the
 * unique index's `unique.<rule>`.
 */
function oneWinner(responses: LightMyRequestResponse[], won: number, codes: readonly string[]) {
  const winners = responses.filter((r) => r.statusCode === won);
  expect(winners, responses.map((r) => r.body).join('\n')).toHaveLength(1);
  for (const r of responses.filter((x) => x !== winners[0])) {
    expect(r.statusCode, r.body).toBe(409);
    const { error } = r.json();
    expect(codes, r.body).toContain(error.code);
    expect(error.details.category, r.body).toBe('conflict');
  }
  return winners[0]!;
}

describe('only-one rules under concurrent requests', () => {
  let t: TestApp;
  let bank: string;
  let zhangjiang: string;
  let ownId: string;
  let ownCode: string;

  const send = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, as: DemoRole, body?: unknown, headers?: Record<string, string>) => t.request(method, `/api/v1${url}`, { as, body, headers });
  const rows = async (table: PgTable, where?: SQL) => Number((await t.database.db.select({ n: count() }).from(table).where(where))[0]!.n);

  /** A published loan product of the institution, approved in zhangjiang. */
  const offer = async (institutionId = bank) => {
    const id = newId();
    const now = new Date();
    await t.database.db.insert(products).values({
      id, institutionId, kind: 'loan', loanType: 'credit', name: '并发测试贷', nameEn: 'Race test loan', status: 'published',
      amountMinFen: 100_000n * 100n, amountMaxFen: 5_000_000n * 100n, termMinMonths: 6, termMaxMonths: 36, turnaroundDays: 5,
      terms: { rate: { lprTenor: '1y', spreadMinBp: 0, spreadMaxBp: 100 }, feeRate: null, coverRatio: null, repaymentMethods: ['equal_instalment'], security: ['none'], eligibleLoanTypes: [] },
      preferences: { industries: [], stages: [], regions: [], thesis: '' }, rules: [], createdAt: now, updatedAt: now,
    });
    await t.database.db.insert(productVersions).values({ id: newId(), productId: id, version: 1, content: {}, createdAt: now });
    await t.database.db.insert(productParks).values({ productId: id, parkId: zhangjiang, status: 'approved', requestedAt: now, decidedAt: now });
    return id;
  };
  const apply = (productId: string, key?: string) =>
    send('POST', '/applications', 'enterprise', { productId, amountFen: 1_000_000 * YUAN, termMonths: 12, purpose: '流动资金' }, key ? { 'idempotency-key': key } : undefined);

  beforeAll(async () => {
    t = await createTestApp({ enterprises: 12 });
    bank = (await send('GET', '/me', 'officer')).json().organisation.id;
    const me = (await send('GET', '/me', 'enterprise')).json().organisation;
    [ownId, ownCode] = [me.id, me.creditCode];
    zhangjiang = (await t.database.db.select().from(parks).where(eq(parks.code, 'zhangjiang')))[0]!.id;
  });
  afterAll(() => t?.close());

  it('one open application per enterprise and product: twenty submits with different keys make one', async () => {
    const product = await offer();
    const responses = await race(N, (i) => apply(product, `tab-${i}`));
    oneWinner(responses, 201, ['application.already_open', 'unique.one_open_application_per_product']);
    expect(await rows(applications, eq(applications.productId, product))).toBe(1);
  });

  it('one application per Idempotency-Key: twenty retries of one submit give back the one application', async () => {
    const product = await offer();
    const responses = await race(N, () => apply(product, 'one-key'));
    expect(statuses(responses), responses.map((r) => r.body).join('\n')).toEqual([...Array(N - 1).fill(200), 201]);
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
    expect(await rows(applications, eq(applications.productId, product))).toBe(1);
  });

  it('the index refuses a second open application that gets past the check, as a 409 naming the rule', async () => {
    const product = await offer();
    const first = (await apply(product)).json();
    const ctx = { database: t.database, actor: systemActor(), clientAddress: null, now: () => new Date(), timezone: 'Asia/Shanghai' };
    const [row] = await t.database.db.select().from(applications).where(eq(applications.id, first.id));
    const copy = { ...row!, id: newId(), idempotencyKey: null };
    const refused = await mutate(ctx, async (tx) => ({ result: await insertApplication(tx, copy), audit: { action: 'test', targetType: 'application', targetId: copy.id } })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({
      code: 'unique.one_open_application_per_product',
      category: 'conflict',
      message: 'You already have an open application to this product',
      details: { category: 'conflict', rule: 'one_open_application_per_product', fields: [{ field: 'productId', code: 'unique.one_open_application_per_product' }] },
    });
    // Once it is no longer open (withdrawn), the enterprise may apply again.
    const withdrawn = await send('POST', `/applications/${first.id}/transitions`, 'enterprise', { to: 'withdrawn', version: 1 });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await apply(product)).statusCode).toBe(201);
  });

  it('applying grants consent once per institution: ten applications at once to its ten products share one grant', async () => {
    const institution = newId();
    await t.database.db.insert(organisations).values({ id: institution, type: 'bank', name: '并发测试银行', creditCode: freshCreditCode() });
    const offered = await race(10, () => offer(institution));
    const responses = await race(10, (i) => apply(offered[i]!));
    expect(statuses(responses), responses.map((r) => r.body).join('\n')).toEqual(Array(10).fill(201));
    const given = await t.database.db.select().from(grants).where(and(eq(grants.enterpriseId, ownId), eq(grants.institutionId, institution)));
    expect(given).toHaveLength(1);
    expect(new Set(responses.map((r) => r.json().grantId))).toEqual(new Set([given[0]!.id]));
  });

  it('a need is taken up once per institution', async () => {
    await offer();
    const posted = await send('POST', '/needs', 'enterprise', { kind: 'loan', amountFen: 500_000 * YUAN, termMonths: 12, purpose: '采购研发设备', offers: ['ip_pledge'] });
    expect(posted.statusCode, posted.body).toBe(201);
    const need = posted.json().id;
    const responses = await race(N, () => send('POST', `/needs/${need}/take-up`, 'officer', {}));
    oneWinner(responses, 200, ['need.already_taken_up']);
    expect(await rows(needTakeUps, eq(needTakeUps.needId, need))).toBe(1);
  });

  it('a repayment reference is recorded once per loan', async () => {
    const product = await offer();
    const a = (await apply(product)).json();
    const move = (body: Json) => send('POST', `/applications/${a.id}/transitions`, 'officer', body);
    expect((await move({ to: 'approved', version: 1, approval: { amountFen: 1_000_000 * YUAN, spreadBp: 35, termMonths: 12 } })).statusCode).toBe(200);
    // Approved a few days ago, disbursed two days ago: dates that hold in any time zone.
    await t.database.db.update(applications).set({ decidedAt: new Date(Date.now() - 4 * DAY) }).where(eq(applications.id, a.id));
    expect((await move({ to: 'contract_signed', version: 2 })).statusCode).toBe(200);
    const disbursedOn = new Date(Date.now() - 2 * DAY).toISOString().slice(0, 10);
    const disbursed = await move({ to: 'disbursed', version: 3, loan: { amountFen: 1_000_000 * YUAN, spreadBp: 35, termMonths: 12, method: 'equal_instalment', disbursedOn } });
    expect(disbursed.statusCode, disbursed.body).toBe(200);
    const [loan] = await t.database.db.select().from(loans).where(eq(loans.applicationId, a.id));
    const responses = await race(N, () => send('POST', `/loans/${loan!.id}/repayments`, 'officer', { amountFen: 1000 * YUAN, paidOn: disbursedOn, reference: 'BANK-REF-1' }));
    oneWinner(responses, 201, ['repayment.reference_taken']);
    expect(await rows(repayments, eq(repayments.loanId, loan!.id))).toBe(1);
  });

  it('an organisation has one investor profile: twenty first saves at once leave one, the losers told to edit it', async () => {
    const fund = await send('POST', '/institutions', 'operator', { name: '上海并发测试创业投资有限公司', type: 'vc_fund', creditCode: freshCreditCode('310000'), regionCode: '310000' });
    expect(fund.statusCode, fund.body).toBe(201);
    const officer = await send('POST', '/users', 'operator', { email: 'race-investor@example.com', displayName: '并发', password: 'kejin-demo', role: 'institution_officer', organisationId: fund.json().id });
    expect(officer.statusCode, officer.body).toBe(201);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'race-investor@example.com', password: 'kejin-demo' } });
    const cookie = `kejin_session=${login.cookies.find((c) => c.name === 'kejin_session')!.value}`;
    const body = { thesis: '并发', stages: ['seed'], industryCodes: ['I6520'], regionCodes: [], parkIds: [], ticketMinFen: 0, ticketMaxFen: 100, fundSizeFen: null, managerRegistrationNo: null, fundRecordCodes: [], website: null, team: [], portfolio: [] };
    const responses = await race(N, () => t.app.inject({ method: 'PUT', url: '/api/v1/me/investor-profile', headers: { cookie }, payload: body }));
    // A save after the first one committed updates it (200); one that raced past the check is refused by the index.
    for (const r of responses.filter((x) => x.statusCode !== 200)) {
      expect(r.statusCode, r.body).toBe(409);
      expect(r.json().error.code).toBe('unique.one_investor_profile_per_organisation');
    }
    expect(await rows(investorProfiles, eq(investorProfiles.organisationId, fund.json().id))).toBe(1);
  });

  it('a user e-mail is registered once (in any case)', async () => {
    // Ten, not twenty: each request hashes a password first.
    const responses = await race(10, (i) => send('POST', '/users', 'operator', { email: i % 2 ? 'Race@Kejin.test' : 'race@kejin.test', displayName: `并发${i}`, password: 'correct horse battery', role: 'institution_officer', organisationId: bank }));
    oneWinner(responses, 201, ['user.email_taken']);
    expect(await rows(users, eq(users.email, 'race@kejin.test'))).toBe(1);
  });

  it('a park code is registered once', async () => {
    const responses = await race(N, () => send('POST', '/parks', 'operator', { code: 'race-park', name: '并发园区', nameEn: 'Race Park', regionCode: '310115' }));
    oneWinner(responses, 201, ['park.code_taken']);
    expect(await rows(parks, eq(parks.code, 'race-park'))).toBe(1);
  });

  it('a credit code is registered once', async () => {
    const creditCode = freshCreditCode();
    const enterprise = {
      creditCode, name: '上海并发测试有限公司', parkId: zhangjiang, industryCode: 'C3973', regionCode: '310115', foundedOn: '2018-03-15',
      registeredCapitalFen: 1_000_000_000, employees: 120, legalRepresentative: '周杰', address: '上海市浦东新区张江路88号',
    };
    const responses = await race(N, () => send('POST', '/enterprises', 'parkAdmin', enterprise));
    oneWinner(responses, 201, ['organisation.credit_code_taken']);
    expect(await rows(organisations, eq(organisations.creditCode, creditCode))).toBe(1);
  });

  it('an IP item belongs to one enterprise: ten enterprises claiming one patent at once, one keeps it', async () => {
    const claimants = (await send('GET', '/enterprises?pageSize=10', 'parkAdmin')).json().items.map((e: Json) => e.creditCode as string).filter((c: string) => c !== ownCode).slice(0, 5);
    expect(claimants.length).toBe(5);
    const item = { kind: 'invention_patent', number: 'ZL202099999999.1', title: '并发专利', status: 'granted', appliedOn: '2020-01-01', grantedOn: '2021-06-01' };
    const responses = await race(claimants.length, (i) => send('PUT', `/enterprises/${claimants[i]}/profile/ip`, 'parkAdmin', { items: [item] }));
    const winner = oneWinner(responses, 200, ['profile.ip_taken']);
    const held = await t.database.db.select().from(ipItems).where(and(eq(ipItems.kind, item.kind), eq(ipItems.number, item.number)));
    expect(held).toHaveLength(1);
    const winnerCode = claimants[responses.indexOf(winner)];
    const [owner] = await t.database.db.select().from(organisations).where(eq(organisations.id, held[0]!.enterpriseId));
    expect(owner!.creditCode).toBe(winnerCode);
  });

  it('concurrent product changes each make their own version, numbered without gaps', async () => {
    const product = await offer();
    const responses = await race(10, (i) => send('PATCH', `/products/${product}`, 'officer', { rules: [{ fact: 'employees', op: 'gte', value: i + 1 }] }));
    expect(statuses(responses), responses.map((r) => r.body).join('\n')).toEqual(Array(10).fill(200));
    const versions = await t.database.db.select({ v: productVersions.version }).from(productVersions).where(eq(productVersions.productId, product));
    expect(versions.map((r) => r.v).sort((a, b) => a - b)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect((await t.database.db.select().from(products).where(eq(products.id, product)))[0]!.version).toBe(11);
  });

  it('one stored set of top matches: five runs replacing it at once take turns', async () => {
    const product = await offer();
    const firms = (await t.database.db.select({ id: enterprises.organisationId, parkId: enterprises.parkId }).from(enterprises).limit(3));
    const runs = await race(5, async () => {
      const id = newId();
      await insertMatchRun(t.database.db, { id, trigger: 'on_demand', status: 'running', startedAt: new Date() });
      return id;
    });
    const written = await race(runs.length, (i) =>
      t.database.db.transaction((tx) => replaceTopMatches(tx, firms.map((f) => ({ enterpriseId: f.id, rank: 1, parkId: f.parkId, productId: product, score: 0.5, runId: runs[i]!, eligibleProducts: 1 })))),
    );
    expect(written).toEqual(Array(runs.length).fill(firms.length));
    expect(await rows(topMatches)).toBe(firms.length);
  });

  it('one pitch deck per enterprise: ten uploads at once each replace the one before, one deck stays', async () => {
    const deck = (i: number) => Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n% ${i}\n`);
    const responses = await race(10, (i) => {
      const body = multipart({ kind: 'pitch_deck' }, { name: `deck-${i}.pdf`, content: deck(i) });
      return t.request('POST', `/api/v1/enterprises/${ownCode}/fundraising/documents`, { as: 'enterprise', body: body.payload, headers: body.headers });
    });
    expect(statuses(responses), responses.map((r) => r.body).join('\n')).toEqual(Array(10).fill(201));
    expect(await rows(fundraisingDocuments, and(eq(fundraisingDocuments.enterpriseId, ownId), eq(fundraisingDocuments.kind, 'pitch_deck')))).toBe(1);
  });

  it('one preference per user and topic: twenty settings at once leave one row', async () => {
    const responses = await race(N, (i) => send('PUT', '/me/notification-preferences', 'officer', { topics: [{ topic: 'decisions', inApp: true, email: i % 2 === 0 }] }));
    expect(statuses(responses), responses.map((r) => r.body).join('\n')).toEqual(Array(N).fill(200));
    const officer = (await send('GET', '/me', 'officer')).json().user.id;
    const stored = await t.database.db.select().from(notificationPreferences).where(and(eq(notificationPreferences.userId, officer), eq(notificationPreferences.topic, 'decisions')));
    expect(stored).toHaveLength(1);
  });

  describe('one active model', () => {
    const draft = async (name: string) => {
      const id = newId();
      await t.database.db.insert(modelVersions).values({ id, kind: 'expert', version: name, parameters: EXPERT_MODEL_V1, status: 'draft' });
      return id;
    };
    const active = () => t.database.db.select().from(modelVersions).where(eq(modelVersions.status, 'active'));
    let original: string;
    beforeAll(async () => {
      original = (await active())[0]!.id;
    });
    afterAll(async () => {
      await send('POST', `/models/${original}/activate`, 'operator'); // later files' ratings read the expert model
    });

    it('twenty activations of one version: one activates it, the others are told it is active', async () => {
      const id = await draft('race-same');
      const responses = await race(N, () => send('POST', `/models/${id}/activate`, 'operator'));
      oneWinner(responses, 200, ['model.already_active']);
      expect((await active()).map((m) => m.id)).toEqual([id]);
    });

    it('activating several versions at once leaves exactly one active, one that was answered 200', async () => {
      const ids = await race(5, (i) => draft(`race-${i}`));
      const responses = await race(ids.length, (i) => send('POST', `/models/${ids[i]}/activate`, 'operator'));
      const won = ids.filter((_, i) => responses[i]!.statusCode === 200);
      expect(won.length, responses.map((r) => r.body).join('\n')).toBeGreaterThanOrEqual(1);
      for (const r of responses.filter((x) => x.statusCode !== 200)) {
        expect(r.statusCode, r.body).toBe(409);
        expect(r.json().error).toMatchObject({ code: 'unique.one_active_model', details: { category: 'conflict' } });
      }
      const now = await active();
      expect(now).toHaveLength(1);
      expect(won).toContain(now[0]!.id);
      expect(await rows(modelVersions, and(inArray(modelVersions.id, ids), eq(modelVersions.status, 'draft')))).toBe(ids.length - won.length);
    });
  });
});

describe('installing built-ins from several processes at once', () => {
  it('installs each rule set and the expert model once', async () => {
    const database = await openTestDatabase();
    try {
      const installed = await race(5, () => installBuiltInRuleSets(database));
      await race(5, () => installExpertModel(database));
      const builtIn = CRITERIA_RULE_SETS.length + STAR_RULE_SETS.length;
      expect(installed.reduce((a, b) => a + b, 0)).toBe(builtIn);
      expect(Number((await database.db.select({ n: count() }).from(ruleSets))[0]!.n)).toBe(builtIn);
      const models = await database.db.select().from(modelVersions);
      expect(models.map((m) => [m.version, m.status])).toEqual([[EXPERT_MODEL_V1.version, 'active']]);
    } finally {
      await database.drop();
    }
  });
});
