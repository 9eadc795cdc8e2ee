// The subsidy rules that say "only one", raced (on PostgreSQL over several connections, so the runs
// really overlap; PGlite runs them one after another): one claim per programme, loan and period
// however many runs there are at once, and the same interest never subsidised by two programmes
// that may not be combined. The verdicts are counts of rows, never timings.
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app.ts';
import { lendFor, rateAt, reportAt } from '../policy.ts';
import { enterprises, parks, programmes, subsidyClaimEvents, subsidyClaims } from '../../src/db/schema/index.ts';
import { ZHANGJIANG_RATED } from '../../src/domain/policy/fixtures.ts';
import { businessDateOf } from '../../src/domain/shared/business-time.ts';
import { programmeJson } from '../../src/services/policy/programmes.ts';
import { newId } from '../../src/services/shared/ids.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const Y = Number(businessDateOf(new Date(), 'Asia/Shanghai').slice(0, 4));
const P = Y - 1;
const period = { from: `${P}-01-01`, to: `${P}-12-31` };
const at = (date: string) => new Date(`${date}T02:00:00Z`);
const race = <T>(n: number, call: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => call(i)));

describe('subsidy only-one rules under concurrent runs', () => {
  let t: TestApp;
  let zhangjiang: string;
  const loanIds: string[] = [];
  const body = (id: string, over: Json = {}) => ({ ...programmeJson({ ...ZHANGJIANG_RATED, id, validFrom: `${P}-01-01`, validTo: `${Y + 1}-12-31` }), ...over });

  beforeAll(async () => {
    t = await createTestApp({ enterprises: 12 });
    const bank = (await t.request('GET', '/api/v1/me', { as: 'officer' })).json().organisation.id;
    zhangjiang = (await t.database.db.select().from(parks).where(eq(parks.code, 'zhangjiang')))[0]!.id;
    const firms = (await t.database.db.select().from(enterprises).where(eq(enterprises.parkId, zhangjiang))).slice(0, 3);
    for (const [i, f] of firms.entries()) {
      await rateAt(t, f.organisationId, 'A', at(`${P}-01-05`));
      await reportAt(t, f.organisationId, at(`${P}-01-06`), at(`${Y + 1}-01-05`));
      loanIds.push(await lendFor(t, { enterpriseId: f.organisationId, parkId: zhangjiang, institutionId: bank, disbursedOn: `${P}-02-1${i}`, amountFen: 100_000_000n, annualRate: '0.035000', repayments: [[`${P}-03-1${i}`, 300_000n], [`${P}-04-1${i}`, 300_000n]] }));
    }
    const saved = await t.request('POST', '/api/v1/programmes', { as: 'parkAdmin', body: body('race-a') });
    expect(saved.statusCode, saved.body).toBe(201);
  });
  afterAll(async () => t?.close());

  const claimsOf = async (code: string) => Number((await t.database.db.select({ n: count() }).from(subsidyClaims).where(eq(subsidyClaims.programmeCode, code)))[0]!.n);

  it('20 runs of one programme at once leave one claim per loan and period', async () => {
    const responses = await race(20, () => t.request('POST', '/api/v1/programmes/race-a/runs', { as: 'parkAdmin', body: period }));
    for (const r of responses) {
      // A run that lost the race to the unique index says so; the others recomputed what the first wrote.
      if (r.statusCode !== 200) expect(r.json().error.code, r.body).toBe('unique.one_claim_per_loan_and_period');
    }
    expect(responses.some((r) => r.statusCode === 200)).toBe(true);
    expect(await claimsOf('race-a')).toBe(loanIds.length);
    for (const loanId of loanIds) {
      const [row] = await t.database.db.select({ n: count() }).from(subsidyClaims).where(and(eq(subsidyClaims.loanId, loanId), eq(subsidyClaims.periodFrom, period.from)));
      expect(row!.n).toBe(1);
    }
  });

  it('two programmes racing for the same interest: only one of them subsidises each loan', async () => {
    // Two overlapping exclusive programmes can only coexist if one was written around the save
    // check (as an import or an operator's repair might): the run itself must still hold the rule.
    const now = new Date();
    for (const code of ['race-b', 'race-c']) {
      await t.database.db.insert(programmes).values({ id: newId(), code, version: 1, kind: 'interest_subsidy', parkId: zhangjiang, nameZh: code, nameEn: code, status: 'published', validFrom: `${P}-01-01`, validTo: `${Y + 1}-12-31`, budgetFen: 2_000_000_000n, body: body(code), createdAt: now, publishedAt: now });
    }
    await t.database.db.delete(subsidyClaimEvents);
    await t.database.db.delete(subsidyClaims);
    const responses = await race(20, (i) => t.request('POST', `/api/v1/programmes/${i % 2 ? 'race-b' : 'race-c'}/runs`, { as: 'parkAdmin', body: { from: `${P}-01-01`, to: `${P}-06-30` } }));
    for (const r of responses) expect([200, 409], r.body).toContain(r.statusCode);
    for (const loanId of loanIds) {
      const rows = await t.database.db.select({ code: subsidyClaims.programmeCode }).from(subsidyClaims).where(eq(subsidyClaims.loanId, loanId));
      expect(rows, JSON.stringify(rows)).toHaveLength(1);
      expect(['race-b', 'race-c']).toContain(rows[0]!.code);
    }
  });
});
