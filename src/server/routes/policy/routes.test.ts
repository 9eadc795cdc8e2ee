import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../../services/shared/context.ts';
import { createTestApp, type DemoRole, type TestApp } from '../../../../test/app.ts';
import { lendFor, listDishonest, rateAt, reportAt } from '../../../../test/policy.ts';
import { auditEvents, enterprises, parks, subsidyClaimEvents, subsidyClaims } from '../../../db/schema/index.ts';
import { ZHANGJIANG_RATED } from '../../../domain/policy/fixtures.ts';
import { addDays, businessDateOf } from '../../../domain/shared/business-time.ts';
import { forfeitUnconfirmed } from '../../../services/policy/claims.ts';
import { programmeJson } from '../../../services/policy/programmes.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const DAY = 86_400_000;
const today = () => businessDateOf(new Date(), 'Asia/Shanghai');
const Y = Number(today().slice(0, 4));
const P = Y - 1; // the claim year: last year, whole
const period = { from: `${P}-01-01`, to: `${P}-12-31` };
const at = (date: string) => new Date(`${date}T02:00:00Z`); // 10:00 in Shanghai

describe('subsidy programmes and claims', () => {
  let t: TestApp;
  let bank: string;
  let zhangjiang: string;
  const own = { id: '', creditCode: '' };
  const weak = { id: '', creditCode: '' }; // rated B: below BBB
  const unreported = { id: '', creditCode: '' }; // BBB, no report
  const loans = { cheap: '', dear: '', weak: '', unreported: '' };

  const send = (method: 'GET' | 'POST', url: string, as: DemoRole, body?: unknown) => t.request(method, `/api/v1${url}`, { as, body });
  const ok = async (method: 'GET' | 'POST', url: string, as: DemoRole, body?: unknown, status = 200) => {
    const res = await send(method, url, as, body);
    expect(res.statusCode, res.body).toBe(status);
    return res.json() as Json;
  };
  const programme = (over: Json = {}) => ({
    ...programmeJson({ ...ZHANGJIANG_RATED, id: 'zj-test', validFrom: `${P}-01-01`, validTo: `${Y + 1}-12-31`, caps: { perEnterprisePerYearFen: 900_000n, perLoanFen: null, budgetFen: 100_000_000n }, budgetRule: 'first_come' }),
    name: '张江测试贴息',
    nameEn: 'Zhangjiang test subsidy',
    ...over,
  });
  const claimOf = async (loanId: string) => ((await ok('GET', '/claims?programme=zj-test&pageSize=100', 'parkAdmin')).items as Json[]).find((c) => c.loanId === loanId)!;
  const moveClaim = (id: string, as: DemoRole, body: Json) => send('POST', `/claims/${id}/moves`, as, body);

  beforeAll(async () => {
    t = await createTestApp({ enterprises: 12 });
    bank = (await send('GET', '/me', 'officer')).json().organisation.id;
    zhangjiang = (await t.database.db.select().from(parks).where(eq(parks.code, 'zhangjiang')))[0]!.id;
    const me = (await send('GET', '/me', 'enterprise')).json().organisation;
    Object.assign(own, { id: me.id, creditCode: me.creditCode });
    const others = (await t.database.db.select().from(enterprises).where(eq(enterprises.parkId, zhangjiang))).filter((e) => e.organisationId !== own.id);
    Object.assign(weak, { id: others[0]!.organisationId, creditCode: others[0]!.creditCode });
    Object.assign(unreported, { id: others[1]!.organisationId, creditCode: others[1]!.creditCode });
    // Grades in force on the loan dates (rated in January of the claim year), and today's.
    for (const [e, grade] of [[own, 'A'], [weak, 'B'], [unreported, 'BBB']] as const) {
      await rateAt(t, e.id, grade, at(`${P}-01-05`));
      await rateAt(t, e.id, grade, new Date());
    }
    await reportAt(t, own.id, at(`${P}-01-06`), at(`${Y + 1}-01-05`));
    await reportAt(t, weak.id, at(`${P}-01-06`), at(`${Y + 1}-01-05`));
    const lend = (e: { id: string }, disbursedOn: string, amountFen: bigint, annualRate: string, repayments: [string, bigint][]) => lendFor(t, { enterpriseId: e.id, parkId: zhangjiang, institutionId: bank, disbursedOn, amountFen, annualRate, repayments });
    loans.cheap = await lend(own, `${P}-02-10`, 100_000_000n, '0.035000', [[`${P}-03-10`, 291_667n], [`${P}-04-10`, 301_389n], [`${Y}-01-10`, 300_000n]]);
    loans.dear = await lend(own, `${P}-03-01`, 200_000_000n, '0.060000', [[`${P}-04-01`, 1_000_000n], [`${P}-05-01`, 1_000_000n]]);
    loans.weak = await lend(weak, `${P}-02-15`, 50_000_000n, '0.040000', [[`${P}-03-15`, 150_000n]]);
    loans.unreported = await lend(unreported, `${P}-02-20`, 50_000_000n, '0.040000', [[`${P}-03-20`, 150_000n]]);
  });
  afterAll(async () => t?.close());

  it('saves a programme only when it validates, naming the field; only park administrators save', async () => {
    const bad = await send('POST', '/programmes', 'parkAdmin', programme({ caps: { perEnterprisePerYearFen: 900_000, perLoanFen: 200_000_000, budgetFen: 100_000_000 } }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields).toEqual([expect.objectContaining({ field: 'caps.perLoanFen', code: 'programme.cap_above_budget' })]);
    expect((await send('POST', '/programmes', 'enterprise', programme())).statusCode).toBe(403);
    const otherPark = await send('POST', '/programmes', 'otherParkAdmin', programme());
    expect(otherPark.statusCode).toBe(403);
    const saved = await ok('POST', '/programmes', 'parkAdmin', programme(), 201);
    expect(saved).toMatchObject({ id: 'zj-test', version: 1, status: 'published', kind: 'interest_subsidy', park: { code: 'zhangjiang' }, share: '0.5', minGrade: 'BBB', capPerEnterpriseYearFen: 900_000, budgetFen: 100_000_000 });
    const listed = (await ok('GET', '/programmes', 'enterprise')).items as Json[];
    expect(listed.find((p) => p.id === 'zj-test')).toMatchObject({ name: '张江测试贴息', versions: [{ version: 1, status: 'published' }] });
    // An exclusive programme overlapping it is a double subsidy of the same interest.
    const overlap = await send('POST', '/programmes', 'parkAdmin', programme({ id: 'zj-overlap' }));
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().error.details.fields[0]).toMatchObject({ field: 'stacking', code: 'programme.overlap', params: { other: 'zj-test' } });
    // A new version may not change the rules for loans already past.
    const retro = await send('POST', '/programmes', 'parkAdmin', programme({ version: 2, formula: { share: '0.3', rateCap: null } }));
    expect(retro.statusCode).toBe(409);
    expect(retro.json().error.details.fields[0]).toMatchObject({ field: 'validFrom', code: 'programme.retroactive_change' });
  });

  it('works out every claim from the loans held, to the fen, with reasons for those that do not qualify (dry run writes nothing)', async () => {
    const run = await ok('POST', '/programmes/zj-test/runs', 'parkAdmin', { ...period, dryRun: true });
    const byLoan = new Map((run.claims as Json[]).map((c) => [c.loanId, c]));
    const cheap = byLoan.get(loans.cheap)!;
    // 0.035 is under the cap (1.4 × LPR): interest counts as paid; next year's repayment does not count.
    expect(cheap).toMatchObject({ creditCode: own.creditCode, grade: 'A', eligible: true, interestPaidFen: 593_056, eligibleInterestFen: 593_056, subsidyFen: 296_528 });
    expect((cheap.trail as Json[]).filter((s) => s.step === 'repayment').map((s) => s.date)).toEqual([`${P}-03-10`, `${P}-04-10`]);
    const dear = byLoan.get(loans.dear)!;
    const lpr = (dear.trail as Json[]).find((s) => s.step === 'lpr')!.rate as string;
    const [lprN, lprD] = [BigInt(lpr.replace('.', '')), 10n ** BigInt(lpr.split('.')[1]!.length)];
    // 0.06 is above the cap: interest counts at cap / rate = (1.4 × LPR) / 0.06, rounded down; then half.
    const eligible = (2_000_000n * 14n * lprN) / (10n * lprD * 6n / 100n) / 1n;
    expect(dear.eligibleInterestFen).toBe(Number(eligible));
    // The yearly cap of 900,000 per enterprise: the cheap loan (repaid first) took 296,528 of it.
    expect(dear.subsidyFen).toBe(Math.min(Number(eligible / 2n), 900_000 - 296_528));
    expect((dear.trail as Json[]).find((s) => s.step === 'cap')).toMatchObject({ cap: 'per_enterprise_year', limitFen: 900_000, alreadyFen: 296_528 });
    expect(byLoan.get(loans.weak)).toMatchObject({ eligible: false, subsidyFen: 0, reasons: [expect.objectContaining({ code: 'subsidy.grade_below', params: { grade: 'B', minGrade: 'BBB' } })] });
    expect(byLoan.get(loans.unreported)).toMatchObject({ eligible: false, reasons: [expect.objectContaining({ code: 'subsidy.no_valid_report' })] });
    expect(run.totalFen).toBe(cheap.subsidyFen + dear.subsidyFen);
    expect(run.budgetLeftFen).toBe(100_000_000 - run.totalFen);
    expect((await ok('GET', '/claims?programme=zj-test', 'parkAdmin')).total).toBe(0);
  });

  it('writes the claims once: a second run recomputes them instead of adding more', async () => {
    const first = await ok('POST', '/programmes/zj-test/runs', 'parkAdmin', period);
    expect(first.written).toEqual({ created: 2, updated: 0, removed: 0, kept: 0 });
    const again = await ok('POST', '/programmes/zj-test/runs', 'parkAdmin', period);
    expect(again.written).toEqual({ created: 0, updated: 2, removed: 0, kept: 0 });
    const rows = await t.database.db.select({ n: count() }).from(subsidyClaims).where(eq(subsidyClaims.programmeCode, 'zj-test'));
    expect(rows[0]!.n).toBe(2);
    const audits = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'programme.run'));
    expect(audits).toHaveLength(2);
    expect((await send('POST', '/programmes/zj-test/runs', 'enterprise', period)).statusCode).toBe(403);
  });

  it('queues a written run as a job of the job system: the park follows it to its result, one at a time per programme', async () => {
    const queued = await send('POST', '/programmes/zj-test/runs', 'parkAdmin', { ...period, background: true });
    expect(queued.statusCode).toBe(202);
    const job = queued.json();
    expect(job).toMatchObject({ programmeId: 'zj-test', status: expect.stringMatching(/^(queued|running|succeeded)$/), requestedByEmail: expect.any(String) });
    const done = await t.app.kejin.jobs.waitFor(job.id);
    expect(done.status).toBe('succeeded');
    const shown = await ok('GET', `/programmes/zj-test/runs/${job.id}`, 'parkAdmin');
    // The claims the synchronous runs wrote are recomputed, not added to.
    expect(shown).toMatchObject({ status: 'succeeded', run: { period, claims: 4, eligible: 2, written: { created: 0, updated: 2, removed: 0, kept: 0 } }, errorCode: null });
    const rows = await t.database.db.select({ n: count() }).from(subsidyClaims).where(eq(subsidyClaims.programmeCode, 'zj-test'));
    expect(rows[0]!.n).toBe(2);
    const asked = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'programme.run_queued'));
    expect(asked).toHaveLength(1);
    expect(asked[0]!.details).toMatchObject({ code: 'zj-test', jobId: job.id });
    expect((await send('GET', `/programmes/zj-test/runs/${job.id}`, 'enterprise')).statusCode).toBe(403);
    expect((await send('GET', '/programmes/zj-test/runs/00000000-0000-4000-8000-000000000000', 'parkAdmin')).json().error.code).toBe('job.not_found');
    expect((await send('POST', '/programmes/zj-test/runs', 'enterprise', { ...period, background: true })).statusCode).toBe(403);
  });

  it('moves a claim from publication to payment as the table allows, and refuses every other move', async () => {
    expect(await ok('POST', '/programmes/zj-test/publish-claims', 'parkAdmin', {})).toEqual({ published: 2 });
    let claim = await claimOf(loans.cheap);
    expect(claim).toMatchObject({ state: 'published', publishedOn: today(), objectionUntil: addDays(today(), 7) });
    expect(claim.confirmBy > claim.objectionUntil).toBe(true);
    // The enterprise does not approve its own claim, nor forfeit it (the platform does); a bad account number is named.
    expect((await moveClaim(claim.id, 'enterprise', { to: 'approved', version: claim.version })).json().error).toMatchObject({ code: 'claim.illegal_move', details: { allowed: ['objected', 'confirmed', 'forfeited'] } });
    expect((await moveClaim(claim.id, 'enterprise', { to: 'forfeited', version: claim.version })).json().error.code).toBe('claim.wrong_mover');
    const badAccount = await moveClaim(claim.id, 'enterprise', { to: 'confirmed', version: claim.version, account: { name: '测试科技有限公司', bank: '招商银行张江支行', number: '6222-0212' } });
    expect(badAccount.statusCode).toBe(400);
    expect(badAccount.json().error.details.fields[0].field).toBe('account.number');
    const confirmed = await moveClaim(claim.id, 'enterprise', { to: 'confirmed', version: claim.version, account: { name: '测试科技有限公司', bank: '招商银行张江支行', number: '6222021234567890123' } });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ state: 'confirmed', confirmedOn: today(), account: { number: '6222021234567890123' } });
    // A stale version loses; the other park's administrator moves nothing here.
    expect((await moveClaim(claim.id, 'parkAdmin', { to: 'approved', version: claim.version })).json().error.code).toBe('claim.stale_version');
    expect((await moveClaim(claim.id, 'otherParkAdmin', { to: 'approved', version: claim.version + 1 })).statusCode).toBe(403);
    expect((await moveClaim(claim.id, 'parkAdmin', { to: 'approved', version: claim.version + 1 })).statusCode).toBe(200);
    // The lender sees the claim on its loan, the account masked.
    const seen = ((await ok('GET', '/claims', 'officer')).items as Json[]).find((c) => c.id === claim.id)!;
    expect(seen.account.number).toBe('***************0123');
    // A batch of the approved claims, paid with the finance office's reference.
    const batch = await ok('POST', '/programmes/zj-test/batches', 'parkAdmin', undefined, 201);
    expect(batch).toMatchObject({ claims: 1, totalFen: claim.subsidyFen, status: 'open' });
    expect((await send('POST', '/programmes/zj-test/batches', 'parkAdmin')).json().error.code).toBe('batch.nothing_to_pay');
    const sheet = await send('GET', `/payment-batches/${batch.id}/export.xlsx?lang=en`, 'parkAdmin');
    expect(sheet.statusCode).toBe(200);
    expect(sheet.headers['x-export-rows']).toBe('1');
    await ok('POST', `/payment-batches/${batch.id}/pay`, 'parkAdmin', { reference: 'CZ-2026-0001', paidOn: today() });
    claim = await claimOf(loans.cheap);
    expect(claim).toMatchObject({ state: 'paid', paymentReference: 'CZ-2026-0001', paidOn: today() });
    expect((await send('POST', `/payment-batches/${batch.id}/pay`, 'parkAdmin', { reference: 'again', paidOn: today() })).json().error.code).toBe('batch.already_paid');
    // Clawed back (the policy surrendered): more than was paid is refused.
    expect((await moveClaim(claim.id, 'parkAdmin', { to: 'clawed_back', version: claim.version, reason: 'policy_surrendered', clawbackFen: claim.subsidyFen + 1 })).statusCode).toBe(400);
    const clawed = await moveClaim(claim.id, 'parkAdmin', { to: 'clawed_back', version: claim.version, reason: 'policy_surrendered' });
    expect(clawed.json()).toMatchObject({ state: 'clawed_back', clawbackFen: claim.subsidyFen, decisionReason: 'policy_surrendered' });
    const final = await moveClaim(claim.id, 'parkAdmin', { to: 'paid', version: claim.version + 1, payment: { reference: 'x', paidOn: today() } });
    expect(final.json().error.code).toBe('claim.final_state');
    const history = await ok('GET', `/claims/${claim.id}`, 'enterprise');
    expect((history.events as Json[]).map((e) => [e.toState, e.mover])).toEqual([
      ['computed', 'platform'], ['published', 'park'], ['confirmed', 'enterprise'], ['approved', 'park'], ['paid', 'park'], ['clawed_back', 'park'],
    ]);
    expect((history.trail as Json[]).at(-1)).toMatchObject({ step: 'budget', outcome: 'in_full' });
  });

  it('an objection upheld sends the claim back to be recomputed; a claim not confirmed in time is forfeited', async () => {
    let claim = await claimOf(loans.dear);
    expect((await moveClaim(claim.id, 'enterprise', { to: 'objected', version: claim.version })).statusCode).toBe(400); // needs a comment
    expect((await moveClaim(claim.id, 'enterprise', { to: 'objected', version: claim.version, comment: '第二笔利息未计入' })).statusCode).toBe(200);
    expect((await moveClaim(claim.id, 'parkAdmin', { to: 'computed', version: claim.version + 1, comment: '同意复核' })).statusCode).toBe(200);
    const rerun = await ok('POST', '/programmes/zj-test/runs', 'parkAdmin', period);
    // the paid-then-clawed-back claim is decided: kept; the upheld one is recomputed
    expect(rerun.written).toMatchObject({ created: 0, updated: 1, kept: 1 });
    await ok('POST', '/programmes/zj-test/publish-claims', 'parkAdmin', {});
    claim = await claimOf(loans.dear);
    expect(claim.state).toBe('published');
    // Before the deadline nothing happens; after it, the platform forfeits the claim, once.
    expect(await forfeitUnconfirmed(t.database, new Date(), 'Asia/Shanghai')).toBe(0);
    const later = new Date(Date.now() + 40 * DAY);
    expect(await forfeitUnconfirmed(t.database, later, 'Asia/Shanghai')).toBe(1);
    expect(await forfeitUnconfirmed(t.database, later, 'Asia/Shanghai')).toBe(0);
    expect((await claimOf(loans.dear)).state).toBe('forfeited');
    const events = await t.database.db.select().from(subsidyClaimEvents).where(and(eq(subsidyClaimEvents.claimId, claim.id), eq(subsidyClaimEvents.toState, 'forfeited')));
    expect(events.map((e) => e.mover)).toEqual(['platform']);
    const late = await moveClaim(claim.id, 'enterprise', { to: 'confirmed', version: claim.version + 1, account: { name: 'x', bank: 'y', number: '62220212345678' } });
    expect(late.json().error.code).toBe('claim.final_state');
  });

  it('tells the enterprise what it qualifies for and what it lacks', async () => {
    const mine = await ok('GET', `/enterprises/${own.creditCode}/subsidies`, 'enterprise');
    const entry = (mine.programmes as Json[]).find((p) => p.programme.id === 'zj-test')!;
    expect(entry).toMatchObject({ capPerEnterpriseYearFen: 900_000, enterpriseReasons: [] });
    // This year: the cheap loan's January repayment, half of it.
    expect(entry.expectedFen).toBe(150_000);
    expect(mine.claims.map((c: Json) => c.state).sort()).toEqual(['clawed_back', 'forfeited']);
    await listDishonest(t, unreported.id, zhangjiang, `${P}-06-01`);
    const lacking = await ok('GET', `/enterprises/${unreported.creditCode}/subsidies`, 'parkAdmin');
    const reasons = ((lacking.programmes as Json[]).find((p) => p.programme.id === 'zj-test')!.enterpriseReasons as Json[]).map((r) => r.code);
    expect(reasons).toEqual(['subsidy.no_valid_report', 'subsidy.dishonest']);
    expect((await send('GET', `/enterprises/${unreported.creditCode}/subsidies`, 'enterprise')).statusCode).toBe(403);
    expect((await send('GET', `/enterprises/${own.creditCode}/subsidies`, 'officer')).statusCode).toBe(403);
  });

  it('the scheduled run recomputes every published programme in force for the year to date', async () => {
    const ctx = systemContext({ database: t.database });
    const job = await t.app.kejin.jobs.enqueue(ctx, 'subsidy.run', { key: 'schedule', trigger: 'system' });
    const done = await t.app.kejin.jobs.waitFor(job.id);
    expect(done.status).toBe('succeeded');
    const runs = (done.result as { runs: Json[] }).runs;
    expect(runs.map((r) => r.programmeId)).toContain('zj-test');
    expect(runs.find((r) => r.programmeId === 'zj-test')!.period).toMatchObject({ from: `${Y}-01-01` });
    // Last year's decided and computed claims are not touched by this year's run.
    const lastYear = await t.database.db.select({ n: count() }).from(subsidyClaims).where(eq(subsidyClaims.programmeCode, 'zj-test'));
    expect(lastYear[0]!.n).toBeGreaterThanOrEqual(2);
  });
});
