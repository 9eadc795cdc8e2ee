// POST /programmes/simulate over loans written straight to the tables (rates, repayments, the
// grades and reports in force on the loan dates), every figure worked out by hand below.
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type DemoRole, type TestApp } from '../../../../test/app.ts';
import { lendFor, rateAt, reportAt } from '../../../../test/policy.ts';
import { auditEvents, enterprises, parks, subsidyClaims } from '../../../db/schema/index.ts';
import { ZHANGJIANG_RATED } from '../../../domain/policy/fixtures.ts';
import { businessDateOf } from '../../../domain/shared/business-time.ts';
import { programmeJson } from '../../../services/policy/programmes.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const today = () => businessDateOf(new Date(), 'Asia/Shanghai');
const Y = Number(today().slice(0, 4));
const P = Y - 1; // the claim year: last year, whole
const period = { from: `${P}-01-01`, to: `${P}-12-31` };
const at = (date: string) => new Date(`${date}T02:00:00Z`); // 10:00 in Shanghai

/** 50% of interest as paid (no rate cap), ¥4,000 per enterprise a year, first come. */
const body = (over: Json = {}) => {
  const { version: _version, ...rest } = programmeJson({
    ...ZHANGJIANG_RATED,
    id: 'zj-sim',
    validFrom: `${P}-01-01`,
    validTo: `${Y + 1}-12-31`,
    formula: { share: '0.5', rateCap: null },
    caps: { perEnterprisePerYearFen: 400_000n, perLoanFen: null, budgetFen: 100_000_000n },
    budgetRule: 'first_come',
  });
  return { ...rest, ...over };
};

describe('POST /programmes/simulate', () => {
  let t: TestApp;
  let zhangjiangName: { name: string; nameEn: string };
  const loans: Record<string, string> = {};

  const send = (as: DemoRole, payload: unknown) => t.request('POST', '/api/v1/programmes/simulate', { as, body: payload });
  const ok = async (as: DemoRole, payload: unknown) => {
    const res = await send(as, payload);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Json;
  };

  beforeAll(async () => {
    t = await createTestApp({ enterprises: 12 });
    const bank = (await t.request('GET', '/api/v1/me', { as: 'officer' })).json().organisation.id as string;
    const [zj] = await t.database.db.select().from(parks).where(eq(parks.code, 'zhangjiang'));
    zhangjiangName = { name: zj!.name, nameEn: zj!.nameEn };
    const own = (await t.request('GET', '/api/v1/me', { as: 'enterprise' })).json().organisation.id as string;
    const others = (await t.database.db.select().from(enterprises).where(eq(enterprises.parkId, zj!.id))).filter((e) => e.organisationId !== own);
    const [weak, unreported] = [others[0]!.organisationId, others[1]!.organisationId];
    for (const [e, grade] of [[own, 'A'], [weak, 'B'], [unreported, 'BBB']] as const) await rateAt(t, e, grade, at(`${P}-01-05`));
    await reportAt(t, own, at(`${P}-01-06`), at(`${Y + 1}-01-05`));
    await reportAt(t, weak, at(`${P}-01-06`), at(`${Y + 1}-01-05`));
    const lend = (e: string, disbursedOn: string, amountFen: bigint, annualRate: string, repayments: [string, bigint][]) => lendFor(t, { enterpriseId: e, parkId: zj!.id, institutionId: bank, disbursedOn, amountFen, annualRate, repayments });
    loans.cheap = await lend(own, `${P}-02-10`, 100_000_000n, '0.035000', [[`${P}-03-10`, 291_667n], [`${P}-04-10`, 301_389n], [`${Y}-01-10`, 300_000n]]);
    loans.dear = await lend(own, `${P}-03-01`, 200_000_000n, '0.060000', [[`${P}-04-01`, 1_000_000n], [`${P}-05-01`, 1_000_000n]]);
    loans.weak = await lend(weak, `${P}-02-15`, 50_000_000n, '0.040000', [[`${P}-03-15`, 150_000n]]);
    loans.unreported = await lend(unreported, `${P}-02-20`, 50_000_000n, '0.040000', [[`${P}-03-20`, 150_000n]]);
  });
  afterAll(async () => t?.close());

  it('simulates a new draft over the period’s loans to the fen, and writes nothing', async () => {
    await t.cookieOf('parkAdmin'); // signing in is audited; simulating is not
    const audits = (await t.database.db.select({ n: count() }).from(auditEvents))[0]!.n;
    const r = await ok('parkAdmin', { programme: body(), ...period, source: 'loans' });
    // The cheap loan: 291,667 + 301,389 = 593,056 in the period (next year's repayment does not count), half 296,528.
    // The dear one: 2,000,000, half 1,000,000, cut to what the ¥4,000 cap leaves after the cheap loan (repaid first): 103,472.
    expect(r).toMatchObject({
      source: 'loans', period, programmeId: 'zj-sim', programmeVersion: 1, budgetRule: 'first_come',
      loansConsidered: 4, loansRepaying: 4, eligibleLoans: 2, ineligibleLoans: 2,
      ineligibleByReason: { 'subsidy.grade_below': 1, 'subsidy.no_valid_report': 1 },
      enterprises: 3, enterprisesEligible: 1, enterprisesReached: 1,
      interestPaidFen: 2_593_056, eligibleInterestFen: 2_593_056, computedFen: 1_296_528, requestedFen: 400_000, totalFen: 400_000,
      budgetLeftBeforeFen: 100_000_000, budgetLeftAfterFen: 99_600_000, budgetShort: false, budgetExhaustedMonth: null,
      current: null, delta: null,
    });
    expect(r.byPark).toEqual([{ key: 'zhangjiang', ...zhangjiangName, loans: 4, eligibleLoans: 2, interestPaidFen: 2_593_056, requestedFen: 400_000, grantedFen: 400_000 }]);
    expect(r.byMonth).toEqual([
      { key: `${P}-03`, loans: 3, eligibleLoans: 1, interestPaidFen: 593_056, requestedFen: 296_528, grantedFen: 296_528 },
      { key: `${P}-04`, loans: 1, eligibleLoans: 1, interestPaidFen: 2_000_000, requestedFen: 103_472, grantedFen: 103_472 },
    ]);
    expect((r.byGrade as Json[]).map((g) => [g.key, g.loans, g.grantedFen])).toEqual([['A', 2, 400_000], ['BBB', 1, 0], ['B', 1, 0]]);
    expect((r.byIndustry as Json[]).reduce((n, g) => n + g.loans, 0)).toBe(4);
    expect((await t.database.db.select({ n: count() }).from(subsidyClaims))[0]!.n).toBe(0);
    expect((await t.database.db.select({ n: count() }).from(auditEvents))[0]!.n).toBe(audits);
  });

  it('runs out of budget in the month the requests reach it', async () => {
    // No yearly cap, a budget of 300,000: the cheap loan's 296,528 (March) fits, the dear loan's 1,000,000 (April) gets the 3,472 left.
    const r = await ok('parkAdmin', { programme: body({ caps: { perEnterprisePerYearFen: null, perLoanFen: null, budgetFen: 300_000 } }), ...period, source: 'loans' });
    expect(r).toMatchObject({ requestedFen: 1_296_528, totalFen: 300_000, budgetLeftAfterFen: 0, budgetShort: true, budgetExhaustedMonth: `${P}-04` });
    expect((r.byMonth as Json[]).map((m) => [m.key, m.requestedFen, m.grantedFen])).toEqual([[`${P}-03`, 296_528, 296_528], [`${P}-04`, 1_000_000, 3_472]]);
  });

  it('sets a change to the published programme beside its version in force, with the difference', async () => {
    const saved = await t.request('POST', '/api/v1/programmes', { as: 'parkAdmin', body: { ...body(), name: '张江模拟贴息' } });
    expect(saved.statusCode, saved.body).toBe(201);
    // The draft (version 2 by default, the park from version 1): 80%, no yearly cap.
    const { ownerPark: _park, ...rest } = body({ formula: { share: '0.8', rateCap: null }, caps: { perEnterprisePerYearFen: null, perLoanFen: null, budgetFen: 100_000_000 } });
    const r = await ok('parkAdmin', { programme: rest, ...period, source: 'loans' });
    // 593,056 × 0.8 = 474,444.8 → 474,444; 2,000,000 × 0.8 = 1,600,000.
    expect(r).toMatchObject({ programmeVersion: 2, totalFen: 2_074_444, requestedFen: 2_074_444, enterprisesReached: 1 });
    expect(r.current).toMatchObject({ programmeVersion: 1, totalFen: 400_000, eligibleLoans: 2 });
    expect(r.delta).toMatchObject({ totalFen: 1_674_444, requestedFen: 1_674_444, eligibleLoans: 0, enterprisesReached: 0, budgetLeftAfterFen: -1_674_444, budgetExhaustedMonth: { current: null, draft: null } });
    expect(r.delta.byPark).toEqual([{ key: 'zhangjiang', ...zhangjiangName, currentFen: 400_000, draftFen: 2_074_444, deltaFen: 1_674_444, currentEligibleLoans: 2, draftEligibleLoans: 2 }]);
    expect(r.delta.byMonth).toEqual([
      { key: `${P}-03`, currentFen: 296_528, draftFen: 474_444, deltaFen: 177_916, currentEligibleLoans: 1, draftEligibleLoans: 1 },
      { key: `${P}-04`, currentFen: 103_472, draftFen: 1_600_000, deltaFen: 1_496_528, currentEligibleLoans: 1, draftEligibleLoans: 1 },
    ]);
    // Simulating saved nothing: the programme still has its one published version.
    expect((await t.request('GET', '/api/v1/programmes/zj-sim', { as: 'parkAdmin' })).json().versions).toHaveLength(1);
  });

  it('runs a change that may only start after today over the past period as if it had been in force', async () => {
    // A new version of a published programme cannot start before today; simulated over last year's
    // loans it must still show what it would have cost on them, not nothing.
    const from = (d: string) => {
      const { ownerPark: _park, ...rest } = body({ validFrom: d, formula: { share: '0.8', rateCap: null }, caps: { perEnterprisePerYearFen: null, perLoanFen: null, budgetFen: 100_000_000 } });
      return rest;
    };
    const backdated = await ok('parkAdmin', { programme: from(`${P}-01-01`), ...period, source: 'loans' });
    const upcoming = await ok('parkAdmin', { programme: from(`${Y + 1}-01-01`), ...period, source: 'loans' });
    expect(upcoming).toMatchObject({ totalFen: backdated.totalFen, enterprisesReached: 1, eligibleLoans: 2 });
    expect(upcoming.totalFen).toBeGreaterThan(0);
    expect(upcoming.delta).toEqual(backdated.delta);
  });

  it('simulates a seeded synthetic portfolio, the same for the same seed', async () => {
    const payload = { programme: body({ id: 'zj-synthetic' }), ...period, source: 'synthetic', seed: 7, size: 3_000 };
    const [a, b] = [await ok('parkAdmin', payload), await ok('parkAdmin', payload)];
    expect(a).toEqual(b);
    expect(a).toMatchObject({ source: 'synthetic', loansConsidered: 3_000, current: null });
    expect(a.eligibleLoans).toBeGreaterThan(0);
    expect((a.byPark as Json[]).find((p) => p.key === 'zhangjiang')).toMatchObject(zhangjiangName);
    expect((a.byPark as Json[]).reduce((n, p) => n + p.grantedFen, 0)).toBe(a.totalFen);
    expect(await ok('parkAdmin', { ...payload, seed: 8 })).not.toEqual(a);
  });

  it('refuses an invalid programme or request naming the field', async () => {
    const capped = await send('parkAdmin', { programme: body({ caps: { perEnterprisePerYearFen: 400_000, perLoanFen: 200_000_000, budgetFen: 100_000_000 } }), ...period, source: 'loans' });
    expect(capped.statusCode).toBe(400);
    expect(capped.json().error.details.fields).toEqual([expect.objectContaining({ field: 'caps.perLoanFen', code: 'programme.cap_above_budget' })]);
    const share = await send('parkAdmin', { programme: body({ formula: { share: 'half', rateCap: null } }), ...period, source: 'loans' });
    expect(share.statusCode).toBe(400);
    expect(share.json().error.details.fields[0]).toMatchObject({ field: 'formula.share', code: 'programme.decimal_format' });
    const noSize = await send('parkAdmin', { programme: body(), ...period, source: 'synthetic' });
    expect(noSize.statusCode).toBe(400);
    expect(noSize.json().error.details.fields[0]).toMatchObject({ field: 'size' });
    expect((await send('parkAdmin', { programme: body(), ...period, source: 'synthetic', size: 1_000_001 })).statusCode).toBe(400);
    const backwards = await send('parkAdmin', { programme: body(), from: period.to, to: period.from, source: 'loans' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.code).toBe('subsidy.period_invalid');
  });

  it('is for the programme’s park administrators and the operator only', async () => {
    const request = { programme: body({ id: 'zj-access' }), ...period, source: 'loans' };
    const enterprise = await send('enterprise', request);
    expect(enterprise.statusCode).toBe(403);
    expect(enterprise.json().error.code).toBe('access.role_may_not');
    expect((await send('officer', request)).statusCode).toBe(403);
    expect((await send('otherParkAdmin', request)).statusCode).toBe(403);
    // A city-wide programme reads every park's loans: the operator's.
    expect((await send('parkAdmin', { ...request, programme: body({ id: 'zj-access', ownerPark: null }) })).statusCode).toBe(403);
    expect((await ok('operator', request)).totalFen).toBe(400_000);
    expect((await ok('operator', { ...request, programme: body({ id: 'city-access', ownerPark: null }) })).loansConsidered).toBe(4);
    expect((await t.request('POST', '/api/v1/programmes/simulate', { body: request })).statusCode).toBe(401);
  });
});
