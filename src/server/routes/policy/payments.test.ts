import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type DemoRole, type TestApp } from '../../../../test/app.ts';
import { lendFor } from '../../../../test/policy.ts';
import { enterprises, parks, policyPayments } from '../../../db/schema/index.ts';
import { QINGDAO_PREMIUM } from '../../../domain/policy/fixtures.ts';
import { businessDateOf } from '../../../domain/shared/business-time.ts';
import { programmeJson } from '../../../services/policy/programmes.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const today = () => businessDateOf(new Date(), 'Asia/Shanghai');
const Y = Number(today().slice(0, 4));
const P = Y - 1;
const period = { from: `${P}-01-01`, to: `${P}-12-31` };
const DAY = 86_400_000;
const days = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY;

describe('premium and guarantee-fee payments submitted by institutions, and their subsidies', () => {
  let t: TestApp;
  let loanId = '';
  let zhangjiang = '';
  const send = (method: 'GET' | 'POST', url: string, as: DemoRole, body?: unknown) => t.request(method, `/api/v1${url}`, { as, body });
  const ok = async (method: 'GET' | 'POST', url: string, as: DemoRole, body?: unknown, status = 200) => {
    const res = await send(method, url, as, body);
    expect(res.statusCode, res.body).toBe(status);
    return res.json() as Json;
  };
  const premium = { kind: 'premium', contractNo: 'PICC-ZJ-0001', paidOn: `${P}-03-01`, amountFen: 1_500_000, coverageFrom: `${P}-03-01`, coverageTo: `${Y}-02-28`, coveredAmountFen: 100_000_000, feeRate: '0.015' };

  beforeAll(async () => {
    t = await createTestApp({ enterprises: 12 });
    const bank = (await send('GET', '/me', 'officer')).json().organisation.id;
    zhangjiang = (await t.database.db.select().from(parks).where(eq(parks.code, 'zhangjiang')))[0]!.id;
    const own = (await send('GET', '/me', 'enterprise')).json().organisation.id as string;
    const firm = (await t.database.db.select().from(enterprises).where(eq(enterprises.organisationId, own)))[0]!;
    loanId = await lendFor(t, { enterpriseId: firm.organisationId, parkId: zhangjiang, institutionId: bank, disbursedOn: `${P}-03-01`, amountFen: 100_000_000n, annualRate: '0.040000', repayments: [] });
    const saved = await send('POST', '/programmes', 'parkAdmin', { ...programmeJson({ ...QINGDAO_PREMIUM, id: 'zj-premium', ownerPark: 'zhangjiang', validFrom: `${P}-01-01`, validTo: `${Y + 1}-12-31`, clawback: { onSurrender: 'pro_rata_unexpired' } }), name: '张江保证保险保费补贴', nameEn: 'Zhangjiang premium subsidy' });
    expect(saved.statusCode, saved.body).toBe(201);
  });
  afterAll(async () => t?.close());

  it('takes payments by API from the lender, all or none, each problem named; never from an enterprise', async () => {
    expect((await send('POST', '/policy-payments', 'enterprise', { payments: [{ loanId, ...premium }] })).statusCode).toBe(403);
    const bad = await send('POST', '/policy-payments', 'officer', { payments: [{ loanId, ...premium }, { loanId, ...premium, contractNo: 'x', feeRate: '1.5', coverageTo: `${P}-01-01` }] });
    expect(bad.statusCode).toBe(400);
    expect((bad.json().error.details.fields as Json[]).map((f) => [f.field, f.code])).toEqual([
      ['payments[1].feeRate', 'payment.rate_format'],
      ['payments[1].coverageTo', 'payment.coverage_order'],
    ]);
    expect((await t.database.db.select().from(policyPayments)).length).toBe(0);
    expect(await ok('POST', '/policy-payments', 'officer', { payments: [{ loanId, ...premium }] }, 201)).toEqual({ received: 1, written: 1, duplicates: 0 });
    // The same payment again is not a second payment.
    expect(await ok('POST', '/policy-payments', 'officer', { payments: [{ loanId, ...premium }] }, 201)).toEqual({ received: 1, written: 0, duplicates: 1 });
  });

  it('takes a CSV file, reading code columns as text and naming the line and column of a problem', async () => {
    const header = 'loan_id,kind,contract_no,paid_on,amount_fen,coverage_from,coverage_to,covered_amount_fen,fee_rate';
    const line = (rate: string, contract = '000123') => [loanId, 'premium', contract, `${P}-09-01`, '10000', `${P}-09-01`, `${P}-09-30`, '100000000', rate].join(',');
    const bad = await send('POST', '/policy-payments', 'officer', { format: 'csv', content: [header, line('0.01'), line('abc')].join('\n') });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields).toEqual([expect.objectContaining({ field: 'line 3.fee_rate', code: 'payment.rate_format' })]);
    const missing = await send('POST', '/policy-payments', 'officer', { format: 'csv', content: 'loan_id,kind\nx,premium' });
    expect(missing.json().error.details.fields[0]).toMatchObject({ code: 'payment.csv_columns_missing' });
    await ok('POST', '/policy-payments', 'officer', { format: 'csv', content: [header, line('0.01')].join('\n') }, 201);
    const listed = (await ok('GET', `/policy-payments?loanId=${loanId}`, 'parkAdmin')).items as Json[];
    // the leading zeros of the contract number survive: it is text
    expect(listed.map((p) => p.contractNo).sort()).toEqual(['000123', 'PICC-ZJ-0001']);
  });

  it('previews a CSV file without writing it: each row by line, named by its borrower and product, duplicates marked', async () => {
    const header = 'loan_id,kind,contract_no,paid_on,amount_fen,coverage_from,coverage_to,covered_amount_fen,fee_rate';
    const renewal = [loanId, 'premium', 'PICC-ZJ-0002', `${Y}-03-01`, '1500000', `${Y}-03-01`, `${Y + 1}-02-28`, '100000000', '0.015'].join(',');
    const again = [loanId, 'premium', '000123', `${P}-09-01`, '10000', `${P}-09-01`, `${P}-09-30`, '100000000', '0.01'].join(',');
    const before = (await t.database.db.select().from(policyPayments)).length;
    const done = await ok('POST', '/policy-payments', 'officer', { format: 'csv', content: [header, renewal, again, renewal].join('\n'), dryRun: true }, 201);
    expect(done).toMatchObject({ received: 3, written: 0, duplicates: 2 });
    const firm = (await send('GET', '/me', 'enterprise')).json().organisation;
    expect((done.preview as Json[]).map((r) => [r.line, r.contractNo, r.amountFen, r.duplicate])).toEqual([
      [2, 'PICC-ZJ-0002', 1_500_000, false],
      [3, '000123', 10_000, true],
      [4, 'PICC-ZJ-0002', 1_500_000, true],
    ]);
    expect(done.preview[0]).toMatchObject({ enterprise: { name: firm.name }, loan: { amountFen: 100_000_000, productName: expect.any(String) } });
    expect((await t.database.db.select().from(policyPayments)).length).toBe(before);
    // A dry run checks the rows as a submission does.
    const bad = await send('POST', '/policy-payments', 'officer', { format: 'csv', content: [header, renewal.replace('0.015', 'x')].join('\n'), dryRun: true });
    expect(bad.json().error.details.fields).toEqual([expect.objectContaining({ field: 'line 2.fee_rate', code: 'payment.rate_format' })]);
  });

  it('computes the premium subsidy from the payments, and a surrender claws back the unexpired part', async () => {
    const run = await ok('POST', '/programmes/zj-premium/runs', 'parkAdmin', period);
    const claim = (run.claims as Json[]).find((c) => c.loanId === loanId)!;
    // 50% of each premium paid, at most 1% a year of the insured amount over its coverage days
    const covered = days(premium.coverageFrom, premium.coverageTo) + 1;
    const first = Math.min(750_000, Math.floor((1_000_000 * covered) / 365));
    const second = Math.min(5_000, Math.floor((1_000_000 * 30) / 365));
    expect(claim).toMatchObject({ basis: 'premium', eligible: true, basisPaidFen: 1_510_000, interestPaidFen: 0, subsidyFen: first + second });
    await ok('POST', '/programmes/zj-premium/publish-claims', 'parkAdmin', {});
    const stored = ((await ok('GET', '/claims?programme=zj-premium', 'parkAdmin')).items as Json[])[0]!;
    await ok('POST', `/claims/${stored.id}/moves`, 'enterprise', { to: 'confirmed', version: stored.version, account: { name: '测试科技', bank: '招商银行', number: '62220212345678' } });
    await ok('POST', `/claims/${stored.id}/moves`, 'parkAdmin', { to: 'approved', version: stored.version + 1 });
    const batch = await ok('POST', '/programmes/zj-premium/batches', 'parkAdmin', undefined, 201);
    await ok('POST', `/payment-batches/${batch.id}/pay`, 'parkAdmin', { reference: 'CZ-1', paidOn: today() });
    const surrenderedOn = `${P}-09-01`;
    const done = await ok('POST', '/policy-payments/surrender', 'officer', { loanId, contractNo: 'PICC-ZJ-0001', surrenderedOn });
    const clawback = Math.floor((first * days(surrenderedOn, premium.coverageTo)) / covered);
    expect(done).toEqual({ clawedBack: [{ claimId: stored.id, programmeCode: 'zj-premium', clawbackFen: clawback }] });
    const after = await ok('GET', `/claims/${stored.id}`, 'enterprise');
    expect(after).toMatchObject({ state: 'clawed_back', clawbackFen: clawback, decisionReason: 'policy_surrendered' });
    expect((after.events as Json[]).at(-1)).toMatchObject({ toState: 'clawed_back', mover: 'platform' });
    expect((after.trail as Json[]).at(-1)).toMatchObject({ step: 'clawback', rule: 'pro_rata_unexpired', surrenderedOn });
    // Surrendered once: again is refused.
    expect((await send('POST', '/policy-payments/surrender', 'officer', { loanId, contractNo: 'PICC-ZJ-0001', surrenderedOn })).json().error.code).toBe('payment.already_surrendered');
  });

  it('refuses a surrender outside the policy’s coverage, and of a contract it does not know', async () => {
    const outside = await send('POST', '/policy-payments/surrender', 'officer', { loanId, contractNo: '000123', surrenderedOn: `${Y + 1}-06-01` });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details.fields[0]).toMatchObject({ field: 'surrenderedOn', code: 'payment.surrender_outside_coverage' });
    expect((await send('POST', '/policy-payments/surrender', 'officer', { loanId, contractNo: 'NOPE', surrenderedOn: `${P}-09-01` })).json().error.code).toBe('payment.contract_not_found');
  });

  it('lists the payments with the programme their loan is in and how far its claim went, filtered', async () => {
    const all = (await ok('GET', '/policy-payments', 'officer')).items as Json[];
    expect(all.map((p) => p.contractNo).sort()).toEqual(['000123', 'PICC-ZJ-0001']);
    const surrendered = all.find((p) => p.contractNo === 'PICC-ZJ-0001')!;
    expect(surrendered).toMatchObject({ surrenderedOn: `${P}-09-01`, loan: { amountFen: 100_000_000 }, programmes: [{ code: 'zj-premium', name: '张江保证保险保费补贴', nameEn: 'Zhangjiang premium subsidy', claimState: 'clawed_back', clawbackFen: expect.any(Number) }] });
    const codes = async (query: string) => ((await ok('GET', `/policy-payments?${query}`, 'officer')).items as Json[]).map((p) => p.contractNo).sort();
    expect(await codes('surrendered=true')).toEqual(['PICC-ZJ-0001']);
    expect(await codes('surrendered=false')).toEqual(['000123']);
    expect(await codes('kind=guarantee_fee')).toEqual([]);
    expect(await codes('programme=zj-premium')).toEqual(['000123', 'PICC-ZJ-0001']);
    expect(await codes('programme=nope')).toEqual([]);
    expect(await codes('q=picc')).toEqual(['PICC-ZJ-0001']);
    const firm = (await send('GET', '/me', 'enterprise')).json().organisation;
    expect(await codes(`q=${encodeURIComponent(firm.name.slice(2, 6))}`)).toEqual(['000123', 'PICC-ZJ-0001']);
  });

  it('finds the loans a payment may be recorded on by hand: the lender its own, an insurer those it submitted on; by borrower, credit code or id', async () => {
    const firm = (await send('GET', '/me', 'enterprise')).json().organisation;
    const found = async (as: DemoRole, q: string) => ((await ok('GET', `/policy-payments/loans?pageSize=100&q=${encodeURIComponent(q)}`, as)).items as Json[]).map((l) => l.id);
    expect(await found('officer', firm.name.slice(2, 6))).toContain(loanId);
    expect(await found('officer', loanId.toUpperCase())).toEqual([loanId]);
    expect(await found('officer', loanId.slice(0, 8))).toContain(loanId);
    const listed = (await ok('GET', `/policy-payments/loans?q=${loanId}`, 'officer')).items as Json[];
    expect(listed).toEqual([expect.objectContaining({ id: loanId, enterprise: expect.objectContaining({ name: firm.name }), amountFen: 100_000_000 })]);
    expect(await found('officer', 'no-such-borrower')).toEqual([]);
    // A LIKE wildcard is a character, not a pattern.
    expect(await found('officer', '%')).toEqual([]);
    expect((await send('GET', '/policy-payments/loans', 'enterprise')).statusCode).toBe(403);
    expect((await send('GET', '/policy-payments/loans', 'parkAdmin')).statusCode).toBe(403);

    // The bank's loan is not the insurer's until it submits a payment on it.
    expect(await found('insurer', loanId)).toEqual([]);
    await ok('POST', '/policy-payments', 'insurer', { payments: [{ loanId, ...premium, contractNo: 'INS-ZJ-0001' }] }, 201);
    expect(await found('insurer', loanId)).toEqual([loanId]);
    expect(await found('guarantor', loanId)).toEqual([]);

    // The loan book takes the same search.
    const book = (await ok('GET', `/loans?q=${encodeURIComponent(firm.name.slice(2, 6))}`, 'officer')).items as Json[];
    expect(book.map((l) => l.id)).toContain(loanId);
    expect(book.every((l) => l.enterprise.name.includes(firm.name.slice(2, 6)))).toBe(true);
    expect((await ok('GET', `/loans?q=${loanId}`, 'officer')).items.map((l: Json) => l.id)).toEqual([loanId]);
  });
});
