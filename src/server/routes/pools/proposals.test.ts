// Registrations proposed at disbursement: a loan the partner bank disburses is proposed to every
// active pool whose rules take it (and to no other), the bank is told, and its officer confirms
// (decided again then) or declines; only registered loans count for coverage.
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type DemoRole, type TestApp } from '../../../../test/app.ts';
import { applications, auditEvents, loans, notifications, parks, poolLoans, productParks, products } from '../../../db/schema/index.ts';
import { businessDateOf } from '../../../domain/shared/business-time.ts';
import { newId } from '../../../services/shared/ids.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const DAY = 86_400_000;
const daysAgo = (n: number) => businessDateOf(new Date(Date.now() - n * DAY), 'Asia/Shanghai');
const REVIEW = { filing: { workingDays: 5, documents: [] }, review: { workingDays: 5, documents: [] }, approval: { workingDays: 5, documents: [] } };

describe('pool registrations proposed at disbursement', () => {
  let t: TestApp;
  let bank: string;
  let product: string;
  const send = (method: 'GET' | 'POST', url: string, as: DemoRole, body?: unknown) => t.request(method, `/api/v1${url}`, { as, body });
  const ok = async (method: 'GET' | 'POST', url: string, as: DemoRole, body?: unknown, status = method === 'GET' ? 200 : 201) => {
    const res = await send(method, url, as, body);
    expect(res.statusCode, res.body).toBe(status);
    return res.json() as Json;
  };
  const refused = async (url: string, as: DemoRole, status: number, code: string) => {
    const r = await send('POST', url, as);
    expect(r.statusCode, r.body).toBe(status);
    expect(r.json().error.code, r.body).toBe(code);
  };
  const pool = async (id: string, over: Json = {}, fundFen = 1_000_000_000) => {
    const created = await ok('POST', '/pools', 'parkAdmin', {
      id, name: `资金池 ${id}`, nameEn: `Pool ${id}`, ownerPark: 'zhangjiang', validFrom: daysAgo(400), validTo: daysAgo(-400),
      contributors: [{ id: 'pudong-district', kind: 'government', share: '1' }], partnerIds: [bank],
      coverage: { lossShare: '0.5', firstLoanBonusPoints: '0', requiresKeyIndustry: false, excludePolicyGuaranteed: false },
      partnerCapRatio: null, leverage: { target: '10', allowAboveTarget: false }, nplThreshold: '0.05', trigger: { overdueDaysMoreThan: 30, requiresLawsuitAccepted: false }, review: REVIEW, ...over,
    });
    if (fundFen) await ok('POST', `/pools/${created.id}/contributions`, 'parkAdmin', { amountFen: fundFen, contributorId: null });
    return created.id as string;
  };
  /** The demo enterprise applies, the bank approves, signs and disburses ¥`yuan`: the loan. */
  const disburse = async (yuan: number) => {
    const created = await ok('POST', '/applications', 'enterprise', { productId: product, amountFen: yuan * 100, termMonths: 12, purpose: '研发设备' });
    const move = (body: Json) => ok('POST', `/applications/${created.id}/transitions`, 'officer', body, 200);
    await move({ to: 'approved', version: 1, approval: { amountFen: yuan * 100, spreadBp: 30, termMonths: 12 } });
    await t.database.db.update(applications).set({ decidedAt: new Date(Date.now() - 5 * DAY) }).where(eq(applications.id, created.id));
    await move({ to: 'contract_signed', version: 2 });
    await move({ to: 'disbursed', version: 3, loan: { method: 'equal_instalment', disbursedOn: daysAgo(1) } });
    return (await t.database.db.select().from(loans).where(eq(loans.applicationId, created.id)))[0]!;
  };
  const rowsOf = (loanId: string) => t.database.db.select().from(poolLoans).where(eq(poolLoans.loanId, loanId)).orderBy(asc(poolLoans.createdAt));

  beforeAll(async () => {
    t = await createTestApp({ workflow: true });
    bank = (await ok('GET', '/me', 'officer')).organisation.id;
    product = newId();
    const now = new Date();
    await t.database.db.insert(products).values({
      id: product, institutionId: bank, kind: 'loan', loanType: 'credit', name: '入池测试贷', nameEn: 'Pool test loan', status: 'published',
      amountMinFen: 10_000n * 100n, amountMaxFen: 5_000_000n * 100n, termMinMonths: 6, termMaxMonths: 120, turnaroundDays: 5,
      terms: { rate: { lprTenor: '1y', spreadMinBp: 0, spreadMaxBp: 200 }, feeRate: null, coverRatio: null, repaymentMethods: ['equal_instalment'], security: ['none'], eligibleLoanTypes: [] },
      preferences: { industries: [], stages: [], regions: [], thesis: '' }, rules: [], createdAt: now, updatedAt: now,
    });
    const [zj] = await t.database.db.select().from(parks).where(eq(parks.code, 'zhangjiang'));
    await t.database.db.insert(productParks).values({ productId: product, parkId: zj!.id, status: 'approved', requestedAt: now, decidedAt: now });
  }, 300_000);
  afterAll(() => t?.close());

  it('proposes a disbursed loan to the pools whose rules take it, not to the others, and tells the bank', async () => {
    const matching = await pool('zj-prop-match');
    const otherPartner = await pool('zj-prop-other', { partnerIds: [(await t.database.db.select().from(loans).where(and(eq(loans.status, 'live'))).limit(50)).find((l) => l.institutionId !== bank)!.institutionId] });
    const ended = await pool('zj-prop-ended', { validFrom: daysAgo(800), validTo: daysAgo(400) });
    const tooSmall = await pool('zj-prop-small', {}, 100); // ¥1 backs at most ¥10
    const loan = await disburse(200_000);
    const rows = await rowsOf(loan.id);
    expect(rows.map((r) => [r.poolId, r.status, r.proposedOn, r.principalFen])).toEqual([[matching, 'proposed', businessDateOf(new Date(), 'Asia/Shanghai'), 20_000_000n]]);
    expect(rows.some((r) => [otherPartner, ended, tooSmall].includes(r.poolId))).toBe(false);
    const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'pool.loan_proposed'), eq(auditEvents.targetId, matching)));
    expect(audit).toMatchObject({ actorUserId: null, details: { poolLoanId: rows[0]!.id, loanId: loan.id, coveredFen: '20000000' } });
    const [notice] = await t.database.db.select().from(notifications).where(and(eq(notifications.organisationId, bank), eq(notifications.kind, 'pool.loan_proposed')));
    expect(notice).toMatchObject({ link: `/institution/pools/${matching}`, details: { poolLoanId: rows[0]!.id } });
    // Proposed is not covered: the console lists it apart, for the bank to decide.
    const console = await ok('GET', `/pools/${matching}`, 'officer');
    expect(console).toMatchObject({ coveredFen: 0, loans: [], proposals: [{ id: rows[0]!.id, loanId: loan.id, principalFen: 20_000_000 }] });
  });

  it('proposes nothing while the partner is suspended', async () => {
    const suspended = await pool('zj-prop-suspended');
    const [existing] = await t.database.db.select().from(loans).where(and(eq(loans.institutionId, bank), eq(loans.status, 'live'))).orderBy(asc(loans.id)).limit(1);
    await ok('POST', `/pools/${suspended}/loans`, 'officer', { loanId: existing!.id });
    await t.database.db.update(loans).set({ classification: 'loss' }).where(eq(loans.id, existing!.id));
    const loan = await disburse(100_000);
    expect((await rowsOf(loan.id)).filter((r) => r.poolId === suspended)).toEqual([]);
    await t.database.db.update(loans).set({ classification: 'normal' }).where(eq(loans.id, existing!.id));
  });

  it('lets the bank’s officer confirm a proposal (decided again then) or decline one; others may not', async () => {
    const target = await pool('zj-prop-confirm', {}, 3_000_000); // ¥30,000 backs ¥300,000
    const first = await disburse(200_000);
    const second = await disburse(150_000);
    const [p1] = (await rowsOf(first.id)).filter((r) => r.poolId === target);
    const [p2] = (await rowsOf(second.id)).filter((r) => r.poolId === target);
    expect([p1?.status, p2?.status]).toEqual(['proposed', 'proposed']);
    await refused(`/pool-loans/${p1!.id}/confirm`, 'parkAdmin', 403, 'access.role_may_not');
    await refused(`/pool-loans/${p1!.id}/confirm`, 'enterprise', 403, 'access.role_may_not');
    await refused(`/pool-loans/${newId()}/confirm`, 'officer', 404, 'pool.registration_not_found');
    const confirmed = await ok('POST', `/pool-loans/${p1!.id}/confirm`, 'officer', undefined, 200);
    expect(confirmed).toMatchObject({ id: p1!.id, status: 'registered', principalFen: 20_000_000, registeredOn: businessDateOf(new Date(), 'Asia/Shanghai') });
    await refused(`/pool-loans/${p1!.id}/confirm`, 'officer', 409, 'pool.registration_not_proposed');
    // ¥200,000 + ¥150,000 on ¥30,000 is past 10×: the second confirmation is refused now, the proposal stays.
    await refused(`/pool-loans/${p2!.id}/confirm`, 'officer', 409, 'pool.leverage_above_target');
    const declined = await ok('POST', `/pool-loans/${p2!.id}/decline`, 'officer', undefined, 200);
    expect(declined.status).toBe('declined');
    await refused(`/pool-loans/${p2!.id}/decline`, 'officer', 409, 'pool.registration_not_proposed');
    const console = await ok('GET', `/pools/${target}`, 'parkAdmin');
    expect(console).toMatchObject({ coveredFen: 20_000_000, proposals: [] });
    expect(console.loans.map((l: Json) => l.loanId)).toEqual([first.id]);
    const actions = await t.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.targetId, target)).orderBy(asc(auditEvents.id));
    expect(actions.map((a) => a.action).filter((a) => a.startsWith('pool.loan'))).toEqual(['pool.loan_proposed', 'pool.loan_proposed', 'pool.loan_confirmed', 'pool.loan_declined']);
    // More money in: the declined loan may still be registered by hand, the same row turned registered.
    await ok('POST', `/pools/${target}/contributions`, 'parkAdmin', { amountFen: 3_000_000, contributorId: null });
    await ok('POST', `/pools/${target}/loans`, 'officer', { loanId: second.id });
    expect((await rowsOf(second.id)).filter((r) => r.poolId === target).map((r) => r.status)).toEqual(['registered']);
  });
});
