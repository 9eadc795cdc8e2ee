import { count, eq, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOf as day } from '../../domain/demo/workflow-clock.ts';
import { createTestApp, type DemoRole, type TestApp } from '../../../test/app.ts';
import { openTestDatabase, type TestDatabase } from '../../../test/database.ts';
import type { Database } from '../../db/client.ts';
import {
  applicationEvents,
  applications,
  enterprises,
  grants,
  loanInstalments,
  loans,
  notifications,
  organisations,
  products,
  ratings,
  recoveries,
  repayments,
  signals,
  users,
} from '../../db/schema/index.ts';
import { packageCalendarYears, workingCalendar } from '../../domain/calendar/index.ts';
import { classifyByDaysOverdue } from '../../domain/loans/classification.ts';
import { formatRate, rateFromLpr } from '../../domain/loans/rate.ts';
import { lprOn } from '../../domain/marketplace/lpr.ts';
import { fixingInForce, rateOfTenor } from '../../domain/loans/lpr.ts';
import { lprFixingsOf } from '../workflow/lpr.ts';
import type { LprTenor } from '../../domain/marketplace/products.ts';
import { installExpertModel, scoreEnterprises } from '../rating/score-enterprises.ts';
import { CalendarStore } from '../workflow/calendar-store.ts';
import { sweepWorkflow } from '../workflow/daily-sweep.ts';
import { SWEEP_HOOKS } from '../../server/sweep-hooks.ts';
import { seedDemo } from './seed-demo.ts';
import { seedDemoWorkflow, type SeededWorkflow } from './seed-workflow.ts';

const now = new Date('2026-11-21T08:00:00Z'); // a Saturday
const today = '2026-11-21';
const SEED = 11;
const ENTERPRISES = 400;
const calendar = workingCalendar(packageCalendarYears());

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

async function seeded(): Promise<{ database: TestDatabase; counts: SeededWorkflow }> {
  const database = await openTestDatabase();
  await installExpertModel(database);
  await seedDemo(database, { seed: SEED, enterprises: ENTERPRISES, now, withAccounts: true });
  await scoreEnterprises(database, { now });
  return { database, counts: await seedDemoWorkflow(database, { now, seed: SEED }) };
}

/** Everything the workflow seed wrote, with ids replaced by what they name (ids are random). */
async function dump(database: Database) {
  const db = database.db;
  const names = new Map((await db.select({ id: organisations.id, name: organisations.name }).from(organisations)).map((o) => [o.id, o.name]));
  const productKey = new Map((await db.select().from(products)).map((p) => [p.id, `${names.get(p.institutionId)}/${p.name}/${p.createdAt.toISOString()}`]));
  const apps = await db.select().from(applications);
  const appKey = new Map(apps.map((a) => [a.id, `${names.get(a.enterpriseId)}|${productKey.get(a.productId)}|${a.createdAt.toISOString()}`]));
  const loanRows = await db.select().from(loans);
  const loanKey = new Map(loanRows.map((l) => [l.id, appKey.get(l.applicationId)!]));
  const strip = <T extends object>(row: T, ...keys: (keyof T)[]) => JSON.stringify(Object.fromEntries(Object.entries(row).filter(([k]) => !keys.includes(k as keyof T))), (_k, v) => (typeof v === 'bigint' ? String(v) : v));
  const sorted = (rows: string[]) => rows.sort();
  return {
    applications: sorted(apps.map((a) => appKey.get(a.id)! + strip(a, 'id', 'enterpriseId', 'institutionId', 'productId', 'parkId', 'grantId', 'ratingId', 'snapshotId', 'needId', 'createdBy'))),
    events: sorted((await db.select().from(applicationEvents)).map((e) => appKey.get(e.applicationId)! + strip(e, 'id', 'applicationId', 'actorId', 'actorOrganisationId'))),
    loans: sorted(loanRows.map((l) => loanKey.get(l.id)! + strip(l, 'id', 'applicationId', 'enterpriseId', 'institutionId', 'productId', 'parkId', 'createdBy'))),
    instalments: sorted((await db.select().from(loanInstalments)).map((i) => loanKey.get(i.loanId)! + strip(i, 'loanId'))),
    repayments: sorted((await db.select().from(repayments)).map((r) => loanKey.get(r.loanId)! + strip(r, 'id', 'loanId', 'recordedBy'))),
    recoveries: sorted((await db.select().from(recoveries)).map((r) => loanKey.get(r.loanId)! + strip(r, 'id', 'loanId', 'recordedBy'))),
    signals: sorted((await db.select().from(signals)).map((s) => `${names.get(s.enterpriseId)}|${names.get(s.institutionId)}|${s.loanId ? loanKey.get(s.loanId) : ''}|${s.kind}|${s.severity}|${s.status}|${s.detectedAt.toISOString()}|${(s.evidence as { summaryZh: string }).summaryZh}|${s.note}`)),
    notifications: sorted((await db.select().from(notifications)).filter((n) => !n.kind.startsWith('product.') && n.kind !== 'need.taken_up').map((n) => `${names.get(n.organisationId)}|${n.kind}|${n.titleZh}|${n.createdAt.toISOString()}|${n.readAt?.toISOString()}`)),
    grants: sorted((await db.select().from(grants)).map((g) => `${names.get(g.enterpriseId)}|${names.get(g.institutionId)}|${g.categories.join(',')}|${g.purpose}|${g.expiresOn}|${g.createdAt.toISOString()}`)),
  };
}

describe('seedDemoWorkflow', () => {
  let database: TestDatabase;
  let counts: SeededWorkflow;
  // A worker's test databases share one PGlite, one schema at a time: the first seed is dumped and
  // dropped before the second, which the tests then read.
  let first: { counts: SeededWorkflow; dump: Awaited<ReturnType<typeof dump>> };
  beforeAll(async () => {
    const once = await seeded();
    first = { counts: once.counts, dump: await dump(once.database) };
    await once.database.drop();
    ({ database, counts } = await seeded());
  }, 120_000);
  afterAll(async () => database?.drop());

  const db = () => database.db;
  const rowsIn = async (table: PgTable, where?: SQL) => (await db().select({ n: count() }).from(table).where(where))[0]!.n;
  const orgId = async (name: string) => (await db().select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name)))[0]!.id;
  const demoBank = () => orgId('科金示范银行');
  const demoEnterprise = () => orgId('上海科金示范智能科技有限公司');

  it('writes the same story for the same seed', async () => {
    expect(counts).toEqual(first.counts);
    expect(await dump(database)).toEqual(first.dump);
  });

  it('has about a third of the rated enterprises apply, to products offered in their park, within range, after the first rating', async () => {
    const apps = await db().select({ a: applications, rating: ratings, product: products }).from(applications).innerJoin(ratings, eq(ratings.id, applications.ratingId)).innerJoin(products, eq(products.id, applications.productId));
    const rated = (await db().select({ id: ratings.enterpriseId }).from(ratings)).length;
    const share = new Set(apps.map((r) => r.a.enterpriseId)).size / rated;
    expect(share).toBeGreaterThan(0.28);
    expect(share).toBeLessThan(0.45);
    const earliest = new Date(now.getTime() - 550 * 86_400_000);
    for (const { a, rating, product } of apps) {
      expect(rating.enterpriseId).toBe(a.enterpriseId);
      expect(a.snapshotId).toBe(rating.snapshotId);
      expect(a.institutionId).toBe(product.institutionId);
      expect(a.amountFen >= product.amountMinFen && a.amountFen <= product.amountMaxFen).toBe(true);
      if (a.termMonths !== null) expect(a.termMonths >= product.termMinMonths! && a.termMonths <= product.termMaxMonths!).toBe(true);
      expect(a.createdAt.getTime()).toBeGreaterThan(earliest.getTime());
      expect(day(a.updatedAt) <= today).toBe(true);
      expect(a.grantId).not.toBeNull();
    }
    expect(new Set(apps.map((r) => r.a.state))).toEqual(new Set(['draft', 'submitted', 'accepted', 'info_requested', 'approved', 'rejected', 'withdrawn', 'contract_signed', 'disbursed', 'repaying', 'closed', 'overdue', 'defaulted', 'written_off'].filter((s) => apps.some((r) => r.a.state === s))));
    expect(apps.some((r) => r.a.needId !== null)).toBe(true);
  });

  it('keeps each application’s history: versions in order, the last event its state', async () => {
    const apps = await db().select().from(applications);
    const events = await db().select().from(applicationEvents).orderBy(applicationEvents.id);
    const byApp = groupBy(events, (e) => e.applicationId);
    for (const a of apps) {
      const own = byApp.get(a.id)!;
      expect(own.map((e) => e.version)).toEqual(own.map((_, i) => i + 1));
      expect(own[0]!.fromState).toBeNull();
      expect(own.at(-1)!.toState).toBe(a.state);
      expect(a.version).toBe(own.length);
      own.slice(1).forEach((e, i) => expect(e.fromState).toBe(own[i]!.toState));
      for (let i = 1; i < own.length; i++) expect(own[i]!.at.getTime()).toBeGreaterThanOrEqual(own[i - 1]!.at.getTime());
      expect(own.at(-1)!.at.getTime()).toBeLessThanOrEqual(now.getTime());
      if (a.state === 'rejected') expect(a.rejectionReason).toBe(own.at(-1)!.reason);
    }
  });

  it('computes deadlines and response times with the working-day calendar, and flags those near or missed', async () => {
    const rows = await db().select({ a: applications, turnaround: products.turnaroundDays }).from(applications).innerJoin(products, eq(products.id, applications.productId));
    let missedOpen = 0;
    for (const { a, turnaround } of rows) {
      if (!a.submittedAt) continue;
      const submitted = day(a.submittedAt);
      expect(a.deadlineOn).toBe(calendar.addWorkingDays(calendar.addWorkingDays(submitted, turnaround), a.pausedWorkingDays));
      if (a.decidedAt) expect(a.responseWorkingDays).toBe(calendar.workingDaysBetween(submitted, day(a.decidedAt)) - a.pausedWorkingDays);
      if (a.decidedAt) expect(a.deadlineMissedAt !== null).toBe(day(a.decidedAt) > a.deadlineOn!);
      if (a.state === 'submitted' || a.state === 'accepted') {
        expect(a.deadlineMissedAt !== null).toBe(a.deadlineOn! < today);
        expect(a.deadlineWarnedAt !== null).toBe(a.deadlineOn! <= calendar.addWorkingDays(today, 1));
        if (a.deadlineMissedAt) missedOpen++;
      }
      if (a.state === 'info_requested') expect(a.pausedOn).not.toBeNull();
    }
    expect(missedOpen).toBeGreaterThan(0);
    // Most answers come within the promised turnaround, some late.
    const decided = rows.filter((r) => r.a.decidedAt);
    const late = decided.filter((r) => r.a.responseWorkingDays! > r.turnaround).length / decided.length;
    expect(late).toBeGreaterThan(0.03);
    expect(late).toBeLessThan(0.3);
  });

  it('approves better grades more often, and declines with reasons that fit the grade', async () => {
    const rows = await db().select({ a: applications, grade: ratings.grade }).from(applications).innerJoin(ratings, eq(ratings.id, applications.ratingId));
    const approved = new Set((await db().select({ id: applicationEvents.applicationId }).from(applicationEvents).where(eq(applicationEvents.toState, 'approved'))).map((e) => e.id));
    const band = (g: string) => (['AAA', 'AA', 'A'].includes(g) ? 0 : g === 'BBB' ? 1 : g === 'BB' ? 2 : 3);
    const rates = [0, 1, 2, 3].map((b) => {
      const decided = rows.filter((r) => band(r.grade) === b && r.a.decidedAt);
      return decided.filter((r) => approved.has(r.a.id)).length / decided.length;
    });
    for (let b = 1; b < rates.length; b++) expect(rates[b]!).toBeLessThan(rates[b - 1]!);
    expect(rates[0]).toBeGreaterThan(0.7);
    expect(rates[3]).toBeLessThan(0.25);
    const reasons = rows.filter((r) => r.a.state === 'rejected');
    expect(reasons.every((r) => r.a.rejectionReason && r.a.rejectionText)).toBe(true);
    const weakOnGrade = reasons.filter((r) => band(r.grade) === 3 && r.a.rejectionReason === 'credit_grade').length / reasons.filter((r) => band(r.grade) === 3).length;
    const strongOnGrade = reasons.filter((r) => band(r.grade) === 0 && r.a.rejectionReason === 'credit_grade').length / Math.max(1, reasons.filter((r) => band(r.grade) === 0).length);
    expect(weakOnGrade).toBeGreaterThan(strongOnGrade);
  });

  it('stores loans priced at the LPR of their disbursement plus the product’s spread, with schedules summing to the amount', async () => {
    const rows = await db().select({ loan: loans, product: products, app: applications }).from(loans).innerJoin(products, eq(products.id, loans.productId)).innerJoin(applications, eq(applications.id, loans.applicationId));
    expect(rows.length).toBeGreaterThan(20);
    const instalments = groupBy(await db().select().from(loanInstalments), (i) => i.loanId);
    const paid = groupBy(await db().select().from(repayments), (r) => r.loanId);
    const disbursed = new Map((await db().select().from(applicationEvents).where(eq(applicationEvents.toState, 'disbursed'))).map((e) => [e.applicationId, e.at]));
    const fixings = await lprFixingsOf(db());
    for (const { loan, product, app } of rows) {
      const terms = product.terms as { rate: { lprTenor: LprTenor; spreadMinBp: number; spreadMaxBp: number } };
      expect(Number(loan.lprRate).toFixed(4)).toBe(lprOn(loan.disbursedOn)[loan.lprTenor as LprTenor].toFixed(4));
      // Each loan keeps the fixing it was priced on: the table's fixing in force on its date.
      const fixing = fixingInForce(loan.disbursedOn, fixings, calendar);
      expect(fixing.ok && { on: fixing.fixing.date, rate: rateOfTenor(fixing.fixing, loan.lprTenor as LprTenor) }).toEqual({ on: loan.lprFixingOn, rate: Number(loan.lprRate).toFixed(4) });
      expect(loan.spreadBp >= terms.rate.spreadMinBp && loan.spreadBp <= terms.rate.spreadMaxBp).toBe(true);
      expect(Number(loan.annualRate)).toBe(Number(formatRate(rateFromLpr(Number(loan.lprRate).toFixed(4), loan.spreadBp))));
      expect(loan.amountFen <= app.amountFen && loan.amountFen >= product.amountMinFen).toBe(true);
      expect(loan.termMonths).toBe(app.termMonths);
      const own = instalments.get(loan.id)!;
      expect(own).toHaveLength(loan.termMonths);
      expect(own.reduce((s, i) => s + i.principalFen, 0n)).toBe(loan.amountFen);
      for (const i of own) {
        expect(i.paidPrincipalFen <= i.principalFen && i.paidInterestFen <= i.interestFen).toBe(true);
        expect(i.paidOn !== null).toBe(i.paidPrincipalFen === i.principalFen && i.paidInterestFen === i.interestFen);
      }
      const payments = paid.get(loan.id) ?? [];
      for (const p of payments) expect(p.principalFen + p.interestFen).toBe(p.amountFen);
      expect(payments.reduce((s, p) => s + p.amountFen, 0n)).toBe(own.reduce((s, i) => s + i.paidPrincipalFen + i.paidInterestFen, 0n));
      expect(loan.outstandingPrincipalFen).toBe(loan.status === 'closed' && loan.defaultedOn === null ? 0n : own.reduce((s, i) => s + i.principalFen - i.paidPrincipalFen, 0n));
      expect(loan.maxDaysOverdue).toBeGreaterThanOrEqual(loan.daysOverdue);
      expect(day(disbursed.get(app.id)!)).toBe(loan.disbursedOn);
    }
  });

  it('keeps loan status, classification and the application’s state consistent, overdue loans warned', async () => {
    const rows = await db().select({ loan: loans, state: applications.state }).from(loans).innerJoin(applications, eq(applications.id, loans.applicationId));
    const warned = new Set((await db().select().from(signals)).filter((s) => s.kind === 'overdue_repayment').map((s) => s.loanId));
    const expected: Record<string, string[]> = { live: ['disbursed', 'repaying', 'overdue'], closed: ['closed'], defaulted: ['defaulted'], written_off: ['written_off'] };
    for (const { loan, state } of rows) {
      expect(expected[loan.status]).toContain(state);
      if (loan.status === 'live') {
        expect(loan.positionOn).toBe(today);
        expect(loan.classification).toBe(classifyByDaysOverdue(loan.daysOverdue));
        expect(state === 'overdue').toBe(loan.daysOverdue > 0);
      }
      if (state === 'overdue') {
        expect(loan.daysOverdue).toBeGreaterThan(0);
        expect(warned.has(loan.id)).toBe(true);
      }
      if (loan.maxDaysOverdue > 0) expect(warned.has(loan.id)).toBe(true);
      if (loan.status === 'defaulted' || loan.status === 'written_off') {
        expect(loan.defaultExposureFen).not.toBeNull();
        expect(loan.daysOverdue).toBeGreaterThan(90);
        expect(loan.recoveredFen <= loan.defaultExposureFen!).toBe(true);
      }
      if (loan.status === 'written_off') expect(loan.writtenOffFen).toBe(loan.defaultExposureFen! - loan.recoveredFen);
      if (loan.status === 'closed') expect(loan.closedOn).not.toBeNull();
    }
    expect(rows.some((r) => r.state === 'repaying')).toBe(true);
    expect(rows.some((r) => r.state === 'closed')).toBe(true);
    expect(rows.some((r) => r.state === 'overdue')).toBe(true);
  });

  it('writes signals with bilingual evidence, one per lender, enterprise and key', async () => {
    const rows = await db().select().from(signals);
    expect(rows.some((s) => s.kind !== 'overdue_repayment')).toBe(true);
    const lenders = new Set((await db().select().from(loans)).map((l) => `${l.institutionId} ${l.enterpriseId}`));
    for (const s of rows) {
      const evidence = s.evidence as Record<string, unknown>;
      expect(typeof evidence.summaryZh).toBe('string');
      expect(typeof evidence.summaryEn).toBe('string');
      expect(lenders.has(`${s.institutionId} ${s.enterpriseId}`)).toBe(true);
      if (s.status === 'resolved') expect(s.note && s.resolvedAt).toBeTruthy();
      if (s.status === 'open') expect(s.acknowledgedAt).toBeNull();
      expect(s.detectedAt.getTime()).toBeLessThanOrEqual(now.getTime());
    }
    if (rows.some((s) => s.kind === 'rating_downgrade')) expect(rows.find((s) => s.kind === 'rating_downgrade')!.evidence).toMatchObject({ from: expect.any(String), to: expect.any(String) });
  });

  it('gives the demo enterprise a loan repaid on schedule, an application under review and one declined with a reason', async () => {
    const bank = await demoBank();
    const own = await db().select().from(applications).where(eq(applications.enterpriseId, await demoEnterprise()));
    expect(own).toHaveLength(3);
    const reviewed = own.filter((a) => ['submitted', 'accepted'].includes(a.state));
    expect(reviewed).toHaveLength(1);
    expect(reviewed[0]!.institutionId).toBe(bank);
    const declined = own.filter((a) => a.state === 'rejected');
    expect(declined).toHaveLength(1);
    expect(declined[0]!.rejectionReason).toBeTruthy();
    const repaying = own.filter((a) => a.state === 'repaying');
    expect(repaying).toHaveLength(1);
    expect(repaying[0]!.institutionId).toBe(bank);
    const [loan] = await db().select().from(loans).where(eq(loans.applicationId, repaying[0]!.id));
    expect(loan).toMatchObject({ status: 'live', daysOverdue: 0, maxDaysOverdue: 0, classification: 'normal' });
    const due = (await db().select().from(loanInstalments).where(eq(loanInstalments.loanId, loan!.id))).filter((i) => i.dueOn < today);
    expect(due.length).toBeGreaterThan(2);
    expect(due.every((i) => i.paidOn !== null && i.paidOn <= i.dueOn)).toBe(true);
    const events = await db().select().from(applicationEvents).where(eq(applicationEvents.applicationId, repaying[0]!.id));
    expect(events.find((e) => e.toState === 'submitted')!.actorEmail).toBe('owner@enterprise.kejin.demo');
    expect(events.find((e) => e.toState === 'approved')!.actorEmail).toBe('officer@bank.kejin.demo');
    const kinds = (await db().select().from(notifications).where(eq(notifications.organisationId, await demoEnterprise()))).map((n) => n.kind);
    expect(kinds).toContain('application.decided');
  });

  it('gives the demo bank a review queue with urgent deadlines, a loan book with an overdue loan, and open warnings', async () => {
    const bank = await demoBank();
    const queue = (await db().select().from(applications).where(eq(applications.institutionId, bank))).filter((a) => ['submitted', 'accepted', 'info_requested'].includes(a.state));
    expect(queue.length).toBeGreaterThanOrEqual(8);
    expect(queue.some((a) => a.deadlineOn! < today && a.deadlineMissedAt !== null)).toBe(true);
    expect(queue.some((a) => a.deadlineOn === calendar.addWorkingDays(today, 1) && a.deadlineWarnedAt !== null)).toBe(true);
    expect(queue.some((a) => a.state === 'info_requested')).toBe(true);
    const book = (await db().select({ loan: loans, state: applications.state }).from(loans).innerJoin(applications, eq(applications.id, loans.applicationId)).where(eq(loans.institutionId, bank))).filter((r) => r.loan.status === 'live');
    expect(book.length).toBeGreaterThanOrEqual(3);
    expect(book.some((r) => r.state === 'overdue')).toBe(true);
    const open = (await db().select().from(signals).where(eq(signals.institutionId, bank))).filter((s) => s.status === 'open');
    expect(open.some((s) => s.kind === 'overdue_repayment')).toBe(true);
    expect(open.some((s) => s.kind !== 'overdue_repayment')).toBe(true);
    const kinds = new Set((await db().select().from(notifications).where(eq(notifications.organisationId, bank))).map((n) => n.kind));
    for (const kind of ['application.submitted', 'application.deadline_missed', 'loan.overdue', 'signal.raised']) expect(kinds).toContain(kind);
    const [officer] = await db().select().from(users).where(eq(users.email, 'officer@bank.kejin.demo'));
    const decided = await db().select().from(applicationEvents).where(eq(applicationEvents.actorOrganisationId, bank));
    expect(decided.length).toBeGreaterThan(0);
    expect(decided.every((e) => e.actorId === officer!.id)).toBe(true);
    const park = await orgId('张江科学城管理委员会');
    expect((await db().select().from(notifications).where(eq(notifications.organisationId, park))).some((n) => n.kind === 'application.deadline_missed')).toBe(true);
  });

  // Last: the sweep changes what it finds to change, and it must find nothing.
  it('leaves nothing for the daily sweep to move or flag', async () => {
    const before = { events: await rowsIn(applicationEvents), signals: await rowsIn(signals), notifications: await rowsIn(notifications) };
    const position = async () => (await db().select().from(loans)).map((l) => [l.id, l.outstandingPrincipalFen, l.daysOverdue, l.maxDaysOverdue, l.classification, l.status].join(' ')).sort();
    const positions = await position();
    const result = await sweepWorkflow(database, new CalendarStore(), now, 'Asia/Shanghai', SWEEP_HOOKS);
    expect(result.deadlinesNear).toBe(0);
    expect(result.deadlinesMissed).toBe(0);
    expect({ events: await rowsIn(applicationEvents), signals: await rowsIn(signals), notifications: await rowsIn(notifications) }).toEqual(before);
    expect(await position()).toEqual(positions);
    expect(await rowsIn(enterprises)).toBe(ENTERPRISES);
  });
});

describe('the demo workflow seen through the API (createTestApp with workflow)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ workflow: true });
  }, 120_000);
  afterAll(async () => t?.close());

  const get = async (url: string, as: DemoRole) => {
    const res = await t.request('GET', `/api/v1${url}`, { as });
    expect(res.statusCode, `${url} as ${as}: ${res.body}`).toBe(200);
    return res.json();
  };

  it('shows the officer a review queue led by the missed deadline, each application readable', async () => {
    const queue = await get('/applications/review-queue?pageSize=50', 'officer');
    expect(queue.total).toBeGreaterThanOrEqual(8);
    expect(queue.items[0].deadline.status).toBe('missed');
    expect(queue.items.some((a: { deadline: { status: string } }) => a.deadline.status === 'due_soon')).toBe(true);
    for (const a of queue.items.slice(0, 10)) expect((await get(`/applications/${a.id}`, 'officer')).id).toBe(a.id);
  });

  it('shows the loan book with the overdue loan first, its schedule and repayments, and open warnings', async () => {
    const book = await get('/loans?pageSize=50', 'officer');
    expect(book.items[0].daysOverdue).toBeGreaterThan(0);
    const loan = await get(`/loans/${book.items[0].id}`, 'officer');
    expect(loan.position.daysOverdue).toBe(book.items[0].daysOverdue);
    const warnings = await get('/signals?status=open', 'officer');
    expect(warnings.total).toBeGreaterThan(0);
    const notices = await get('/notifications', 'officer');
    expect(notices.items.length).toBeGreaterThan(0);
  });

  it('shows the enterprise its three applications and the park its pipeline', async () => {
    const mine = await get('/applications', 'enterprise');
    expect(mine.items.map((a: { state: string }) => a.state).sort()).toEqual(['accepted', 'rejected', 'repaying']);
    const declined = mine.items.find((a: { state: string }) => a.state === 'rejected');
    expect((await get(`/applications/${declined.id}`, 'enterprise')).id).toBe(declined.id);
    const pipeline = await get('/workflow/pipeline', 'parkAdmin');
    expect(pipeline.applications).toBeTruthy();
  });
});
