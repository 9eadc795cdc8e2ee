// The pools' "only one" rules, raced in only-one.test.ts's way: N requests at once (on PostgreSQL
// over several connections, so they overlap; PGlite runs them one after another), then the rows
// are counted. A loan registers once per pool, both through the service (its check under the pool
// lock) and straight at the table (the unique index alone); a registered loan has one open claim;
// confirmations that together would pass the leverage target let one through (the pool lock).
import { and, asc, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type DemoRole, type TestApp } from '../app.ts';
import { insertPoolLoan } from '../../src/db/repositories/pools.ts';
import { isUniqueViolation } from '../../src/db/errors.ts';
import { loanInstalments, loans, organisations, parks, poolClaims, poolLoans } from '../../src/db/schema/index.ts';
import { addDays, businessDateOf } from '../../src/domain/shared/business-time.ts';
import { newId } from '../../src/services/shared/ids.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const N = 20;
const race = <T>(n: number, call: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => call(i)));

function oneWinner(responses: LightMyRequestResponse[], won: number, codes: readonly string[]) {
  const winners = responses.filter((r) => r.statusCode === won);
  expect(winners, responses.map((r) => r.body).join('\n')).toHaveLength(1);
  for (const r of responses.filter((x) => x !== winners[0])) {
    expect(r.statusCode, r.body).toBe(409);
    expect(codes, r.body).toContain(r.json().error.code);
  }
}

describe('pool only-one rules under concurrent requests', () => {
  let t: TestApp;
  let bank: string;
  let poolId: string;
  let ownLoans: string[];
  const send = (method: 'GET' | 'POST', url: string, as: DemoRole, body?: unknown) => t.request(method, `/api/v1${url}`, { as, body });
  const rows = async (where: ReturnType<typeof eq>) => Number((await t.database.db.select({ n: count() }).from(poolLoans).where(where))[0]!.n);

  beforeAll(async () => {
    t = await createTestApp({ workflow: true });
    bank = (await send('GET', '/me', 'officer')).json().organisation.id;
    const [zj] = await t.database.db.select().from(parks).where(eq(parks.code, 'zhangjiang'));
    ownLoans = (await t.database.db.select().from(loans).where(and(eq(loans.parkId, zj!.id), eq(loans.institutionId, bank))).orderBy(asc(loans.id))).map((l) => l.id);
    const guarantor = (await t.database.db.select().from(organisations).where(eq(organisations.type, 'guarantor')).limit(1))[0]!.id;
    const created = await send('POST', '/pools', 'parkAdmin', {
      id: 'zj-race',
      name: '竞争测试资金池',
      nameEn: 'Race pool',
      ownerPark: 'zhangjiang',
      validFrom: '2025-01-01',
      validTo: '2027-12-31',
      contributors: [{ id: bank, kind: 'institution', share: '1' }, { id: guarantor, kind: 'institution', share: '1' }],
      partnerIds: [bank],
      coverage: { lossShare: '0.5', firstLoanBonusPoints: '0', requiresKeyIndustry: false, excludePolicyGuaranteed: false },
      partnerCapRatio: null,
      leverage: { target: '10', allowAboveTarget: false },
      nplThreshold: '0.5',
      trigger: { overdueDaysMoreThan: 30, requiresLawsuitAccepted: false },
      review: { filing: { workingDays: 5, documents: [] }, review: { workingDays: 5, documents: [] }, approval: { workingDays: 5, documents: [] } },
    });
    expect(created.statusCode, created.body).toBe(201);
    poolId = created.json().id;
    const funded = await send('POST', `/pools/${poolId}/contributions`, 'parkAdmin', { amountFen: 1_000_000_000, contributorId: null });
    expect(funded.statusCode, funded.body).toBe(201);
    expect(ownLoans.length).toBeGreaterThanOrEqual(2);
  }, 300_000);
  afterAll(() => t?.close());

  it(`registers a loan once when ${N} registrations race`, async () => {
    const responses = await race(N, () => send('POST', `/pools/${poolId}/loans`, 'officer', { loanId: ownLoans[0] }));
    oneWinner(responses, 201, ['pool.loan_already_registered', 'unique.pool_loan_once']);
    expect(await rows(eq(poolLoans.loanId, ownLoans[0]!))).toBe(1);
  });

  it(`holds (pool, loan) in the database itself when ${N} inserts race past every check`, async () => {
    const loan = (await t.database.db.select().from(loans).where(eq(loans.id, ownLoans[1]!)))[0]!;
    const outcomes = await race(N, () =>
      t.database.db
        .transaction((tx) => insertPoolLoan(tx, { id: newId(), poolId, loanId: loan.id, partnerId: bank, enterpriseId: loan.enterpriseId, share: '0.5', firstLoan: false, principalFen: loan.outstandingPrincipalFen, poolVersion: 1, registeredOn: '2026-12-01', confirmedBy: null, createdAt: new Date() }))
        .then(() => 'inserted' as const, (err: unknown) => (isUniqueViolation(err, 'pool_loans_pool_loan_key') ? ('refused' as const) : Promise.reject(err))),
    );
    expect(outcomes.filter((o) => o === 'inserted')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'refused')).toHaveLength(N - 1);
    expect(await rows(eq(poolLoans.loanId, loan.id))).toBe(1);
  });

  it(`files one open claim on a registered loan when ${N} filings race`, async () => {
    const loanId = ownLoans[0]!;
    const today = businessDateOf(new Date(), 'Asia/Shanghai');
    const [first] = await t.database.db.select().from(loanInstalments).where(eq(loanInstalments.loanId, loanId)).orderBy(asc(loanInstalments.period)).limit(1);
    await t.database.db.update(loanInstalments).set({ dueOn: addDays(today, -45), paidOn: null }).where(and(eq(loanInstalments.loanId, loanId), eq(loanInstalments.period, first!.period)));
    const responses = await race(N, () => send('POST', `/pools/${poolId}/claims`, 'officer', { loanId, lawsuitAcceptedOn: null }));
    oneWinner(responses, 201, ['unique.one_open_pool_claim_per_loan']);
    expect(Number((await t.database.db.select({ n: count() }).from(poolClaims).where(eq(poolClaims.loanId, loanId)))[0]!.n)).toBe(1);
    expect(responses.find((r) => r.statusCode === 201)!.json() as Json).toMatchObject({ state: 'filed', overdueDays: 44 });
  });

  it(`lets one of ${N} confirmations through when two proposals together would pass the leverage target`, async () => {
    const [a, b] = await Promise.all(ownLoans.slice(0, 2).map(async (id) => (await t.database.db.select().from(loans).where(eq(loans.id, id)))[0]!));
    const bigger = a!.outstandingPrincipalFen > b!.outstandingPrincipalFen ? a!.outstandingPrincipalFen : b!.outstandingPrincipalFen;
    // A balance backing either loan alone at 10×, never both.
    const balanceFen = (bigger + 9n) / 10n;
    expect(balanceFen * 10n < a!.outstandingPrincipalFen + b!.outstandingPrincipalFen).toBe(true);
    const created = await send('POST', '/pools', 'parkAdmin', {
      id: 'zj-race-confirm', name: '确认竞争资金池', nameEn: 'Confirmation race pool', ownerPark: 'zhangjiang', validFrom: '2020-01-01', validTo: '2030-12-31',
      contributors: [{ id: 'pudong-district', kind: 'government', share: '1' }], partnerIds: [bank],
      coverage: { lossShare: '0.5', firstLoanBonusPoints: '0', requiresKeyIndustry: false, excludePolicyGuaranteed: false }, partnerCapRatio: null,
      leverage: { target: '10', allowAboveTarget: false }, nplThreshold: '0.5', trigger: { overdueDaysMoreThan: 30, requiresLawsuitAccepted: false },
      review: { filing: { workingDays: 5, documents: [] }, review: { workingDays: 5, documents: [] }, approval: { workingDays: 5, documents: [] } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const racePool = created.json().id as string;
    expect((await send('POST', `/pools/${racePool}/contributions`, 'parkAdmin', { amountFen: Number(balanceFen), contributorId: null })).statusCode).toBe(201);
    const proposals = await Promise.all([a!, b!].map((loan) => insertPoolLoan(t.database.db, { id: newId(), poolId: racePool, loanId: loan.id, partnerId: bank, enterpriseId: loan.enterpriseId, share: '0.5', firstLoan: false, principalFen: loan.outstandingPrincipalFen, poolVersion: 1, registeredOn: '2026-12-01', status: 'proposed', proposedOn: '2026-12-01', confirmedBy: null, createdAt: new Date() })));
    const responses = await race(N, (i) => send('POST', `/pool-loans/${proposals[i % 2]!.id}/confirm`, 'officer'));
    oneWinner(responses, 200, ['pool.leverage_above_target', 'pool.loan_already_registered', 'pool.registration_not_proposed']);
    expect(await rows(and(eq(poolLoans.poolId, racePool), eq(poolLoans.status, 'registered'))!)).toBe(1);
  });
});
