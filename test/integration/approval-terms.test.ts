// A loan's approval carries its terms (amount, LPR tenor + spread, term) and the disbursement honours
// them: it defaults to them, may draw less, and is refused above the approved amount or at another
// rate or term. Two disbursements racing on one approval make one loan.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type DemoRole, type TestApp } from '../app.ts';
import { applications, auditEvents, loans, productParks, products } from '../../src/db/schema/index.ts';
import { businessDateOf } from '../../src/domain/shared/business-time.ts';
import { newId } from '../../src/services/shared/ids.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const YUAN = 100;
const DAY = 86_400_000;
const daysAgo = (n: number) => businessDateOf(new Date(Date.now() - n * DAY), 'Asia/Shanghai');

describe('approval with terms, disbursement within them', () => {
  let t: TestApp;
  let bank: string;
  const send = (method: 'GET' | 'POST', url: string, as: DemoRole, body?: unknown) => t.request(method, `/api/v1${url}`, { as, body });
  const move = (id: string, body: Json) => send('POST', `/applications/${id}/transitions`, 'officer', body);
  const loanOf = async (applicationId: string) => t.database.db.select().from(loans).where(eq(loans.applicationId, applicationId));

  /** A fresh loan product offered in Zhangjiang, and a signed application to it approved with `approval`. */
  const signed = async (approval: Json | null, amountYuan = 1_000_000, termMonths = 24) => {
    const product = newId();
    const now = new Date();
    await t.database.db.insert(products).values({
      id: product, institutionId: bank, kind: 'loan', loanType: 'credit', name: '审批测试贷', nameEn: 'Approval test loan', status: 'published',
      amountMinFen: 100_000n * 100n, amountMaxFen: 5_000_000n * 100n, termMinMonths: 6, termMaxMonths: 120, turnaroundDays: 5,
      terms: { rate: { lprTenor: '1y', spreadMinBp: 0, spreadMaxBp: 200 }, feeRate: null, coverRatio: null, repaymentMethods: ['equal_instalment'], security: ['none'], eligibleLoanTypes: [] },
      preferences: { industries: [], stages: [], regions: [], thesis: '' }, rules: [], createdAt: now, updatedAt: now,
    });
    const parks = (await send('GET', '/parks', 'operator')).json().items as Json[];
    await t.database.db.insert(productParks).values({ productId: product, parkId: parks.find((p) => p.code === 'zhangjiang')!.id, status: 'approved', requestedAt: now, decidedAt: now });
    const created = await send('POST', '/applications', 'enterprise', { productId: product, amountFen: amountYuan * YUAN, termMonths, purpose: '研发设备' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    if (approval) {
      const approved = await move(id, { to: 'approved', version: 1, approval });
      expect(approved.statusCode, approved.body).toBe(200);
    } else {
      // Approved before approvals carried terms: the row has none.
      await t.database.db.update(applications).set({ state: 'approved', version: 2 }).where(eq(applications.id, id));
    }
    await t.database.db.update(applications).set({ decidedAt: new Date(Date.now() - 5 * DAY) }).where(eq(applications.id, id));
    const sign = await move(id, { to: 'contract_signed', version: 2 });
    expect(sign.statusCode, sign.body).toBe(200);
    return id;
  };

  beforeAll(async () => {
    t = await createTestApp({ enterprises: 8 });
    bank = (await send('GET', '/me', 'officer')).json().organisation.id;
  });
  afterAll(() => t?.close());

  it('records the approved terms, shows them on the application and audits them', async () => {
    const id = await signed({ amountFen: 600_000 * YUAN, spreadBp: -15, termMonths: 84 });
    const detail = (await send('GET', `/applications/${id}`, 'enterprise')).json();
    expect(detail.approval).toEqual({ amountFen: 600_000 * YUAN, lprTenor: '5y', spreadBp: -15, termMonths: 84 });
    const [row] = await t.database.db.select().from(applications).where(eq(applications.id, id));
    expect(row).toMatchObject({ approvedAmountFen: 60_000_000n, approvedLprTenor: '5y', approvedSpreadBp: -15, approvedTermMonths: 84 });
    const [audit] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'application.approved'));
    expect(audit!.details).toMatchObject({ approved: { amountFen: '60000000', lprTenor: '5y', spreadBp: -15, termMonths: 84 } });
  });

  it('disburses on the approved terms when the officer gives only the method and date', async () => {
    const id = await signed({ amountFen: 800_000 * YUAN, spreadBp: 45, termMonths: 24 });
    const res = await move(id, { to: 'disbursed', version: 3, loan: { method: 'equal_instalment', disbursedOn: daysAgo(1) } });
    expect(res.statusCode, res.body).toBe(200);
    const [loan] = await loanOf(id);
    expect(loan).toMatchObject({ amountFen: 80_000_000n, spreadBp: 45, termMonths: 24, lprTenor: '1y' });
    expect(Number(loan!.annualRate)).toBeCloseTo(Number(loan!.lprRate) + 0.0045, 10);
  });

  it('draws less than approved, but refuses more, or another rate or term, writing nothing', async () => {
    const id = await signed({ amountFen: 500_000 * YUAN, spreadBp: 30, termMonths: 12 });
    const base = { method: 'equal_instalment', disbursedOn: daysAgo(1) };
    const over = await move(id, { to: 'disbursed', version: 3, loan: { ...base, amountFen: 500_001 * YUAN } });
    const approved = { amountFen: 500_000 * YUAN, spreadBp: 30, termMonths: 12, lprTenor: '1y' };
    expect(over.statusCode).toBe(409);
    expect(over.json().error).toMatchObject({
      code: 'loan.disbursement_exceeds_approval',
      details: { category: 'conflict', approved, fields: [{ field: 'loan.amountFen', code: 'loan.disbursement_exceeds_approval' }] },
    });
    for (const [name, value] of [['spreadBp', 31], ['termMonths', 36], ['lprTenor', '5y']] as const) {
      const other = await move(id, { to: 'disbursed', version: 3, loan: { ...base, [name]: value } });
      expect(other.statusCode, name).toBe(409);
      expect(other.json().error, name).toMatchObject({
        code: 'loan.disbursement_differs_from_approval',
        details: { category: 'conflict', approved, fields: [{ field: `loan.${name}`, code: 'loan.disbursement_differs_from_approval' }] },
      });
    }
    expect(await loanOf(id)).toEqual([]);
    const less = await move(id, { to: 'disbursed', version: 3, loan: { ...base, amountFen: 300_000 * YUAN, spreadBp: 30 } });
    expect(less.statusCode, less.body).toBe(200);
    expect((await loanOf(id))[0]).toMatchObject({ amountFen: 30_000_000n, spreadBp: 30, termMonths: 12 });
  });

  it('an application approved without terms is disbursed on the terms sent, which it then requires', async () => {
    const id = await signed(null);
    const missing = await move(id, { to: 'disbursed', version: 3, loan: { method: 'equal_instalment', disbursedOn: daysAgo(1) } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.fields[0].field).toBe('loan.amountFen');
    const res = await move(id, { to: 'disbursed', version: 3, loan: { amountFen: 200_000 * YUAN, spreadBp: 60, termMonths: 12, method: 'equal_instalment', disbursedOn: daysAgo(1) } });
    expect(res.statusCode, res.body).toBe(200);
    expect((await loanOf(id))[0]).toMatchObject({ amountFen: 20_000_000n, spreadBp: 60 });
  });

  it('two disbursements of one approval at once make one loan', async () => {
    const id = await signed({ amountFen: 400_000 * YUAN, spreadBp: 20, termMonths: 12 });
    const body = { to: 'disbursed', version: 3, loan: { method: 'equal_instalment', disbursedOn: daysAgo(1) } };
    const both = await Promise.all([move(id, body), move(id, body)]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await loanOf(id)).toHaveLength(1);
  });
});
