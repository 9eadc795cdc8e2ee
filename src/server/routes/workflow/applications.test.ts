import { count, eq, gte } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type DemoRole, type TestApp } from '../../../../test/app.ts';
import { applicationEvents, applications, loanInstalments, loans, lprFixings, notifications, productParks, products } from '../../../db/schema/index.ts';
import { packageCalendarYears, workingCalendar } from '../../../domain/calendar/index.ts';
import { fixingInForce, monthOf, shiftMonth } from '../../../domain/loans/lpr.ts';
import { businessDateOf } from '../../../domain/shared/business-time.ts';
import { newId } from '../../../services/shared/ids.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const YUAN = 100;
const today = () => businessDateOf(new Date(), 'Asia/Shanghai');

describe('financing applications', () => {
  let t: TestApp;
  let bank: string;
  let zhangjiang: string;
  let product: string;
  let otherProduct: string;
  let foreignCookie: string;

  const send = (method: 'GET' | 'POST', url: string, as: DemoRole | null, body?: unknown, headers?: Record<string, string>) =>
    as ? t.request(method, `/api/v1${url}`, { as, body, headers }) : t.app.inject({ method, url: `/api/v1${url}`, payload: body as object, headers: { ...headers, cookie: foreignCookie } });
  const apply = (body: Json = {}, key?: string) => send('POST', '/applications', 'enterprise', { productId: product, amountFen: 1_000_000 * YUAN, termMonths: 12, purpose: '研发设备采购', ...body }, key ? { 'idempotency-key': key } : undefined);
  const move = (id: string, as: DemoRole | null, body: Json) => send('POST', `/applications/${id}/transitions`, as, body);
  const rows = async (table: typeof applications | typeof applicationEvents | typeof loans) => Number((await t.database.db.select({ n: count() }).from(table))[0]!.n);

  const offer = async (turnaroundDays = 5) => {
    const id = newId();
    const now = new Date();
    await t.database.db.insert(products).values({
      id, institutionId: bank, kind: 'loan', loanType: 'credit', name: '科技信用贷', nameEn: 'Tech credit loan', status: 'published',
      amountMinFen: BigInt(100_000 * YUAN), amountMaxFen: BigInt(5_000_000 * YUAN), termMinMonths: 6, termMaxMonths: 36, turnaroundDays,
      terms: { rate: { lprTenor: '1y', spreadMinBp: 20, spreadMaxBp: 120 }, feeRate: null, coverRatio: null, repaymentMethods: ['equal_instalment'], security: ['none'], eligibleLoanTypes: [] },
      preferences: { industries: [], stages: [], regions: [], thesis: '' },
      rules: [{ fact: 'invention_patents', op: 'gte', value: 40 }],
      createdAt: now, updatedAt: now,
    });
    await t.database.db.insert(productParks).values({ productId: id, parkId: zhangjiang, status: 'approved', requestedAt: now, decidedAt: now });
    return id;
  };

  beforeAll(async () => {
    t = await createTestApp({ enterprises: 20 });
    bank = (await send('GET', '/me', 'officer')).json().organisation.id;
    const parks = (await send('GET', '/parks', 'operator')).json().items as Json[];
    zhangjiang = parks.find((p) => p.code === 'zhangjiang')!.id;
    product = await offer();
    otherProduct = await offer(3);
    const institutions = (await send('GET', '/institutions?pageSize=50', 'operator')).json().items as Json[];
    const foreign = institutions.find((i) => i.id !== bank)!;
    const user = await send('POST', '/users', 'operator', { email: 'officer@other.kejin.test', displayName: '他行经理', password: 'correct horse battery', role: 'institution_officer', organisationId: foreign.id });
    expect(user.statusCode, user.body).toBe(201);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'officer@other.kejin.test', password: 'correct horse battery' } });
    foreignCookie = `kejin_session=${login.cookies.find((c) => c.name === 'kejin_session')!.value}`;
  });
  afterAll(() => t?.close());

  it('a double submit with one Idempotency-Key makes one application, with a deadline in working days', async () => {
    const before = await rows(applications);
    const [first, second] = await Promise.all([apply({}, 'key-1'), apply({}, 'key-1')]);
    const statuses = [first.statusCode, second.statusCode].sort();
    expect(statuses, first.body + second.body).toEqual([200, 201]);
    expect(first.json().id).toBe(second.json().id);
    expect(await rows(applications)).toBe(before + 1);
    const a = first.json();
    expect(a).toMatchObject({ state: 'submitted', version: 1, amountFen: 1_000_000 * YUAN, deadline: { status: 'on_time' } });
    expect(a.deadline.on > today()).toBe(true);
    expect(a.grantId).toBeTruthy();
    // Before the decision both sides see which published rules the enterprise does not meet.
    expect((await send('GET', `/applications/${a.id}?lang=en`, 'officer')).json().advice[0].rule).toContain('invention_patents');
    // The same key for a different request is refused.
    expect((await apply({ amountFen: 2_000_000 * YUAN }, 'key-1')).statusCode).toBe(409);
    // The institution is told, with the deadline.
    const told = await t.database.db.select().from(notifications).where(eq(notifications.organisationId, bank));
    expect(told.some((n) => n.kind === 'application.submitted' && n.titleEn.includes(a.deadline.on))).toBe(true);
  });

  it('refuses bad applications and writes nothing', async () => {
    const before = await rows(applications);
    expect((await apply({ amountFen: 10 * YUAN, productId: otherProduct })).json().error.details.fields[0].field).toBe('amountFen');
    expect((await apply({ amountFen: -5, productId: otherProduct })).statusCode).toBe(400);
    expect((await apply({ amountFen: 0, productId: otherProduct })).statusCode).toBe(400);
    expect((await apply({ termMonths: 60, productId: otherProduct })).json().error.details.fields[0].field).toBe('termMonths');
    expect((await apply({ productId: newId() })).statusCode).toBe(404);
    expect((await apply({})).statusCode).toBe(409); // an open application to this product already
    expect((await send('POST', '/applications', 'officer', { productId: product, amountFen: 100, purpose: 'x' })).statusCode).toBe(403);
    expect(await rows(applications)).toBe(before);
  });

  it('walks the table to a disbursed loan; illegal moves and stale versions get 409; foreign institutions 403', async () => {
    const a = (await apply({ productId: otherProduct }, 'key-2')).json();
    const eventsBefore = await rows(applicationEvents);
    // Illegal move: straight to disbursed.
    const illegal = await move(a.id, 'officer', { to: 'disbursed', version: 1 });
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json().error.message).toContain('cannot move from submitted to disbursed');
    // The enterprise cannot approve itself; another bank cannot touch it; the park cannot decide.
    expect((await move(a.id, 'enterprise', { to: 'approved', version: 1 })).statusCode).toBe(409);
    expect((await move(a.id, null, { to: 'accepted', version: 1 })).statusCode).toBe(403);
    expect((await move(a.id, 'parkAdmin', { to: 'accepted', version: 1 })).statusCode).toBe(403);
    // Questions pause the deadline; the answer resumes review.
    expect((await move(a.id, 'officer', { to: 'accepted', version: 1 })).json().state).toBe('accepted');
    expect((await move(a.id, 'officer', { to: 'info_requested', version: 2 })).statusCode).toBe(400); // needs a comment
    const asked = (await move(a.id, 'officer', { to: 'info_requested', version: 2, comment: '请补充2025年审计报告' })).json();
    expect(asked.deadline.status).toBe('paused');
    const answered = (await move(a.id, 'enterprise', { to: 'accepted', version: 3, comment: '已上传' })).json();
    expect(answered.state).toBe('accepted');
    // A loan is approved with its terms: without them, or above the amount applied for, 400.
    const noTerms = await move(a.id, 'officer', { to: 'approved', version: 4 });
    expect(noTerms.statusCode).toBe(400);
    expect(noTerms.json().error).toMatchObject({ code: 'application.approval_terms_required', details: { category: 'invalid_input', fields: [{ field: 'approval', code: 'application.approval_terms_required' }] } });
    const tooMuch = await move(a.id, 'officer', { to: 'approved', version: 4, approval: { amountFen: 1_000_001 * YUAN, spreadBp: 50, termMonths: 12 } });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().error.details.fields[0]).toMatchObject({ field: 'approval.amountFen', code: 'approval.amount_above_application', params: { applied: String(1_000_000 * YUAN) } });
    // Two officers approve at once: one wins, the other gets 409.
    const approval = { amountFen: 800_000 * YUAN, spreadBp: 50, termMonths: 12 };
    const both = await Promise.all([move(a.id, 'officer', { to: 'approved', version: 4, approval }), move(a.id, 'officer', { to: 'approved', version: 4, approval })]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const approved = both.find((r) => r.statusCode === 200)!.json();
    expect(approved).toMatchObject({ state: 'approved', version: 5, deadline: { status: 'met' }, approval: { amountFen: 800_000 * YUAN, spreadBp: 50, termMonths: 12, lprTenor: '1y' } });
    expect(approved.responseWorkingDays).toBeGreaterThanOrEqual(0);
    expect((await move(a.id, 'officer', { to: 'approved', version: 4, approval })).statusCode).toBe(409); // stale
    const signed = (await move(a.id, 'officer', { to: 'contract_signed', version: 5 })).json();
    // Disbursement needs terms; bad terms write nothing.
    expect((await move(a.id, 'officer', { to: 'disbursed', version: 6 })).statusCode).toBe(400);
    const terms = { amountFen: 800_000 * YUAN, spreadBp: 50, termMonths: 12, method: 'equal_instalment', disbursedOn: today() };
    const early = await move(a.id, 'officer', { to: 'disbursed', version: 6, loan: { ...terms, disbursedOn: '2020-01-01' } });
    expect(early.json().error.details.fields[0].field).toBe('loan.disbursedOn');
    const over = await move(a.id, 'officer', { to: 'disbursed', version: 6, loan: { ...terms, amountFen: 800_001 * YUAN } });
    expect(over.statusCode).toBe(409);
    expect(over.json().error).toMatchObject({ code: 'loan.disbursement_exceeds_approval', details: { category: 'conflict', fields: [{ field: 'loan.amountFen', code: 'loan.disbursement_exceeds_approval' }], approved: approval } });
    const otherSpread = await move(a.id, 'officer', { to: 'disbursed', version: 6, loan: { ...terms, spreadBp: 20 } });
    expect(otherSpread.statusCode).toBe(409);
    expect(otherSpread.json().error).toMatchObject({ code: 'loan.disbursement_differs_from_approval', details: { category: 'conflict', fields: [{ field: 'loan.spreadBp', code: 'loan.disbursement_differs_from_approval' }] } });
    expect((await move(a.id, 'officer', { to: 'disbursed', version: 6, loan: { ...terms, termMonths: 600 } })).statusCode).toBe(400);
    expect(await rows(loans)).toBe(0);
    // Without the LPR fixing in force on the disbursement date nothing is lent: 409 naming the month.
    const recent = gte(lprFixings.month, shiftMonth(monthOf(terms.disbursedOn), -1));
    const held = await t.database.db.select().from(lprFixings).where(recent).orderBy(lprFixings.month);
    await t.database.db.delete(lprFixings).where(recent);
    const expected = fixingInForce(terms.disbursedOn, [], workingCalendar(packageCalendarYears()));
    if (expected.ok) throw new Error('no fixings, yet one is in force');
    const stale = (await send('GET', '/lpr', 'operator')).json();
    expect(stale.outOfDate).toBe(true);
    expect(stale.missing).toContainEqual(expected.missing);
    const unpriced = await move(a.id, 'officer', { to: 'disbursed', version: 6, loan: terms });
    expect(unpriced.statusCode).toBe(409);
    expect(unpriced.json().error).toMatchObject({ code: 'lpr.month_missing', details: { category: 'conflict', params: { month: expected.missing.month, dueOn: expected.missing.dueOn }, fields: [{ field: 'loan.disbursedOn', code: 'lpr.month_missing' }] } });
    expect(unpriced.json().error.message).toContain(`The LPR fixing for ${expected.missing.month} (due ${expected.missing.dueOn}) is not loaded`);
    expect(await rows(loans)).toBe(0);
    // The operator loads them again (rates in percent), and the loan is priced on the one in force.
    const percent = (fraction: string) => `${Number(fraction.split('.')[1]!.slice(0, 2))}.${fraction.split('.')[1]!.slice(2, 4)}`;
    const content = ['date,one_year,five_year', ...held.map((f) => `${f.date},${percent(f.oneYear)},${percent(f.fiveYear)}`)].join('\n');
    const reloaded = await t.request('PUT', '/api/v1/lpr', { as: 'operator', body: { format: 'csv', content } });
    expect(reloaded.statusCode, reloaded.body).toBe(200);
    const listed = (await send('GET', '/lpr', 'officer')).json();
    expect(listed).toMatchObject({ outOfDate: false, missing: [] });
    expect(listed.fixings[0]).toMatchObject({ month: held.at(-1)!.month, source: 'operator' });
    const inForce = held.find((f) => f.month === expected.missing.month)!;
    const disbursed = await move(a.id, 'officer', { to: 'disbursed', version: signed.version, loan: terms });
    expect(disbursed.statusCode, disbursed.body).toBe(200);
    expect(disbursed.json().state).toBe('disbursed');
    const [loan] = await t.database.db.select().from(loans).where(eq(loans.applicationId, a.id));
    expect(loan).toMatchObject({ amountFen: 80_000_000n, spreadBp: 50, termMonths: 12, status: 'live' });
    expect(loan).toMatchObject({ lprFixingOn: inForce.date, lprOneYear: inForce.oneYear, lprFiveYear: inForce.fiveYear });
    expect(Number(loan!.lprRate)).toBe(Number(inForce.oneYear));
    expect(Number(loan!.annualRate)).toBeCloseTo(Number(loan!.lprRate) + 0.005, 10);
    const instalments = await t.database.db.select().from(loanInstalments).where(eq(loanInstalments.loanId, loan!.id));
    expect(instalments).toHaveLength(12);
    expect(instalments.reduce((s, i) => s + i.principalFen, 0n)).toBe(80_000_000n);
    // Every change left one history row; repayments move it on, not officers.
    expect(await rows(applicationEvents)).toBe(eventsBefore + 6);
    expect((await move(a.id, 'officer', { to: 'repaying', version: 8 })).statusCode).toBe(409);
  });

  it('a rejection needs a listed reason; the enterprise sees it with the engine’s advice and its timeline', async () => {
    const a = (await send('GET', '/applications?state=submitted', 'enterprise')).json().items.find((x: Json) => x.product.id === product);
    expect(a).toBeTruthy();
    expect((await move(a.id, 'officer', { to: 'rejected', version: a.version })).statusCode).toBe(400);
    expect((await move(a.id, 'officer', { to: 'rejected', version: a.version, reason: 'vibes' })).json().error.details.fields[0].field).toBe('reason');
    expect((await move(a.id, 'officer', { to: 'rejected', version: a.version, reason: 'other' })).statusCode).toBe(400);
    const rejected = await move(a.id, 'officer', { to: 'rejected', version: a.version, reason: 'product_scope', comment: '发明专利数量不足' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    const seen = (await send('GET', `/applications/${a.id}?lang=en`, 'enterprise')).json();
    expect(seen.rejection).toMatchObject({ reason: 'product_scope', label: 'Outside the product’s scope', text: '发明专利数量不足' });
    expect(seen.advice[0]).toMatchObject({ rule: expect.stringContaining('invention_patents') });
    expect(seen.advice[0].advice).toMatch(/^40 more/);
    expect(seen.timeline.map((e: Json) => e.to)).toEqual(['submitted', 'rejected']);
    expect(seen.moves).toEqual([]);
    expect((await move(a.id, 'officer', { to: 'approved', version: seen.version })).statusCode).toBe(409);
  });

  it('a draft gets its deadline when submitted, and can be withdrawn by the enterprise only', async () => {
    const third = newId();
    const now = new Date();
    await t.database.db.insert(products).values({ ...(await t.database.db.select().from(products).where(eq(products.id, otherProduct)))[0]!, id: third, createdAt: now, updatedAt: now });
    await t.database.db.insert(productParks).values({ productId: third, parkId: zhangjiang, status: 'approved', requestedAt: now, decidedAt: now });
    const draft = (await apply({ productId: third, draft: true })).json();
    expect(draft).toMatchObject({ state: 'draft', deadline: { on: null } });
    expect((await move(draft.id, 'officer', { to: 'accepted', version: 1 })).statusCode).toBe(409);
    const submitted = (await move(draft.id, 'enterprise', { to: 'submitted', version: 1 })).json();
    expect(submitted.state).toBe('submitted');
    expect(submitted.deadline.on > today()).toBe(true);
    expect((await move(draft.id, 'enterprise', { to: 'withdrawn', version: 2 })).json().state).toBe('withdrawn');
  });

  it('the review queue puts the earliest deadline first and is the institution’s alone', async () => {
    const queue = (await send('GET', '/applications/review-queue', 'officer')).json();
    const deadlines = queue.items.map((a: Json) => a.deadline.on);
    expect(deadlines).toEqual([...deadlines].sort());
    expect(queue.items.every((a: Json) => ['submitted', 'accepted', 'info_requested'].includes(a.state))).toBe(true);
    expect((await send('GET', '/applications/review-queue', 'enterprise')).statusCode).toBe(403);
    const foreign = (await send('GET', '/applications', null)).json();
    expect(foreign.items).toEqual([]);
    const park = (await send('GET', '/applications', 'parkAdmin')).json();
    expect(park.total).toBe(3);
    expect((await send('GET', '/applications', 'otherParkAdmin')).json().items.some((x: Json) => x.parkCode === 'zhangjiang')).toBe(false);
  });
});
