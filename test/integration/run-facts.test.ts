// The facts a subsidy run reads, set-based (loadRunFacts looks the grade and the report up once per
// enterprise and disbursement day, and aggregates the period's repayments in one join): on the
// boundaries that decide them — a rating made in the last second of the disbursement day counts and
// one at the next midnight does not, a report counts from its issue to its expiry instant, loans of
// one enterprise and day share the lookups, and repayments count on both edges of the period,
// oldest first, same-day ones in a fixed order, zero-interest ones never.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app.ts';
import { lendFor, rateAt, reportAt } from '../policy.ts';
import { loadRunFacts } from '../../src/db/repositories/subsidy-claims.ts';
import { enterprises, repayments } from '../../src/db/schema/index.ts';
import { businessDateOf } from '../../src/domain/shared/business-time.ts';

const P = Number(businessDateOf(new Date(), 'Asia/Shanghai').slice(0, 4)) - 1;
const D = `${P}-03-10`;
const NEXT = `${P}-03-11`;
const shanghai = (at: string) => new Date(`${at}+08:00`);

describe('loadRunFacts on the boundaries', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  let enterpriseB = '';

  beforeAll(async () => {
    t = await createTestApp({ enterprises: 6 });
    const bank = (await t.request('GET', '/api/v1/me', { as: 'officer' })).json().organisation.id;
    const [a, b] = await t.database.db.select().from(enterprises).limit(2);
    enterpriseB = b!.organisationId;
    await rateAt(t, a!.organisationId, 'B', shanghai(`${P}-03-01T00:00:00`));
    await rateAt(t, a!.organisationId, 'A', shanghai(`${D}T23:59:59`));
    await rateAt(t, a!.organisationId, 'AA', shanghai(`${NEXT}T00:00:00`));
    await reportAt(t, a!.organisationId, shanghai(`${NEXT}T00:00:00`), shanghai(`${P + 1}-01-01T00:00:00`));
    await rateAt(t, b!.organisationId, 'BB', shanghai(`${P}-01-01T10:00:00`));
    await reportAt(t, b!.organisationId, shanghai(`${P}-01-01T10:00:00`), shanghai(`${D}T00:00:00`));
    const lend = (e: typeof a, disbursedOn: string, paid: [string, bigint][] = []) => lendFor(t, { enterpriseId: e!.organisationId, parkId: e!.parkId, institutionId: bank, disbursedOn, amountFen: 100_000_000n, annualRate: '0.040000', repayments: paid });
    ids.a1 = await lend(a, D, [[`${P}-01-31`, 1n], [`${P}-11-30`, 5n], [`${P}-06-15`, 3n], [`${P}-02-01`, 2n], [`${P}-12-01`, 6n], [`${P}-06-15`, 4n], [`${P}-07-01`, 0n]]);
    ids.a2 = await lend(a, D);
    ids.a3 = await lend(a, NEXT, [[`${P}-02-01`, 7n]]);
    ids.b1 = await lend(b, D);
    ids.b2 = await lend(b, NEXT);
  });
  afterAll(async () => t?.close());

  it('reads the grade, the report and the repayments each loan had', async () => {
    const facts = await loadRunFacts(t.database.db, { parkIds: null, disbursedFrom: `${P}-01-01`, disbursedTo: `${P}-12-31`, periodFrom: `${P}-02-01`, periodTo: `${P}-11-30`, timezone: 'Asia/Shanghai' });
    const of = (id: string) => facts.find((f) => f.loanId === id)!;
    expect(facts.map((f) => f.loanId)).toEqual([...facts.map((f) => f.loanId)].sort());
    expect([of(ids.a1!).grade, of(ids.a2!).grade, of(ids.a3!).grade, of(ids.b1!).grade, of(ids.b2!).grade]).toEqual(['A', 'A', 'AA', 'BB', 'BB']);
    expect([of(ids.a1!).hasValidReport, of(ids.a2!).hasValidReport, of(ids.a3!).hasValidReport, of(ids.b1!).hasValidReport, of(ids.b2!).hasValidReport]).toEqual([false, false, true, true, false]);
    // The two same-day repayments in the order of their ids, as the claim's trail lists them.
    const sameDay = (await t.database.db.select().from(repayments).where(eq(repayments.loanId, ids.a1!))).filter((r) => r.paidOn === `${P}-06-15`).sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(of(ids.a1!).repaymentDates).toEqual([`${P}-02-01`, `${P}-06-15`, `${P}-06-15`, `${P}-11-30`]);
    expect(of(ids.a1!).repaymentInterestFen).toEqual([2n, ...sameDay.map((r) => r.interestFen), 5n]);
    expect(of(ids.a2!).repaymentDates).toEqual([]);
    expect(of(ids.a2!).repaymentInterestFen).toEqual([]);
    expect(of(ids.a3!).repaymentInterestFen).toEqual([7n]);
    // Scoped to one enterprise, the same facts.
    const onlyB = await loadRunFacts(t.database.db, { parkIds: null, enterpriseId: enterpriseB, disbursedFrom: `${P}-01-01`, disbursedTo: `${P}-12-31`, periodFrom: `${P}-02-01`, periodTo: `${P}-11-30`, timezone: 'Asia/Shanghai' });
    expect(onlyB.map((f) => [f.loanId, f.grade, f.hasValidReport])).toEqual([[ids.b1, 'BB', true], [ids.b2, 'BB', false]].sort((x, y) => (x[0]! < y[0]! ? -1 : 1)));
  });
});
