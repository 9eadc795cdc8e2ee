import { and, asc, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type DemoRole, type TestApp } from '../../../../test/app.ts';
import { applications, auditEvents, loanInstalments, loans, loanStatusHistory, matchFacts, notifications, productParks, products, repayments, signals } from '../../../db/schema/index.ts';
import { businessDateOf } from '../../../domain/shared/business-time.ts';
import { scoreEnterprises } from '../../../services/rating/score-enterprises.ts';
import { newId } from '../../../services/shared/ids.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const YUAN = 100;
const DAY = 86_400_000;
const isoDay = (ms: number) => businessDateOf(new Date(ms), 'Asia/Shanghai');

describe('loans, repayments, overdue and default', () => {
  let t: TestApp;
  async function expectStatusHistory(loanId: string, moves: [string | null, string, string][]) {
    const rows = await t.database.db.select().from(loanStatusHistory).where(eq(loanStatusHistory.loanId, loanId)).orderBy(asc(loanStatusHistory.id));
    expect(rows.map((r) => [r.fromStatus, r.toStatus, r.mover])).toEqual(moves);
  }
  let bank: string;
  let clock = Date.now();

  const send = (method: 'GET' | 'POST', url: string, as: DemoRole, body?: unknown) => t.request(method, `/api/v1${url}`, { as, body });
  const move = async (id: string, body: Json) => {
    const res = await send('POST', `/applications/${id}/transitions`, 'officer', body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  /** A product, an application to it approved and signed, a loan disbursed `daysAgo` before today. */
  const lend = async (daysAgo: number, amountYuan = 1_200_000, termMonths = 12, method = 'equal_principal') => {
    const product = newId();
    const now = new Date();
    await t.database.db.insert(products).values({
      id: product, institutionId: bank, kind: 'loan', loanType: 'credit', name: '测试贷', nameEn: 'Test loan', status: 'published',
      amountMinFen: 100_000n * 100n, amountMaxFen: 5_000_000n * 100n, termMinMonths: 6, termMaxMonths: 36, turnaroundDays: 5,
      terms: { rate: { lprTenor: '1y', spreadMinBp: 0, spreadMaxBp: 100 }, feeRate: null, coverRatio: null, repaymentMethods: [method], security: ['none'], eligibleLoanTypes: [] },
      preferences: { industries: [], stages: [], regions: [], thesis: '' }, rules: [], createdAt: now, updatedAt: now,
    });
    const parks = (await send('GET', '/parks', 'operator')).json().items as Json[];
    await t.database.db.insert(productParks).values({ productId: product, parkId: parks.find((p) => p.code === 'zhangjiang')!.id, status: 'approved', requestedAt: now, decidedAt: now });
    const created = await send('POST', '/applications', 'enterprise', { productId: product, amountFen: amountYuan * YUAN, termMonths, purpose: '流动资金' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    // Approved long enough ago for the disbursement date to follow it.
    await move(id, { to: 'approved', version: 1, approval: { amountFen: amountYuan * YUAN, spreadBp: 35, termMonths } });
    await t.database.db.update(applications).set({ decidedAt: new Date(clock - (daysAgo + 3) * DAY) }).where(eq(applications.id, id));
    await move(id, { to: 'contract_signed', version: 2 });
    await move(id, { to: 'disbursed', version: 3, loan: { method, disbursedOn: isoDay(clock - daysAgo * DAY) } });
    const [loan] = await t.database.db.select().from(loans).where(eq(loans.applicationId, id));
    return { applicationId: id, loanId: loan!.id, loan: loan! };
  };
  const stateOf = async (id: string) => (await t.database.db.select({ s: applications.state }).from(applications).where(eq(applications.id, id)))[0]!.s;
  const repay = (loanId: string, body: Json) => send('POST', `/loans/${loanId}/repayments`, 'officer', body);

  beforeAll(async () => {
    t = await createTestApp({ enterprises: 12 });
    bank = (await send('GET', '/me', 'officer')).json().organisation.id;
    clock = Date.now();
  });
  afterAll(() => t?.close());

  it('records repayments oldest first, refuses more than is owed, and closes a paid-off loan', async () => {
    const { loanId, applicationId } = await lend(70);
    const detail = (await send('GET', `/loans/${loanId}`, 'enterprise')).json();
    expect(detail.instalments).toHaveLength(12);
    expect(detail.productName).toBe('测试贷');
    expect((await send('GET', `/loans/${loanId}?lang=en`, 'enterprise')).json().productName).toBe('Test loan');
    expect(Number(detail.annualRate)).toBeCloseTo(Number(detail.lprRate) + 0.0035, 10);
    const first = detail.instalments[0];
    const due = first.principalFen + first.interestFen;
    const paid = await repay(loanId, { amountFen: due, paidOn: first.dueOn, reference: 'R-1' });
    expect(paid.statusCode, paid.body).toBe(201);
    expect(paid.json()).toMatchObject({ interestFen: first.interestFen, principalFen: first.principalFen });
    expect(await stateOf(applicationId)).not.toBe('disbursed');
    // The same reference twice; zero; negative; before disbursement; more than owed: refused, nothing written.
    const before = Number((await t.database.db.select({ n: count() }).from(repayments))[0]!.n);
    expect((await repay(loanId, { amountFen: 100, paidOn: first.dueOn, reference: 'R-1' })).statusCode).toBe(409);
    expect((await repay(loanId, { amountFen: 0, paidOn: first.dueOn })).statusCode).toBe(400);
    expect((await repay(loanId, { amountFen: -5, paidOn: first.dueOn })).statusCode).toBe(400);
    expect((await repay(loanId, { amountFen: 100, paidOn: '2001-01-01' })).json().error.details.fields[0].field).toBe('paidOn');
    const tooMuch = await repay(loanId, { amountFen: 2_000_000 * YUAN, paidOn: isoDay(clock) });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().error.message).toMatch(/larger than the outstanding balance/);
    expect((await send('POST', `/loans/${loanId}/repayments`, 'enterprise', { amountFen: 100, paidOn: first.dueOn })).statusCode).toBe(403);
    expect(Number((await t.database.db.select({ n: count() }).from(repayments))[0]!.n)).toBe(before);
    // Pay off the rest: the loan closes, and so does the application.
    const rest = (await send('GET', `/loans/${loanId}`, 'officer')).json().position;
    const off = await repay(loanId, { amountFen: rest.outstandingPrincipalFen + rest.outstandingInterestFen, paidOn: isoDay(clock) });
    expect(off.json()).toMatchObject({ paidOff: true, outstandingPrincipalFen: 0 });
    expect(await stateOf(applicationId)).toBe('closed');
    expect((await send('GET', `/loans/${loanId}`, 'officer')).json()).toMatchObject({ status: 'closed' });
    // Each status change is in the loan's history and audited; paid off is the platform's, as the system.
    await expectStatusHistory(loanId, [[null, 'live', 'institution'], ['live', 'closed', 'platform']]);
    const closedAudit = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'loan.closed'), eq(auditEvents.targetId, loanId)));
    expect(closedAudit).toMatchObject([{ actorEmail: 'system', actorUserId: null }]);
    expect(await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'application.closed'), eq(auditEvents.targetId, applicationId)))).toMatchObject([{ actorEmail: 'system' }]);
  });

  it('the sweep marks a late loan overdue, classifies it, warns the lender and the park; default and recovery follow', async () => {
    const { loanId, applicationId } = await lend(130);
    const swept = await send('POST', '/workflow/sweep', 'operator');
    expect(swept.statusCode, swept.body).toBe(200);
    expect(swept.json().loansChecked).toBeGreaterThanOrEqual(1);
    expect(await stateOf(applicationId)).toBe('overdue');
    // The platform's move is audited with the system actor.
    const moved = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'application.overdue'), eq(auditEvents.targetId, applicationId)));
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ actorUserId: null, actorEmail: 'system', details: expect.objectContaining({ to: 'overdue', by: 'platform' }) });
    const loan = (await send('GET', `/loans/${loanId}`, 'officer')).json();
    // Four instalments fell due unpaid; the oldest ~100 days ago: substandard.
    expect(loan.daysOverdue).toBeGreaterThan(90);
    expect(loan.classification).toBe('substandard');
    const warned = await t.database.db.select().from(signals).where(eq(signals.loanId, loanId));
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ kind: 'overdue_repayment', severity: 'high', status: 'open' });
    const told = await t.database.db.select().from(notifications).where(eq(notifications.kind, 'signal.raised'));
    expect(new Set(told.map((n) => n.organisationId)).size).toBeGreaterThanOrEqual(2); // the bank and the park
    // A second sweep refreshes, not repeats.
    await send('POST', '/workflow/sweep', 'operator');
    expect(await t.database.db.select().from(signals).where(eq(signals.loanId, loanId))).toHaveLength(1);
    // The officer sees and handles the signal.
    const listed = (await send('GET', '/signals', 'officer')).json();
    const signal = listed.items.find((s: Json) => s.loanId === loanId);
    expect(signal.evidence.summaryEn).toMatch(/days overdue/);
    expect((await send('POST', `/signals/${signal.id}/resolve`, 'officer', {})).statusCode).toBe(400);
    expect((await send('POST', `/signals/${signal.id}/acknowledge`, 'officer', { note: '已联系企业' })).json().status).toBe('acknowledged');
    expect((await send('GET', '/signals', 'enterprise')).statusCode).toBe(403);
    // Recoveries only on defaulted loans; default records the exposure.
    expect((await send('POST', `/loans/${loanId}/recoveries`, 'officer', { amountFen: 100, recoveredOn: isoDay(clock), source: 'guarantor' })).statusCode).toBe(409);
    const version = (await send('GET', `/applications/${applicationId}`, 'officer')).json().version;
    await move(applicationId, { to: 'defaulted', version, reason: '逾期超过90天' });
    const defaulted = (await send('GET', `/loans/${loanId}`, 'officer')).json();
    expect(defaulted.status).toBe('defaulted');
    expect(defaulted.defaultExposureFen).toBeGreaterThanOrEqual(defaulted.outstandingPrincipalFen);
    const tooMuch = await send('POST', `/loans/${loanId}/recoveries`, 'officer', { amountFen: defaulted.defaultExposureFen + 1, recoveredOn: isoDay(clock), source: 'guarantor' });
    expect(tooMuch.statusCode).toBe(400);
    const part = await send('POST', `/loans/${loanId}/recoveries`, 'officer', { amountFen: 300_000 * YUAN, recoveredOn: isoDay(clock), source: 'compensation_pool', note: '风险补偿资金池代偿' });
    expect(part.json()).toMatchObject({ recoveredFen: 300_000 * YUAN, closed: false });
    await move(applicationId, { to: 'written_off', version: version + 1, comment: '核销' });
    const written = (await send('GET', `/loans/${loanId}`, 'officer')).json();
    expect(written).toMatchObject({ status: 'written_off', writtenOffFen: defaulted.defaultExposureFen - 300_000 * YUAN, classification: 'loss' });
    await expectStatusHistory(loanId, [[null, 'live', 'institution'], ['live', 'defaulted', 'institution'], ['defaulted', 'written_off', 'institution']]);
    expect((await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'loan.defaulted'), eq(auditEvents.targetId, loanId))))[0]).toMatchObject({ actorEmail: 'officer@bank.kejin.demo', details: { reason: '逾期超过90天' } });
  });

  it('a repayment file is recorded whole or not at all', async () => {
    const { loanId } = await lend(40, 600_000, 6, 'equal_instalment');
    const [first] = await t.database.db.select().from(loanInstalments).where(eq(loanInstalments.loanId, loanId)).orderBy(loanInstalments.period).limit(1);
    const due = first!.principalFen + first!.interestFen;
    const bad = `loan_id,paid_on,amount_fen,reference\n${loanId},${first!.dueOn},${due},F-1\n${loanId},not-a-date,-3,F-2\n`;
    const refused = await send('POST', '/loans/repayment-files', 'officer', { csv: bad });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.fields.map((f: Json) => f.field)).toEqual(['line 3.paid_on', 'line 3.amount_fen']);
    const tooMuch = `loan_id,paid_on,amount_fen,reference\n${loanId},${first!.dueOn},${due},F-1\n${loanId},${first!.dueOn},999999999999,F-2\n`;
    expect((await send('POST', '/loans/repayment-files', 'officer', { csv: tooMuch })).json().error.message).toMatch(/^Line 3: .*nothing was recorded/);
    expect(await t.database.db.select().from(repayments).where(eq(repayments.loanId, loanId))).toHaveLength(0);
    const good = `loan_id,paid_on,amount_fen,reference\n${loanId},${first!.dueOn},${due},F-1\n`;
    expect((await send('POST', '/loans/repayment-files', 'officer', { csv: good })).json()).toEqual({ recorded: 1, totalFen: Number(due) });
  });

  it('decisions recorded feed the park league table and pipeline', async () => {
    const league = (await send('GET', '/workflow/league', 'parkAdmin')).json().items as Json[];
    const row = league.find((r) => r.institutionId === bank)!;
    expect(row).toMatchObject({ received: 3, decided: 3, approved: 3, approvalRate: 1 });
    expect(row.medianResponseWorkingDays).toBe(0);
    const funnel = (await send('GET', '/workflow/pipeline', 'parkAdmin')).json();
    expect(funnel.applications.count).toBe(3);
    expect(funnel.needsTakenUp.count).toBeLessThanOrEqual(funnel.needs.count);
    expect(funnel.disbursed).toEqual({ count: 3, amountFen: (1_200_000 * 2 + 600_000) * YUAN });
  });

  it('a new rating that shows a downgrade warns each lender with a live loan', async () => {
    const [live] = await t.database.db.select().from(loans).where(eq(loans.status, 'live'));
    // As if the previous rating had been AAA with a clean tax record.
    const [before] = await t.database.db.select().from(matchFacts).where(eq(matchFacts.enterpriseId, live!.enterpriseId));
    await t.database.db.update(matchFacts).set({ numbers: { ...(before!.numbers as object), grade: 8, tax_grade: 4 } }).where(eq(matchFacts.enterpriseId, live!.enterpriseId));
    await scoreEnterprises(t.database, { enterpriseIds: [live!.enterpriseId], now: new Date() });
    const raised = await t.database.db.select().from(signals).where(eq(signals.enterpriseId, live!.enterpriseId));
    const downgrade = raised.find((s) => s.kind === 'rating_downgrade')!;
    expect(downgrade).toMatchObject({ institutionId: bank, status: 'open' });
    expect((downgrade.evidence as Json).from).toBe('AAA');
    // Rating again without change raises nothing new.
    await scoreEnterprises(t.database, { enterpriseIds: [live!.enterpriseId], now: new Date() });
    expect(await t.database.db.select().from(signals).where(eq(signals.enterpriseId, live!.enterpriseId))).toHaveLength(raised.length);
  });

  it('known outcomes become model-lab training rows with the features at application', async () => {
    const res = await send('GET', '/models/outcomes.csv', 'operator');
    expect(res.statusCode).toBe(200);
    const [header, ...rows] = res.body.trim().split('\n');
    expect(header!.split(',')).toContain('invention_patents');
    expect(header!.endsWith(',defaulted')).toBe(true);
    // The paid-off loan is good, the written-off one bad; the young clean loan is not known yet.
    expect(rows.map((r) => r.split(',').at(-1)).sort()).toEqual(['0', '1']);
    expect(res.headers['x-outcome-bad']).toBe('1');
    expect((await send('POST', '/models/train-on-outcomes', 'operator', {})).statusCode).toBe(409); // too few to train on
  });
});
