import { createHash } from 'node:crypto';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type DemoRole, type TestApp } from '../../../../test/app.ts';
import { auditEvents, loanInstalments, loans, organisations, parks, poolClaims, poolLedgerEntries, recoveries } from '../../../db/schema/index.ts';
import { addDays, businessDateOf } from '../../../domain/shared/business-time.ts';
import { newId } from '../../../services/shared/ids.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n').toString('base64');
const REVIEW = {
  filing: { workingDays: 5, documents: ['overdue_notice', 'lawsuit_acceptance_notice'] },
  review: { workingDays: 5, documents: ['loan_contract', 'repayment_record', 'collection_evidence'] },
  approval: { workingDays: 5, documents: ['committee_minutes'] },
};

describe('risk compensation pools over HTTP', () => {
  let t: TestApp;
  let bank: string;
  let otherBank: string;
  let guarantor: string;
  let today: string;
  /** The demo bank's Zhangjiang loans, smallest outstanding first, and the other bank's. */
  let own: { id: string; outstanding: bigint }[];
  let foreign: string;

  const send = (method: 'GET' | 'POST', url: string, as: DemoRole, body?: unknown) => t.request(method, `/api/v1${url}`, { as, body });
  const ok = async (method: 'GET' | 'POST', url: string, as: DemoRole, body?: unknown, status = method === 'GET' ? 200 : 201) => {
    const res = await send(method, url, as, body);
    expect(res.statusCode, res.body).toBe(status);
    return res.json() as Json;
  };
  const refused = async (res: Promise<{ statusCode: number; body: string; json: () => unknown }>, status: number, code: string) => {
    const r = await res;
    expect(r.statusCode, r.body).toBe(status);
    expect((r.json() as Json).error.code, r.body).toBe(code);
  };
  const poolBody = (id: string, over: Json = {}) => ({
    id,
    name: '张江风险补偿资金池',
    nameEn: 'Zhangjiang risk pool',
    ownerPark: 'zhangjiang',
    validFrom: '2025-01-01',
    validTo: '2027-12-31',
    contributors: [
      { id: bank, kind: 'institution', share: '4' },
      { id: otherBank, kind: 'institution', share: '3' },
      { id: guarantor, kind: 'institution', share: '3' },
    ],
    partnerIds: [bank, otherBank],
    coverage: { lossShare: '0.55', firstLoanBonusPoints: '5', requiresKeyIndustry: false, excludePolicyGuaranteed: true },
    partnerCapRatio: '0.8',
    leverage: { target: '10', allowAboveTarget: false },
    nplThreshold: '0.05',
    trigger: { overdueDaysMoreThan: 60, requiresLawsuitAccepted: true },
    review: REVIEW,
    ...over,
  });
  /** The loan's first instalment fell due `days` ago unpaid; defaulted with the exposure given. */
  const makeDefaulted = async (loanId: string, days: number, exposureFen: bigint) => {
    const [first] = await t.database.db.select().from(loanInstalments).where(eq(loanInstalments.loanId, loanId)).orderBy(asc(loanInstalments.period)).limit(1);
    await t.database.db.update(loanInstalments).set({ dueOn: addDays(today, -days), paidOn: null }).where(and(eq(loanInstalments.loanId, loanId), eq(loanInstalments.period, first!.period)));
    await t.database.db.update(loans).set({ status: 'defaulted', classification: 'loss', defaultedOn: addDays(today, -10), defaultExposureFen: exposureFen }).where(eq(loans.id, loanId));
  };
  const upload = (claimId: string, kinds: string[], as: DemoRole = 'officer') => Promise.all(kinds.map((kind) => ok('POST', `/pool-claims/${claimId}/documents`, as, { kind, name: `${kind}.pdf`, contentBase64: PDF })));
  const move = (claimId: string, as: DemoRole, body: Json) => send('POST', `/pool-claims/${claimId}/moves`, as, body);
  const ledgerRows = async () => Number((await t.database.db.select({ n: count() }).from(poolLedgerEntries))[0]!.n);

  beforeAll(async () => {
    t = await createTestApp({ workflow: true });
    today = businessDateOf(new Date(), 'Asia/Shanghai');
    bank = (await ok('GET', '/me', 'officer')).organisation.id;
    const [zj] = await t.database.db.select().from(parks).where(eq(parks.code, 'zhangjiang'));
    const zjLoans = await t.database.db.select().from(loans).where(eq(loans.parkId, zj!.id)).orderBy(asc(loans.outstandingPrincipalFen));
    own = zjLoans.filter((l) => l.institutionId === bank && l.status === 'live').map((l) => ({ id: l.id, outstanding: l.outstandingPrincipalFen }));
    foreign = zjLoans.find((l) => l.institutionId !== bank)!.id;
    otherBank = zjLoans.find((l) => l.institutionId !== bank)!.institutionId;
    guarantor = (await t.database.db.select().from(organisations).where(eq(organisations.type, 'guarantor')).limit(1))[0]!.id;
    expect(own.length).toBeGreaterThanOrEqual(3);
  }, 300_000);
  afterAll(() => t?.close());

  let poolA: string;
  let claimA: Json;
  let firstLoanA: boolean;

  it('lets the park administrator create a pool and record contributions; others are refused', async () => {
    const created = await ok('POST', '/pools', 'parkAdmin', poolBody('zj-risk-a'));
    poolA = created.id;
    expect(created).toMatchObject({ code: 'zj-risk-a', version: 1, park: { code: 'zhangjiang' }, lossShare: '0.55', leverageTarget: '10' });
    expect(created.partners.map((p: Json) => p.id)).toEqual([bank, otherBank]);
    // Another park's administrator may not own a pool in Zhangjiang, and does not see this one.
    const foreignSave = await send('POST', '/pools', 'otherParkAdmin', poolBody('zj-risk-x'));
    expect(foreignSave.statusCode, foreignSave.body).toBe(400);
    expect(foreignSave.json().error.details.fields[0]).toMatchObject({ field: 'ownerPark', code: 'pool.park_not_yours' });
    await refused(send('GET', `/pools/${poolA}`, 'otherParkAdmin'), 404, 'pool.not_found');
    await refused(send('POST', `/pools/${poolA}/contributions`, 'otherParkAdmin', { amountFen: 100, contributorId: null }), 404, 'pool.not_found');
    await refused(send('GET', '/pools', 'enterprise'), 403, 'access.role_may_not');
    await refused(send('POST', `/pools/${poolA}/contributions`, 'officer', { amountFen: 100, contributorId: bank }), 403, 'access.role_may_not');
    // A bad definition names its fields.
    const bad = await send('POST', '/pools', 'parkAdmin', poolBody('zj-risk-bad', { coverage: { lossShare: '1.2', firstLoanBonusPoints: '5', requiresKeyIndustry: false, excludePolicyGuaranteed: true }, partnerIds: [bank, newId()] }));
    expect(bad.statusCode, bad.body).toBe(400);
    expect(bad.json().error.details.fields.map((f: Json) => [f.field, f.code])).toEqual([['coverage.lossShare', 'pool.share_range']]);

    // ¥62.5m at 4 : 3 : 3 — ¥25m, ¥18.75m and ¥18.75m.
    await ok('POST', `/pools/${poolA}/contributions`, 'parkAdmin', { amountFen: 2_500_000_000, contributorId: bank, on: '2026-01-15' });
    await ok('POST', `/pools/${poolA}/contributions`, 'parkAdmin', { amountFen: 1_875_000_000, contributorId: otherBank, on: '2026-01-15' });
    await ok('POST', `/pools/${poolA}/contributions`, 'parkAdmin', { amountFen: 1_875_000_000, contributorId: guarantor, on: '2026-01-20' });
    await refused(send('POST', `/pools/${poolA}/contributions`, 'parkAdmin', { amountFen: 5, contributorId: 'nobody' }), 400, 'pool.contributor_unknown');
    const console = await ok('GET', `/pools/${poolA}`, 'parkAdmin');
    expect(console).toMatchObject({ balanceFen: 6_250_000_000, contributedFen: 6_250_000_000, coveredFen: 0, leverage: '0', headroomFen: 62_500_000_000, viewer: { role: 'administrator' } });
    expect(console.contributorFigures.map((c: Json) => [c.contributorId, c.contributedFen])).toEqual([[bank, 2_500_000_000], [otherBank, 1_875_000_000], [guarantor, 1_875_000_000]]);
    expect(console.days.map((d: Json) => [d.date, d.balanceFen])).toEqual([['2026-01-15', 4_375_000_000], ['2026-01-20', 6_250_000_000]]);
    // The partner bank lists and reads it too.
    expect((await ok('GET', '/pools', 'officer')).items.map((p: Json) => p.id)).toContain(poolA);
    expect((await ok('GET', `/pools/${poolA}`, 'officer')).viewer).toEqual({ role: 'partner', partnerId: bank });
  });

  it('registers a partner’s own loans once, with the coverage share fixed, and refuses others’ loans and non-partners', async () => {
    const [l1, l2] = own;
    const r1 = await ok('POST', `/pools/${poolA}/loans`, 'officer', { loanId: l1!.id });
    firstLoanA = r1.firstLoan;
    expect(r1).toMatchObject({ loanId: l1!.id, partnerId: bank, share: firstLoanA ? '0.6' : '0.55', principalFen: Number(l1!.outstanding), registeredOn: today });
    await ok('POST', `/pools/${poolA}/loans`, 'officer', { loanId: l2!.id });
    await refused(send('POST', `/pools/${poolA}/loans`, 'officer', { loanId: l1!.id }), 409, 'pool.loan_already_registered');
    // Another bank's loan: the demo officer does not confirm for it.
    await refused(send('POST', `/pools/${poolA}/loans`, 'officer', { loanId: foreign }), 403, 'access.not_a_party');
    await refused(send('POST', `/pools/${poolA}/loans`, 'parkAdmin', { loanId: l1!.id }), 403, 'access.role_may_not');
    // A loan already repaid is not covered.
    await t.database.db.update(loans).set({ status: 'closed' }).where(eq(loans.id, own[2]!.id));
    await refused(send('POST', `/pools/${poolA}/loans`, 'officer', { loanId: own[2]!.id }), 409, 'pool.loan_not_live');
    await t.database.db.update(loans).set({ status: 'live' }).where(eq(loans.id, own[2]!.id));
    // A pool the bank only contributes to refuses its loans; a pool it has no part in is not shown to it.
    const contributorOnly = await ok('POST', '/pools', 'parkAdmin', poolBody('zj-risk-contrib', { partnerIds: [otherBank] }));
    await ok('POST', `/pools/${contributorOnly.id}/contributions`, 'parkAdmin', { amountFen: 1_000_000_000, contributorId: null });
    await refused(send('POST', `/pools/${contributorOnly.id}/loans`, 'officer', { loanId: l1!.id }), 409, 'pool.partner_not_listed');
    expect((await ok('GET', `/pools/${contributorOnly.id}`, 'officer')).viewer.role).toBe('contributor');
    const stranger = await ok('POST', '/pools', 'parkAdmin', poolBody('zj-risk-stranger', { partnerIds: [otherBank], contributors: [{ id: 'pudong-district', kind: 'government', share: '1' }] }));
    await refused(send('GET', `/pools/${stranger.id}`, 'officer'), 404, 'pool.not_found');
    await refused(send('POST', `/pools/${stranger.id}/loans`, 'officer', { loanId: l1!.id }), 404, 'pool.not_found');
    expect((await ok('GET', '/pools', 'officer')).items.map((p: Json) => p.id)).not.toContain(stranger.id);
  });

  it('files a claim once the trigger is met, reviews it through the table, approves the exact payout and pays it', async () => {
    const loanId = own[0]!.id;
    // ¥123,456.79 outstanding at default, ¥3,456.78 recovered before: net loss 12,000,001 fen.
    await makeDefaulted(loanId, 75, 12_345_679n);
    await t.database.db.insert(recoveries).values({ id: newId(), loanId, recoveredOn: addDays(today, -5), amountFen: 345_678n, source: 'collateral', recordedAt: new Date() });
    await refused(send('POST', `/pools/${poolA}/claims`, 'officer', { loanId, lawsuitAcceptedOn: null }), 409, 'pool.claim_lawsuit_not_accepted');
    await refused(send('POST', `/pools/${poolA}/claims`, 'officer', { loanId: own[2]!.id, lawsuitAcceptedOn: today }), 409, 'pool.loan_not_registered');
    claimA = await ok('POST', `/pools/${poolA}/claims`, 'officer', { loanId, lawsuitAcceptedOn: addDays(today, -3) });
    expect(claimA).toMatchObject({ state: 'filed', version: 1, overdueSince: addDays(today, -74), overdueDays: 74, principalAtDefaultFen: 12_345_679, clock: { step: 'filing', startedOn: today } });
    await refused(send('POST', `/pools/${poolA}/claims`, 'officer', { loanId, lawsuitAcceptedOn: today }), 409, 'unique.one_open_pool_claim_per_loan');

    // Illegal, wrong mover, missing documents, a text file posing as a PDF: each refused, nothing moves.
    await refused(move(claimA.id, 'parkAdmin', { to: 'paid', version: 1 }), 409, 'pool.claim_illegal_move');
    await refused(move(claimA.id, 'officer', { to: 'under_review', version: 1 }), 409, 'pool.claim_wrong_mover');
    await refused(move(claimA.id, 'parkAdmin', { to: 'under_review', version: 1 }), 409, 'pool.claim_documents_missing');
    await refused(send('POST', `/pool-claims/${claimA.id}/documents`, 'officer', { kind: 'overdue_notice', name: 'notice.pdf', contentBase64: Buffer.from('just text').toString('base64') }), 400, 'document.type_not_allowed');
    await refused(move(claimA.id, 'otherParkAdmin', { to: 'under_review', version: 1 }), 404, 'pool.claim_not_found');
    const docs = await upload(claimA.id, ['overdue_notice', 'lawsuit_acceptance_notice']);
    expect(docs[0]).toMatchObject({ contentType: 'application/pdf', sizeBytes: Buffer.from(PDF, 'base64').length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // The park and the partner download it as it was sent; another park does not even learn it exists.
    for (const as of ['parkAdmin', 'officer'] as const) {
      const got = await send('GET', `/pool-claims/${claimA.id}/documents/${docs[0]!.id}`, as);
      expect(got.statusCode).toBe(200);
      expect(got.headers['content-type']).toBe('application/pdf');
      expect(got.headers['content-disposition']).toContain('overdue_notice.pdf');
      expect(got.rawPayload.equals(Buffer.from(PDF, 'base64'))).toBe(true);
    }
    expect((await send('GET', `/pool-claims/${claimA.id}/documents/${docs[0]!.id}`, 'otherParkAdmin')).statusCode).toBe(404);
    expect((await send('GET', `/pool-claims/${claimA.id}/documents/00000000-0000-7000-8000-000000000000`, 'parkAdmin')).json().error.code).toBe('document.not_found');
    expect((await ok('POST', `/pool-claims/${claimA.id}/moves`, 'parkAdmin', { to: 'under_review', version: 1 }, 200)).state).toBe('under_review');
    await refused(move(claimA.id, 'parkAdmin', { to: 'awaiting_approval', version: 1 }), 409, 'pool.claim_documents_missing');
    await upload(claimA.id, ['loan_contract', 'repayment_record', 'collection_evidence']);
    await refused(move(claimA.id, 'parkAdmin', { to: 'awaiting_approval', version: 1 }), 409, 'pool.claim_stale_version');
    await ok('POST', `/pool-claims/${claimA.id}/moves`, 'parkAdmin', { to: 'awaiting_approval', version: 2 }, 200);
    await upload(claimA.id, ['committee_minutes'], 'parkAdmin');
    // A new version lowers the share for loans registered from now on; this loan keeps the share fixed at registration.
    const v2 = await ok('POST', '/pools', 'parkAdmin', poolBody('zj-risk-a', { coverage: { lossShare: '0.4', firstLoanBonusPoints: '0', requiresKeyIndustry: false, excludePolicyGuaranteed: true } }));
    expect(v2).toMatchObject({ id: poolA, version: 2, lossShare: '0.4' });
    await refused(send('POST', '/pools', 'otherParkAdmin', poolBody('zj-risk-a')), 400, 'pool.park_not_yours');
    const approved = await ok('POST', `/pool-claims/${claimA.id}/moves`, 'parkAdmin', { to: 'approved', version: 3 }, 200);
    // 12,000,001 × 0.6 = 7,200,000.6 → 7,200,000 (first loan); × 0.55 = 6,600,000.55 → 6,600,000.
    const expected = firstLoanA ? 7_200_000 : 6_600_000;
    expect(approved).toMatchObject({ state: 'approved', netLossFen: 12_000_001, approvedFen: expected, limitedBy: 'none' });
    expect(approved.trail.map((s: Json) => s.step)).toEqual(['coverage_share', 'net_loss', 'loss_share', 'partner_cap', 'pool_balance']);
    expect(approved.trail[1]).toEqual({ step: 'net_loss', principalAtDefaultFen: 12_345_679, recoveriesFen: 345_678, netLossFen: 12_000_001 });
    expect(approved.trail[3]).toMatchObject({ ratio: '0.8', partnerLossFen: 12_000_001, limitFen: 9_600_000, alreadyPaidFen: 0, roomFen: 9_600_000, beforeFen: expected, afterFen: expected });
    expect(approved.trail[4]).toEqual({ step: 'pool_balance', balanceFen: 6_250_000_000, beforeFen: expected, afterFen: expected });

    // More than approved: refused, nothing written.
    const before = await ledgerRows();
    await refused(move(claimA.id, 'parkAdmin', { to: 'paid', version: 4, payment: { amountFen: expected + 1 } }), 409, 'pool.payout_above_approved');
    expect(await ledgerRows()).toBe(before);
    const paid = await ok('POST', `/pool-claims/${claimA.id}/moves`, 'parkAdmin', { to: 'paid', version: 4, payment: { reference: 'ZJ-PAY-1' } }, 200);
    expect(paid).toMatchObject({ state: 'paid', paidFen: expected, paidOn: today, paymentReference: 'ZJ-PAY-1' });
    expect(paid.events.map((e: Json) => [e.fromState, e.toState, e.mover])).toEqual([[null, 'filed', 'partner'], ['filed', 'under_review', 'administrator'], ['under_review', 'awaiting_approval', 'administrator'], ['awaiting_approval', 'approved', 'administrator'], ['approved', 'paid', 'administrator']]);
    await refused(move(claimA.id, 'parkAdmin', { to: 'withdrawn', version: 5 }), 409, 'pool.claim_final_state');
    const console = await ok('GET', `/pools/${poolA}`, 'parkAdmin');
    expect(console).toMatchObject({ balanceFen: 6_250_000_000 - expected, paidFen: expected });
    expect(console.claimsByState).toMatchObject({ paid: 1, filed: 0 });
    // The payout is split among the contributors 4 : 3 : 3 by largest remainder.
    expect(console.contributorFigures.map((c: Json) => c.payoutsFen)).toEqual(firstLoanA ? [2_880_000, 2_160_000, 2_160_000] : [2_640_000, 1_980_000, 1_980_000]);
  });

  it('shares recoveries after payment back to the pool, cumulatively and rounded down', async () => {
    const paidFen = firstLoanA ? 7_200_000 : 6_600_000;
    const first = await ok('POST', `/pool-claims/${claimA.id}/recoveries`, 'officer', { amountFen: 1_000_000, note: '拍卖款' });
    // 1,000,000 × paid ÷ 12,000,001, rounded down.
    expect(first).toMatchObject({ amountFen: 1_000_000, refundFen: firstLoanA ? 599_999 : 549_999 });
    expect(first.trail[0]).toMatchObject({ step: 'recovery_share', paidFen, netLossFen: 12_000_001, recoveredFen: 1_000_000, alreadyRefundedFen: 0 });
    const second = await ok('POST', `/pool-claims/${claimA.id}/recoveries`, 'officer', { amountFen: 2_345 });
    // On 1,002,345 recovered in all: 601,406 (or 551,289) due, less what was refunded.
    expect(second.refundFen).toBe(firstLoanA ? 1_407 : 1_290);
    const console = await ok('GET', `/pools/${poolA}`, 'parkAdmin');
    expect(console.refundedFen).toBe(firstLoanA ? 601_406 : 551_289);
    expect(console.balanceFen).toBe(6_250_000_000 - paidFen + (firstLoanA ? 601_406 : 551_289));
    expect(console.partnerFigures.find((p: Json) => p.partnerId === bank)).toMatchObject({ paidFen, refundedFen: firstLoanA ? 601_406 : 551_289 });
    await refused(send('POST', `/pool-claims/${claimA.id}/recoveries`, 'otherParkAdmin', { amountFen: 5 }), 404, 'pool.claim_not_found');
  });

  it('takes PDF, PNG and JPEG documents by their first bytes, refuses others and oversized ones', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(20)]);
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(20)]);
    const gif = Buffer.from('GIF89a----------');
    const post = (content: Buffer, name = 'scan') => send('POST', `/pool-claims/${claimA.id}/documents`, 'officer', { kind: 'collection_evidence', name, contentBase64: content.toString('base64') });
    // The type is what the bytes say; a name claiming another type is refused; the hash is the bytes'.
    await refused(post(png, 'scan.pdf'), 400, 'document.extension_mismatch');
    const asPng = await post(png, 'scan.png');
    expect(asPng.statusCode, asPng.body).toBe(201);
    expect(asPng.json()).toMatchObject({ contentType: 'image/png', sizeBytes: 28, sha256: createHash('sha256').update(png).digest('hex') });
    expect((await post(jpeg)).json()).toMatchObject({ contentType: 'image/jpeg' });
    await refused(post(gif), 400, 'document.type_not_allowed');
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2 * 1024 * 1024)]);
    await refused(post(big), 413, 'document.too_large');
  });

  it('shows a partner only its own standing among the partners', async () => {
    const partnerView = await ok('GET', `/pools/${poolA}`, 'officer');
    expect(partnerView.partnerFigures.map((p: Json) => p.partnerId)).toEqual([bank]);
    expect(partnerView.claims.every((c: Json) => c.partner.id === bank)).toBe(true);
    expect((await ok('GET', `/pools/${poolA}`, 'parkAdmin')).partnerFigures.map((p: Json) => p.partnerId)).toEqual([bank, otherBank]);
  });

  it('suspends a partner whose NPL ratio passes the threshold: no new registrations', async () => {
    const console = await ok('GET', `/pools/${poolA}`, 'parkAdmin');
    const standing = console.partnerFigures.find((p: Json) => p.partnerId === bank);
    // The defaulted loan's outstanding principal over both registered loans' is far above 5%.
    const [l1, l2] = [own[0]!, own[1]!];
    const [row1] = await t.database.db.select().from(loans).where(eq(loans.id, l1.id));
    expect(standing).toMatchObject({ loans: 2, nplFen: Number(row1!.outstandingPrincipalFen), outstandingFen: Number(row1!.outstandingPrincipalFen + l2.outstanding), suspended: true, threshold: '0.05' });
    await refused(send('POST', `/pools/${poolA}/loans`, 'officer', { loanId: own[2]!.id }), 409, 'pool.partner_suspended');
  });

  it('refuses to pay above the balance and writes nothing', async () => {
    // ¥50,000 in the pool; two claims each approved for the whole balance.
    const small = await ok('POST', '/pools', 'parkAdmin', poolBody('zj-risk-small', { leverage: { target: '100', allowAboveTarget: true }, trigger: { overdueDaysMoreThan: 60, requiresLawsuitAccepted: false }, review: { filing: { workingDays: 5, documents: [] }, review: { workingDays: 5, documents: [] }, approval: { workingDays: 5, documents: [] } } }));
    await ok('POST', `/pools/${small.id}/contributions`, 'parkAdmin', { amountFen: 5_000_000, contributorId: null });
    const [l1, l2] = [own[0]!.id, own[1]!.id];
    await makeDefaulted(l2, 80, 50_000_000n);
    // Registered before l1 counts as non-performing here: register l2 first while the NPL ratio is 0 in this pool.
    await t.database.db.update(loans).set({ status: 'live', classification: 'normal' }).where(eq(loans.id, l1));
    await t.database.db.update(loans).set({ status: 'live', classification: 'normal' }).where(eq(loans.id, l2));
    await ok('POST', `/pools/${small.id}/loans`, 'officer', { loanId: l1 });
    await ok('POST', `/pools/${small.id}/loans`, 'officer', { loanId: l2 });
    await t.database.db.update(loans).set({ status: 'defaulted', classification: 'loss' }).where(sql`${loans.id} IN (${l1}::uuid, ${l2}::uuid)`);
    const claims = [await ok('POST', `/pools/${small.id}/claims`, 'officer', { loanId: l1, lawsuitAcceptedOn: null }), await ok('POST', `/pools/${small.id}/claims`, 'officer', { loanId: l2, lawsuitAcceptedOn: null })];
    for (const c of claims) {
      for (const [to, version] of [['under_review', 1], ['awaiting_approval', 2], ['approved', 3]] as const) await ok('POST', `/pool-claims/${c.id}/moves`, 'parkAdmin', { to, version }, 200);
    }
    const approved = await Promise.all(claims.map((c) => ok('GET', `/pool-claims/${c.id}`, 'parkAdmin')));
    expect(approved.map((c) => [c.approvedFen, c.limitedBy])).toEqual([[5_000_000, 'pool_balance'], [5_000_000, 'pool_balance']]);
    await ok('POST', `/pool-claims/${claims[0]!.id}/moves`, 'parkAdmin', { to: 'paid', version: 4 }, 200);
    const before = { ledger: await ledgerRows(), balance: (await ok('GET', `/pools/${small.id}`, 'parkAdmin')).balanceFen };
    expect(before.balance).toBe(0);
    const refusal = await move(claims[1]!.id, 'parkAdmin', { to: 'paid', version: 4 });
    expect(refusal.statusCode, refusal.body).toBe(409);
    expect(refusal.json().error).toMatchObject({ code: 'pool.payout_above_balance', details: { params: { amount: '5000000', balance: '0' } } });
    expect(await ledgerRows()).toBe(before.ledger);
    const [still] = await t.database.db.select().from(poolClaims).where(eq(poolClaims.id, claims[1]!.id));
    expect(still).toMatchObject({ state: 'approved', paidFen: null, version: 4 });
  });

  it('returns a claim for documents, lets the partner resubmit and withdraw it, each move audited', async () => {
    const loanId = own[1]!.id; // defaulted 80 days ago by the previous test
    const claim = await ok('POST', `/pools/${poolA}/claims`, 'officer', { loanId, lawsuitAcceptedOn: addDays(today, -1) });
    await refused(move(claim.id, 'parkAdmin', { to: 'returned', version: 1 }), 409, 'pool.claim_needs_comment');
    const returned = await ok('POST', `/pool-claims/${claim.id}/moves`, 'parkAdmin', { to: 'returned', version: 1, comment: '请补充法院立案受理通知书' }, 200);
    expect(returned).toMatchObject({ state: 'returned', comment: '请补充法院立案受理通知书', clock: null });
    await refused(move(claim.id, 'parkAdmin', { to: 'filed', version: 2 }), 409, 'pool.claim_wrong_mover');
    await refused(move(claim.id, 'officer', { to: 'filed', version: 2 }), 409, 'pool.claim_documents_missing');
    await upload(claim.id, ['overdue_notice', 'lawsuit_acceptance_notice']);
    const refiled = await ok('POST', `/pool-claims/${claim.id}/moves`, 'officer', { to: 'filed', version: 2 }, 200);
    expect(refiled).toMatchObject({ state: 'filed', clock: { step: 'filing', startedOn: today } });
    const withdrawn = await ok('POST', `/pool-claims/${claim.id}/moves`, 'officer', { to: 'withdrawn', version: 3 }, 200);
    expect(withdrawn.events.map((e: Json) => [e.toState, e.mover])).toEqual([['filed', 'partner'], ['returned', 'administrator'], ['filed', 'partner'], ['withdrawn', 'partner']]);
    const audited = await t.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.targetId, claim.id)).orderBy(asc(auditEvents.id));
    expect(audited.map((a) => a.action)).toEqual(['pool.claim_filed', 'pool.claim_returned', 'pool.claim_document', 'pool.claim_document', 'pool.claim_filed', 'pool.claim_withdrawn']);
    // Withdrawn is final; a new claim on the loan may be filed.
    await refused(move(claim.id, 'officer', { to: 'filed', version: 4 }), 409, 'pool.claim_final_state');
    expect((await ok('POST', `/pools/${poolA}/claims`, 'officer', { loanId, lawsuitAcceptedOn: addDays(today, -1) })).state).toBe('filed');
  });
});
