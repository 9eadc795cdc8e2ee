// The demo's policy instruments, told as a park would have run them this year: Zhangjiang's
// interest subsidy for enterprises rated BBB or better holding a valid credit report (50% of the
// interest paid, counted at most at LPR + 40%, ¥300,000 per enterprise a year), a Zizhu
// guarantee-fee subsidy and a Qingdao premium subsidy (免申即享). Borrowers were rated (on their
// profile as it stood then) a fortnight before their loans and some of them took a credit report;
// one was listed as seriously dishonest. The Zhangjiang programme was run 26 days ago from the
// loans and repayments held, and its claims moved through the same services a park and its
// enterprises use: published for objections, confirmed, approved, rejected, paid in a batch,
// clawed back, forfeited by the daily sweep, and — for the demo enterprise — published and waiting
// for its receiving account and its remaining proofs (the programme asks for an application form,
// the patent certificate, the pledge registration and the bank's loan contract). Everything follows from the seed and today's date.
import type { Database } from '../../db/client.ts';
import { activeOfficersAndOwners, insertDemoDishonestyListing, organisationIdNamed } from '../../db/repositories/demo-workflow.ts';
import { findParkByCode } from '../../db/repositories/parks.ts';
import { gradeBefore } from '../../db/repositories/ratings.ts';
import { findClaim, listClaims, loadRunFacts, type ClaimListed } from '../../db/repositories/subsidy-claims.ts';
import { findUserByEmail } from '../../db/repositories/users.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { QINGDAO_PREMIUM, ZHANGJIANG_RATED, ZIZHU_GUARANTEE_FEE } from '../../domain/policy/fixtures.ts';
import type { Programme } from '../../domain/policy/programme.ts';
import { addDays, businessDateOf, instantAt } from '../../domain/shared/business-time.ts';
import { GRADES } from '../../../shared/rating.ts';
import { loadActor } from '../accounts/sessions.ts';
import { forfeitUnconfirmed, moveClaim, type ClaimMoveInput } from '../policy/claims.ts';
import { createBatch, payBatch } from '../policy/batches.ts';
import { submitPolicyPayments, surrenderPolicy } from '../policy/payments.ts';
import { programmeJson, saveProgramme } from '../policy/programmes.ts';
import { runSubsidy } from '../policy/run.ts';
import { issueReport } from '../reports/issue-report.ts';
import { systemContext, type ServiceContext } from '../shared/context.ts';
import { CalendarStore } from '../workflow/calendar-store.ts';
import { seedRatingsAsOf } from './seed-rating-history.ts';
import { DEMO_PROOFS, uploadDemoProofs } from './seed-proofs.ts';

export const DEMO_PROGRAMMES = { zhangjiang: 'zhangjiang-rated-subsidy', zizhu: 'zizhu-guarantee-fee', qingdao: 'qingdao-premium' } as const;
const DEMO_OWNER = 'owner@enterprise.kejin.demo';
const ZHANGJIANG_ADMIN = 'admin@zhangjiang.kejin.demo';
/** How many Zhangjiang borrowers (besides the demo enterprise) took a credit report before their loan. */
const REPORTED = 18;

export interface SeededPolicy {
  programmes: number;
  claims: number;
  byState: Record<string, number>;
}

const gradeAtLeast = (grade: string, min: string) => GRADES.indexOf(grade as never) <= GRADES.indexOf(min as never);
type ClaimRole = 'paid' | 'clawed_back' | 'rejected' | 'forfeited' | 'objected' | 'confirmed' | 'approved' | 'computed' | 'published';
/** The parts, in casting order (computed: not yet published by the park; the rest past the first eight are forfeited). */
const ROLES: readonly ClaimRole[] = ['paid', 'clawed_back', 'rejected', 'forfeited', 'objected', 'confirmed', 'approved', 'computed', 'published', 'paid', 'paid', 'confirmed', 'approved', 'computed', 'paid', 'published'];
const ACCOUNT_BANKS = ['招商银行上海张江支行', '浦发银行张江科技支行', '上海银行浦东分行', '中国银行上海张江支行', '交通银行上海自贸区支行'];

export async function seedDemoPolicy(database: Database, options: { now: Date; seed: number; timezone: string }): Promise<SeededPolicy> {
  const { now, timezone } = options;
  const today = businessDateOf(now, timezone);
  // The claim year: this year, or last year in its first quarter (when little has been repaid yet).
  const year = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 4 ? 1 : 0);
  const yearEnd = `${year}-12-31`;
  const dayAt = (offset: number, hour = 10) => instantAt(addDays(today, offset), hour, 0, timezone);
  const ctxAt = (offset: number, actor?: Actor): ServiceContext => ({ ...systemContext({ database, timezone, now: () => dayAt(offset) }), ...(actor ? { actor } : {}) });
  const calendars = new CalendarStore();
  const dated = (p: Programme): Programme => ({ ...p, validFrom: `${year - 1}-01-01`, validTo: `${year + 1}-12-31` });
  const zhangjiangProgramme = dated({ ...ZHANGJIANG_RATED, id: DEMO_PROGRAMMES.zhangjiang, proofs: DEMO_PROOFS });

  // The programmes, saved in January (the Zhangjiang one as the park would: its budget shared pro rata).
  const january = ctxAt(Math.min(-40, -Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${year}-01-06T00:00:00Z`)) / 86_400_000)));
  await saveProgramme(january, { programme: programmeJson(zhangjiangProgramme), nameZh: '张江科学城科技信贷贴息（评级企业）', nameEn: 'Zhangjiang tech-loan interest subsidy for rated enterprises', status: 'published' });
  await saveProgramme(january, { programme: programmeJson(dated({ ...ZIZHU_GUARANTEE_FEE, id: DEMO_PROGRAMMES.zizhu })), nameZh: '紫竹高新区融资担保费补贴', nameEn: 'Zizhu guarantee-fee subsidy', status: 'published' });
  await saveProgramme(january, { programme: programmeJson(dated({ ...QINGDAO_PREMIUM, id: DEMO_PROGRAMMES.qingdao })), nameZh: '青岛高新区贷款保证保险保费补贴（免申即享）', nameEn: 'Qingdao loan-insurance premium subsidy (no application needed)', status: 'published' });
  // A draft of next year's change the park is weighing in the simulator: 60% instead of half.
  await saveProgramme(ctxAt(-1), { programme: programmeJson({ ...zhangjiangProgramme, version: 2, validFrom: addDays(today, 1), formula: { ...zhangjiangProgramme.formula, share: '0.6' } }), nameZh: '张江科学城科技信贷贴息（评级企业）', nameEn: 'Zhangjiang tech-loan interest subsidy for rated enterprises', status: 'draft' });

  // Borrowers rated a fortnight before their first loan of the period, on their profile of that day.
  const zhangjiang = (await findParkByCode(database.db, 'zhangjiang'))!;
  const runTo = addDays(today, -26) < yearEnd ? addDays(today, -26) : yearEnd;
  const facts = await loadRunFacts(database.db, { parkIds: [zhangjiang.id], disbursedFrom: zhangjiangProgramme.validFrom, disbursedTo: runTo, periodFrom: `${year}-01-01`, periodTo: runTo, timezone });
  const firstLoan = new Map<string, string>();
  for (const f of facts) if (f.repaymentDates.length && (!firstLoan.has(f.enterpriseId) || f.disbursedOn < firstLoan.get(f.enterpriseId)!)) firstLoan.set(f.enterpriseId, f.disbursedOn);
  const owner = (await activeOfficersAndOwners(database.db)).find((a) => a.email === DEMO_OWNER)?.organisationId ?? null;
  const borrowers = [...firstLoan.entries()].filter(([id]) => id !== owner).map(([enterpriseId, disbursedOn]) => ({ enterpriseId, disbursedOn, creditCode: facts.find((f) => f.enterpriseId === enterpriseId)!.creditCode })).sort((a, b) => (a.creditCode < b.creditCode ? -1 : 1));
  await seedRatingsAsOf(database, borrowers.map((b) => ({ enterpriseId: b.enterpriseId, day: addDays(b.disbursedOn, -15) })), timezone);

  // Well-rated borrowers took a report ten days before their loan (the demo enterprise too); the others did not.
  const asOf = new Map(borrowers.map((b) => [b.enterpriseId, b]));
  const ratedThen = await ratingsBefore(database, borrowers.map((b) => b.enterpriseId), (id) => instantAt(addDays(asOf.get(id)!.disbursedOn, 1), 0, 0, timezone));
  const reported = borrowers.filter((b) => gradeAtLeast(ratedThen.get(b.enterpriseId) ?? 'D', 'BBB')).slice(0, REPORTED);
  if (owner && firstLoan.has(owner)) reported.push({ enterpriseId: owner, disbursedOn: firstLoan.get(owner)!, creditCode: facts.find((f) => f.enterpriseId === owner)!.creditCode });
  for (const b of reported) {
    const issuedAt = instantAt(addDays(b.disbursedOn, -10), 15, 0, timezone);
    await issueReport({ ...systemContext({ database, timezone, now: () => issuedAt }) }, b.creditCode, 'zh-CN');
  }
  // One of them was listed as seriously dishonest in spring: the programme excludes it.
  const listed = reported.find((b) => b.enterpriseId !== owner && reported.indexOf(b) === 4);
  if (listed) await insertDemoDishonestyListing(database.db, { enterpriseId: listed.enterpriseId, parkId: zhangjiang.id, reference: `（${year}）沪0115执${1000 + (options.seed % 9000)}号`, occurredOn: `${year}-03-18`, description: '有履行能力而拒不履行生效法律文书确定义务' });

  // The run, 26 days ago, and what the park and the enterprises did with its claims since.
  await runSubsidy(ctxAt(-26), calendars, DEMO_PROGRAMMES.zhangjiang, { from: `${year}-01-01`, to: runTo });
  const claims = (await listClaims(database.db, { scope: { kind: 'all' }, programmeCode: DEMO_PROGRAMMES.zhangjiang }, { page: 1, pageSize: 1000 })).items.sort((a, b) => (a.creditCode < b.creditCode ? -1 : a.creditCode > b.creditCode ? 1 : a.id < b.id ? -1 : 1));
  const admin = await actorOf(database, ZHANGJIANG_ADMIN);
  const story = new ClaimStory(database, calendars, ctxAt, admin);
  const own = claims.filter((c) => c.enterpriseId === owner);
  // Each other claim's part in the story, in an order that shows every state even when few qualify.
  const roleOf = (i: number): ClaimRole => ROLES[i] ?? 'forfeited';
  const cast = claims.filter((c) => c.enterpriseId !== owner).map((c, i) => ({ c, role: roleOf(i) }));
  const playing = (...roles: ClaimRole[]) => cast.filter((x) => roles.includes(x.role));
  for (const { c } of playing('paid', 'clawed_back', 'rejected', 'forfeited', 'confirmed', 'approved')) await story.move(c, -25, 'park', { to: 'published' });
  for (const [i, { c }] of playing('paid', 'clawed_back', 'rejected', 'confirmed', 'approved').entries()) await story.move(c, -22, 'enterprise', { to: 'confirmed', account: accountOf(c, i) });
  // The proofs the programme asks for, before the park approves: complete for those it approves;
  // the confirmed ones still wait for their bank's loan contract.
  const allProofs = DEMO_PROOFS.map((p) => p.kind);
  for (const { c } of playing('paid', 'clawed_back', 'approved')) await uploadDemoProofs(c, allProofs, (actor) => ctxAt(-21, actor));
  for (const { c } of playing('confirmed')) await uploadDemoProofs(c, allProofs.filter((k) => k !== 'loan_contract'), (actor) => ctxAt(-21, actor));
  for (const { c } of playing('paid', 'clawed_back')) await story.move(c, -20, 'park', { to: 'approved' });
  for (const { c } of playing('rejected')) await story.move(c, -20, 'park', { to: 'rejected', reason: 'account_invalid', comment: '收款账户户名与营业执照名称不一致，请更正后重新申报' });
  if (playing('paid', 'clawed_back').length) {
    const batch = await createBatch(ctxAt(-18, admin), DEMO_PROGRAMMES.zhangjiang);
    await payBatch(ctxAt(-16, admin), batch.id, { reference: `ZJKXC-TX-${year}-0017`, paidOn: addDays(today, -16) });
  }
  // Approved after the batch was drawn up: they wait for the next one.
  for (const { c } of playing('approved')) await story.move(c, -15, 'park', { to: 'approved' });
  for (const { c } of playing('clawed_back')) await story.move(c, -5, 'park', { to: 'clawed_back', reason: 'loan_misreported', comment: '经核查，该笔贷款资金未按约定用途使用，依规追回补贴' });
  for (const c of [...own, ...playing('objected', 'published').map((x) => x.c)]) await story.move(c, -3, 'park', { to: 'published' });
  // The demo enterprise has sent its application form so far.
  for (const c of own) await uploadDemoProofs(c, ['application_form'], (actor) => ctxAt(-2, actor));
  for (const { c } of playing('objected')) await story.move(c, -2, 'enterprise', { to: 'objected', comment: '9月份的一笔利息已按时支付，但未计入贴息，请核实' });
  await seedFeeSubsidies(database, { year, today, timezone, ctxAt, calendars });
  // The daily sweep: round-one claims nobody confirmed in time are forfeited.
  await forfeitUnconfirmed(database, now, timezone);
  const final = (await listClaims(database.db, { scope: { kind: 'all' } }, { page: 1, pageSize: 5000 })).items;
  const byState: Record<string, number> = {};
  for (const c of final) byState[c.state] = (byState[c.state] ?? 0) + 1;
  return { programmes: 3, claims: final.length, byState };
}

interface FeeStory {
  year: number;
  today: string;
  timezone: string;
  ctxAt: (offset: number, actor?: Actor) => ServiceContext;
  calendars: CalendarStore;
}

/** The guarantor's or insurer's demo officer (in demo mode), else an officer of the institution named without a user. */
async function officerOf(database: Database, name: string, type: 'guarantor' | 'insurer'): Promise<Actor | null> {
  const account = await actorOf(database, `officer@${type}.kejin.demo`);
  if (account) return account;
  const id = await organisationIdNamed(database.db, name);
  return id ? { kind: 'user', userId: null, email: null, memberships: [{ role: 'institution_officer', organisationId: id, organisationType: type, parkId: null }] } : null;
}

/**
 * Zizhu's guarantor and Qingdao's insurer submit the fees and premiums on their parks' loans (one
 * guarantor charges above Zizhu's 0.8% cap on one loan); both programmes are run; Qingdao's claims
 * are published, confirmed, paid, and one is clawed back when its policy is surrendered.
 */
async function seedFeeSubsidies(database: Database, s: FeeStory): Promise<void> {
  const stories = [
    { park: 'zizhu', code: DEMO_PROGRAMMES.zizhu, kind: 'guarantee_fee' as const, by: await officerOf(database, '上海紫晨融资担保有限公司', 'guarantor'), prefix: 'ZCDB', rates: ['0.0070', '0.0075', '0.0080', '0.0095', '0.0060'] },
    { park: 'qingdao', code: DEMO_PROGRAMMES.qingdao, kind: 'premium' as const, by: await officerOf(database, '胶东海洋财产保险股份有限公司', 'insurer'), prefix: 'JDHY-BZ', rates: ['0.0150', '0.0120', '0.0180', '0.0160'] },
  ];
  for (const story of stories) {
    const park = await findParkByCode(database.db, story.park);
    if (!park || !story.by) continue;
    const runTo = addDays(s.today, -20) < `${s.year}-12-31` ? addDays(s.today, -20) : `${s.year}-12-31`;
    const loans = (await loadRunFacts(database.db, { parkIds: [park.id], disbursedFrom: `${s.year}-01-01`, disbursedTo: addDays(runTo, -1), periodFrom: `${s.year}-01-01`, periodTo: runTo, timezone: s.timezone }))
      .sort((a, b) => (a.creditCode < b.creditCode ? -1 : a.creditCode > b.creditCode ? 1 : a.disbursedOn < b.disbursedOn ? -1 : 1))
      .slice(0, 10);
    if (!loans.length) continue;
    const payments = loans.map((l, i) => {
      const feeRate = story.rates[i % story.rates.length]!;
      const [n, d] = [BigInt(feeRate.replace('.', '')), 10_000n];
      return { loanId: l.loanId, kind: story.kind, contractNo: `${story.prefix}-${s.year}-${String(101 + i).padStart(4, '0')}`, paidOn: l.disbursedOn, amountFen: (l.amountFen * n) / d, coverageFrom: l.disbursedOn, coverageTo: addDays(addDays(l.disbursedOn, 365), -1), coveredAmountFen: l.amountFen, feeRate };
    });
    await submitPolicyPayments(s.ctxAt(-28, story.by), { payments });
    const admin = await actorOf(database, `admin@${story.park}.kejin.demo`);
    await runSubsidy(s.ctxAt(-20, admin), s.calendars, story.code, { from: `${s.year}-01-01`, to: runTo });
    const claims = (await listClaims(database.db, { scope: { kind: 'all' }, programmeCode: story.code }, { page: 1, pageSize: 100 })).items.sort((a, b) => (a.creditCode < b.creditCode ? -1 : 1));
    const move = async (c: ClaimListed, offset: number, by: 'park' | 'enterprise', input: Omit<ClaimMoveInput, 'version'>) => {
      const actor: Actor | undefined = by === 'park' ? admin : { kind: 'user', userId: null, email: null, memberships: [{ role: 'enterprise_user', organisationId: c.enterpriseId, organisationType: 'enterprise', parkId: c.parkId }] };
      await moveClaim(s.ctxAt(offset, actor), s.calendars, c.id, { ...input, version: (await findClaim(database.db, c.id))!.version });
    };
    // Every claim published the next day; in Qingdao most were confirmed, approved and paid.
    for (const c of claims) await move(c, -19, 'park', { to: 'published' });
    if (story.park !== 'qingdao') continue;
    const paid = claims.slice(0, Math.max(1, claims.length - 2));
    for (const [i, c] of paid.entries()) await move(c, -15, 'enterprise', { to: 'confirmed', account: accountOf(c, i) });
    for (const c of paid) await move(c, -13, 'park', { to: 'approved' });
    const batch = await createBatch(s.ctxAt(-12, admin), story.code);
    await payBatch(s.ctxAt(-10, admin), batch.id, { reference: `QDGX-BF-${s.year}-0009`, paidOn: addDays(s.today, -10) });
    // One policy was surrendered last week: Qingdao claws back all of its subsidy.
    const surrendered = paid[0]!;
    const payment = payments.find((p) => p.loanId === surrendered.loanId)!;
    await surrenderPolicy(s.ctxAt(-6, story.by), { loanId: surrendered.loanId, contractNo: payment.contractNo, surrenderedOn: addDays(s.today, -7) });
  }
}

/** The grade in force at a moment per enterprise (its latest rating made before it). */
async function ratingsBefore(database: Database, ids: string[], before: (id: string) => Date): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const id of ids) {
    const grade = await gradeBefore(database.db, id, before(id));
    if (grade) out.set(id, grade);
  }
  return out;
}

async function actorOf(database: Database, email: string): Promise<Actor | undefined> {
  const user = await findUserByEmail(database.db, email);
  return user ? loadActor(database, user) : undefined;
}

function accountOf(c: ClaimListed, i: number) {
  const digits = c.creditCode.replace(/\D/g, '').padEnd(12, '7').slice(0, 12);
  return { name: c.enterpriseName, bank: ACCOUNT_BANKS[i % ACCOUNT_BANKS.length]!, number: `6222${digits}${String(i).padStart(3, '0')}` };
}

/** Moves the demo's claims through the services, each as its mover would, on the day given. */
class ClaimStory {
  constructor(
    private readonly database: Database,
    private readonly calendars: CalendarStore,
    private readonly ctxAt: (offset: number, actor?: Actor) => ServiceContext,
    private readonly admin: Actor | undefined,
  ) {}

  async move(c: ClaimListed, offset: number, by: 'park' | 'enterprise', input: Omit<ClaimMoveInput, 'version'>): Promise<void> {
    const actor: Actor | undefined = by === 'park' ? this.admin : { kind: 'user', userId: null, email: null, memberships: [{ role: 'enterprise_user', organisationId: c.enterpriseId, organisationType: 'enterprise', parkId: c.parkId }] };
    const current = await findClaim(this.database.db, c.id);
    await moveClaim(this.ctxAt(offset, actor), this.calendars, c.id, { ...input, version: current!.version });
  }
}
