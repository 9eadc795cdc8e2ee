import { and, asc, count, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { loanInstalments, loans, parks, poolLedgerEntries, poolLoans } from '../../db/schema/index.ts';
import { addDays, businessDateOf } from '../../domain/shared/business-time.ts';
import { DEMO_POOL_CODE, seedDemoPools, type SeededPools } from './seed-pools.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('seedDemoPools over the demo workflow', () => {
  let t: TestApp;
  let seeded: SeededPools;
  let bank: string;
  let partnerLoans: number;
  const get = async (url: string, as: 'officer' | 'parkAdmin' | 'otherParkAdmin') => {
    const res = await t.request('GET', `/api/v1${url}`, { as });
    return { status: res.statusCode, body: res.json() as Json };
  };

  beforeAll(async () => {
    t = await createTestApp({ workflow: true });
    bank = (await get('/me', 'officer')).body.organisation.id;
    const today = businessDateOf(new Date(), 'Asia/Shanghai');
    const [zj] = await t.database.db.select().from(parks).where(eq(parks.code, 'zhangjiang'));
    // The small demo has one Zhangjiang loan past 30 days overdue; a second one lets both claims be seeded.
    const live = await t.database.db.select().from(loans).where(and(eq(loans.parkId, zj!.id), eq(loans.institutionId, bank), eq(loans.daysOverdue, 0))).orderBy(asc(loans.id));
    const [first] = await t.database.db.select().from(loanInstalments).where(eq(loanInstalments.loanId, live[0]!.id)).orderBy(asc(loanInstalments.period)).limit(1);
    await t.database.db.update(loanInstalments).set({ dueOn: addDays(today, -50), paidOn: null }).where(and(eq(loanInstalments.loanId, live[0]!.id), eq(loanInstalments.period, first!.period)));
    seeded = await seedDemoPools(t.database, { now: new Date(), seed: 42 });
    expect(seeded.poolId).not.toBeNull();
    const lenders = await t.database.db.select({ institutionId: loans.institutionId }).from(loans).where(and(eq(loans.parkId, zj!.id), ne(loans.status, 'closed')));
    const partners = (await get(`/pools/${seeded.poolId}`, 'parkAdmin')).body.partners.map((p: Json) => p.id);
    partnerLoans = lenders.filter((l) => partners.includes(l.institutionId)).length;
  }, 300_000);
  afterAll(() => t?.close());

  it('funds a Zhangjiang pool by two banks and a guarantor at 4 : 3 : 3, the demo bank a partner, levered under 10×', async () => {
    expect(seeded).toMatchObject({ created: true, contributions: 3, refused: {} });
    const { status, body } = await get(`/pools/${seeded.poolId}`, 'officer');
    expect(status).toBe(200);
    expect(body).toMatchObject({ code: DEMO_POOL_CODE, park: { code: 'zhangjiang' }, leverageTarget: '10', contributedFen: 6_250_000_000, viewer: { role: 'partner', partnerId: bank } });
    expect(body.partners.map((p: Json) => p.id)).toContain(bank);
    expect(body.contributors.map((c: Json) => c.share)).toEqual(['4', '3', '3']);
    expect(body.contributors[2].name).toBe('上海申科融资担保有限公司');
    expect(body.contributorFigures.map((c: Json) => c.contributedFen)).toEqual([2_500_000_000, 1_875_000_000, 1_875_000_000]);
    // Every live loan of the two partner banks in Zhangjiang is registered, on its disbursement date
    // (or the day the pool was funded), but the demo bank's latest, proposed for its officer to confirm.
    expect(seeded).toMatchObject({ loans: partnerLoans - 1, proposed: 1 });
    const admin = (await get(`/pools/${seeded.poolId}`, 'parkAdmin')).body;
    expect(admin.loans).toHaveLength(partnerLoans - 1);
    const funded = addDays(`${Number(businessDateOf(new Date(), 'Asia/Shanghai').slice(0, 4)) - 2}-01-01`, 19);
    const disbursed = new Map((await t.database.db.select().from(loans)).map((l) => [l.id, l.disbursedOn]));
    for (const l of admin.loans) expect(l.registeredOn).toBe(disbursed.get(l.loanId)! > funded ? disbursed.get(l.loanId) : funded);
    expect(body.proposals).toHaveLength(1);
    expect(body.proposals[0]).toMatchObject({ partnerId: bank });
    expect(admin.coveredFen).toBe(admin.loans.reduce((s: number, l: Json) => s + l.outstandingFen, 0));
    expect(admin.aboveTarget).toBe(false);
    expect((await get(`/pools/${seeded.poolId}`, 'otherParkAdmin')).status).toBe(404);
  });

  it('pays one claim to the fen with its trail and shares one recovery back; another claim is under review', async () => {
    const admin = (await get(`/pools/${seeded.poolId}`, 'parkAdmin')).body;
    expect(admin.claimsByState).toMatchObject({ paid: 1, under_review: 1, filed: 0 });
    const paid = (await get(`/pool-claims/${seeded.claims.paid}`, 'officer')).body;
    const [registration] = await t.database.db.select().from(poolLoans).where(and(eq(poolLoans.poolId, seeded.poolId!), eq(poolLoans.loanId, paid.loanId)));
    // No recoveries before the payout in the demo: the net loss is the principal at default; share × it, rounded down.
    const [num, den] = registration!.share === '0.6' ? [6n, 10n] : [55n, 100n];
    const expected = Number((BigInt(paid.principalAtDefaultFen) * num) / den);
    expect(paid).toMatchObject({ state: 'paid', netLossFen: paid.principalAtDefaultFen, approvedFen: expected, paidFen: expected, limitedBy: 'none' });
    expect(paid.trail.map((s: Json) => s.step)).toEqual(['coverage_share', 'net_loss', 'loss_share', 'partner_cap', 'pool_balance']);
    expect(paid.documents.map((d: Json) => d.kind).sort()).toEqual(['collection_evidence', 'committee_minutes', 'lawsuit_acceptance_notice', 'loan_contract', 'overdue_notice', 'repayment_record']);
    expect(paid.recoveries).toHaveLength(1);
    const [recovery] = paid.recoveries;
    expect(recovery.refundFen).toBe(Number((BigInt(recovery.amountFen) * BigInt(expected)) / BigInt(paid.netLossFen)));
    expect(admin.balanceFen).toBe(6_250_000_000 - expected + recovery.refundFen);
    const review = (await get(`/pool-claims/${seeded.claims.underReview}`, 'parkAdmin')).body;
    expect(review).toMatchObject({ state: 'under_review', clock: { step: 'review' } });
    expect(review.overdueDays).toBeGreaterThan(30);
  });

  it('writes nothing on a second run', async () => {
    const before = Number((await t.database.db.select({ n: count() }).from(poolLedgerEntries))[0]!.n);
    expect(await seedDemoPools(t.database, { now: new Date(), seed: 42 })).toMatchObject({ created: false, poolId: seeded.poolId });
    expect(Number((await t.database.db.select({ n: count() }).from(poolLedgerEntries))[0]!.n)).toBe(before);
  });
});
