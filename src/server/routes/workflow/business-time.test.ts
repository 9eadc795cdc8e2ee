// At 00:30 in Beijing it is still the day before in UTC (16:30): "today" must be Beijing's day.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type DemoRole, type TestApp } from '../../../../test/app.ts';
import { loans, productParks, products } from '../../../db/schema/index.ts';
import { addDays, businessDateOf, instantAt } from '../../../domain/shared/business-time.ts';
import { newId } from '../../../services/shared/ids.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const SH = 'Asia/Shanghai';
const YUAN = 100;

describe('business time at 00:30 in Beijing', () => {
  let t: TestApp;
  let bank: string;
  // Today's 00:30 in Beijing, which is 16:30 UTC on the day before.
  const today = businessDateOf(new Date(), SH);
  const clock = instantAt(today, 0, 30, SH);
  const send = (method: 'GET' | 'POST', url: string, as: DemoRole, body?: unknown) => t.request(method, `/api/v1${url}`, { as, body });

  beforeAll(async () => {
    t = await createTestApp({ enterprises: 8, now: () => clock });
    bank = (await send('GET', '/me', 'officer')).json().organisation.id;
  });
  afterAll(() => t?.close());

  it('is the day before in UTC', () => {
    expect(clock.toISOString()).toBe(`${addDays(today, -1)}T16:30:00.000Z`);
  });

  it('counts a decision deadline from today, disburses and accepts a repayment dated today', async () => {
    const product = newId();
    const at = new Date(clock.getTime() - 86_400_000);
    await t.database.db.insert(products).values({
      id: product, institutionId: bank, kind: 'loan', loanType: 'credit', name: '零点贷', nameEn: 'Midnight loan', status: 'published',
      amountMinFen: 100_000n * 100n, amountMaxFen: 5_000_000n * 100n, termMinMonths: 6, termMaxMonths: 36, turnaroundDays: 5,
      terms: { rate: { lprTenor: '1y', spreadMinBp: 0, spreadMaxBp: 100 }, feeRate: null, coverRatio: null, repaymentMethods: ['equal_principal'], security: ['none'], eligibleLoanTypes: [] },
      preferences: { industries: [], stages: [], regions: [], thesis: '' }, rules: [], createdAt: at, updatedAt: at,
    });
    const parks = (await send('GET', '/parks', 'operator')).json().items as Json[];
    await t.database.db.insert(productParks).values({ productId: product, parkId: parks.find((p) => p.code === 'zhangjiang')!.id, status: 'approved', requestedAt: at, decidedAt: at });
    const created = await send('POST', '/applications', 'enterprise', { productId: product, amountFen: 1_000_000 * YUAN, termMonths: 12, purpose: '流动资金' });
    expect(created.statusCode, created.body).toBe(201);
    const a = created.json();
    const calendar = await t.app.kejin.calendar.get(t.database.db);
    // Five working days from Beijing's today, not from UTC's yesterday.
    expect(a.deadline.on).toBe(calendar.addWorkingDays(today, 5));
    expect(a.deadline.workingDaysLeft).toBe(5);

    const move = async (body: Json) => {
      const res = await send('POST', `/applications/${a.id}/transitions`, 'officer', body);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    await move({ to: 'approved', version: 1, approval: { amountFen: 1_000_000 * YUAN, spreadBp: 35, termMonths: 12 } });
    await move({ to: 'contract_signed', version: 2 });
    // Approved and disbursed today (Beijing): neither "before the approval" nor "in the future".
    await move({ to: 'disbursed', version: 3, loan: { amountFen: 1_000_000 * YUAN, spreadBp: 35, termMonths: 12, method: 'equal_principal', disbursedOn: today } });
    const [loan] = await t.database.db.select().from(loans).where(eq(loans.applicationId, a.id));
    expect(loan!.disbursedOn).toBe(today);
    const paid = await send('POST', `/loans/${loan!.id}/repayments`, 'officer', { amountFen: 1000 * YUAN, paidOn: today, reference: 'MIDNIGHT-1' });
    expect(paid.statusCode, paid.body).toBe(201);
    const tomorrow = await send('POST', `/loans/${loan!.id}/repayments`, 'officer', { amountFen: 1000 * YUAN, paidOn: addDays(today, 1) });
    expect(tomorrow.statusCode).toBe(400);
  });

  it('grants from today: expiring today is accepted, yesterday (UTC’s today) is in the past', async () => {
    const own = (await send('GET', '/me', 'enterprise')).json().organisation.creditCode;
    const grant = (expiresOn: string) => send('POST', `/enterprises/${own}/grants`, 'enterprise', { institutionId: bank, categories: ['financials'], purpose: '授信审查', expiresOn });
    const yesterday = await grant(addDays(today, -1));
    expect(yesterday.statusCode).toBe(400);
    expect(yesterday.json().error).toMatchObject({ code: 'grant.expiry_past', details: { category: 'invalid_input' } });
    expect(yesterday.json().error.details.fields).toEqual([{ field: 'expiresOn', code: 'grant.expiry_past', params: {}, message: 'The expiry date is in the past' }]);
    const onlyToday = await grant(today);
    expect(onlyToday.statusCode, onlyToday.body).toBe(201);
    expect(onlyToday.json().expiresOn).toBe(today);
  });
});
