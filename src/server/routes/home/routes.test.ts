import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type DemoRole, type TestApp } from '../../../../test/app.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('role homes', () => {
  let t: TestApp;
  const get = async (url: string, as: DemoRole) => {
    const res = await t.request('GET', `/api/v1${url}`, { as });
    expect(res.statusCode, `${url} as ${as}: ${res.body}`).toBe(200);
    return res.json() as Json;
  };
  const total = async (url: string, as: DemoRole) => (await get(`${url}${url.includes('?') ? '&' : '?'}pageSize=1`, as)).total as number;

  beforeAll(async () => {
    t = await createTestApp({ workflow: true, history: true });
  }, 240_000);
  afterAll(() => t?.close());

  it("the bank's figures are the totals of the lists they link to, and none is empty in the demo", async () => {
    const h = await get('/home/institution', 'officer');
    expect(h.periods.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(h.reviews.dueToday).toBe(await total('/applications/review-queue?due=today', 'officer'));
    expect(h.reviews.overdue).toBe(await total('/applications/review-queue?due=overdue', 'officer'));
    expect(h.reviews.inQueue).toBe(await total('/applications/review-queue', 'officer'));
    expect(h.openSignals).toBe(await total('/signals?status=open', 'officer'));
    expect(h.loansOverdue.count).toBe(await total('/loans?overdue=true', 'officer'));
    expect(h.disbursedThisMonth.count).toBe(await total(`/loans?disbursedFrom=${h.periods.monthFrom}&disbursedTo=${h.periods.monthTo}`, 'officer'));
    for (const figure of [h.reviews.dueToday, h.reviews.overdue, h.openSignals, h.loansOverdue.count]) expect(figure).toBeGreaterThan(0);
    // Due today means due on the business day; overdue, before it.
    const due = (await get('/applications/review-queue?due=today&pageSize=100', 'officer')).items as Json[];
    expect(due.every((a) => a.deadline.on === h.periods.today)).toBe(true);
    const late = (await get('/applications/review-queue?due=overdue&pageSize=100', 'officer')).items as Json[];
    expect(late.every((a) => a.deadline.on < h.periods.today && a.deadline.status === 'missed')).toBe(true);
    const overdueLoans = (await get('/loans?overdue=true&pageSize=100', 'officer')).items as Json[];
    expect(overdueLoans.reduce((s, l) => s + l.amountFen, 0)).toBe(h.loansOverdue.amountFen);
  });

  it("the enterprise's grade, next repayment, open applications and matches are its own", async () => {
    const h = await get('/home/enterprise', 'enterprise');
    const me = await get('/me', 'enterprise');
    const rating = await get(`/enterprises/${me.organisation.creditCode}/rating`, 'enterprise');
    expect(h.rating).toMatchObject({ grade: rating.grade, score: rating.score });
    expect(h.history.at(-1)).toMatchObject({ grade: rating.grade });
    // The seeded month-end ratings come first, oldest first, each a month apart; the trend reads the last two.
    expect(h.history).toHaveLength(12);
    const days = (h.history as Json[]).map((r) => new Date(r.ratedAt).getTime());
    expect(days).toEqual([...days].sort((a, b) => a - b));
    // Each rating's business date is its moment's day in Asia/Shanghai, not in UTC.
    const shanghaiDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
    for (const r of h.history as Json[]) expect(r.ratedOn).toBe(shanghaiDay.format(new Date(r.ratedAt)));
    expect(h.rating.previousGrade).toBe(h.history.at(-2).grade);
    const [previous, latest] = (h.history as Json[]).slice(-2) as [Json, Json];
    const expected = latest.score > previous.score ? 'up' : latest.score < previous.score ? 'down' : 'flat';
    if (latest.grade === previous.grade) expect(h.rating.trend).toBe(expected);
    expect(h.openApplications).toBeGreaterThan(0);
    expect(h.openApplications).toBe(await total('/applications?open=true', 'enterprise'));
    expect(h.nextRepayment).not.toBeNull();
    const loan = await get(`/loans/${h.nextRepayment.loanId}`, 'enterprise');
    const unpaid = (loan.instalments as Json[]).filter((i) => !i.paidOn).sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1))[0]!;
    expect(h.nextRepayment).toMatchObject({ dueOn: unpaid.dueOn, period: unpaid.period, amountFen: unpaid.principalFen + unpaid.interestFen - unpaid.paidPrincipalFen - unpaid.paidInterestFen });
    expect(Array.isArray(h.matches)).toBe(true);
  });

  it('names the institutions in English for an English reader', async () => {
    const zh = await get('/home/enterprise', 'enterprise');
    const en = await get('/home/enterprise?lang=en', 'enterprise');
    const hasHan = (text: string) => /\p{Script=Han}/u.test(text);
    expect(hasHan(zh.nextRepayment.institutionName)).toBe(true);
    expect(hasHan(en.nextRepayment.institutionName)).toBe(false);
    expect(en.matches.map((m: Json) => m.productId)).toEqual(zh.matches.map((m: Json) => m.productId));
    for (const m of en.matches as Json[]) expect(hasHan(m.institutionName)).toBe(false);
  });

  it("the park's figures count its own parks only and match the lists", async () => {
    const zj = await get('/home/park', 'parkAdmin');
    const qd = await get('/home/park', 'otherParkAdmin');
    const all = await get('/home/park', 'operator');
    expect(zj.enterprises).toBe(await total('/enterprises', 'parkAdmin'));
    expect(qd.enterprises).toBe(await total('/enterprises', 'otherParkAdmin'));
    expect(zj.enterprises).toBeGreaterThan(0);
    expect(zj.enterprises + qd.enterprises).toBeLessThan(all.enterprises);
    expect((zj.grades as Json[]).reduce((s, g) => s + g.count, 0)).toBe(zj.enterprises);
    expect(zj.grades.length).toBeGreaterThan(2);
    for (const g of zj.grades as Json[]) expect(g.count, g.grade).toBe(await total(`/enterprises?grade=${g.grade}`, 'parkAdmin'));
    const year = `disbursedFrom=${zj.periods.yearFrom}&disbursedTo=${zj.periods.yearTo}`;
    expect(zj.financingThisYear.count).toBeGreaterThan(0);
    expect(zj.financingThisYear.count).toBe(await total(`/loans?${year}`, 'parkAdmin'));
    expect(qd.financingThisYear.count).toBe(await total(`/loans?${year}`, 'otherParkAdmin'));
    expect(zj.overdueResponses).toBe(await total('/applications?due=overdue', 'parkAdmin'));
    expect(zj.overdueResponses).toBeGreaterThan(0);
    expect(zj.openApplications).toBe(await total('/applications?open=true', 'parkAdmin'));
    // Qingdao's administrator never sees a Zhangjiang loan.
    const zjLoans = new Set(((await get(`/loans?${year}&pageSize=100`, 'parkAdmin')).items as Json[]).map((l) => l.id));
    const qdLoans = ((await get(`/loans?${year}&pageSize=100`, 'otherParkAdmin')).items as Json[]).map((l) => l.id);
    expect(qdLoans.some((id) => zjLoans.has(id))).toBe(false);
  });

  it("the operator's jobs, imports, model and audit figures", async () => {
    const h = await get('/home/operator', 'operator');
    expect(h.model.active).toMatchObject({ kind: 'expert' });
    expect(h.model.ratedEnterprises).toBe(60);
    expect(h.audit.events).toBe(await total(`/audit?from=${h.periods.today}&to=${h.periods.today}`, 'operator'));
    expect(h.audit.events).toBeGreaterThan(0);
    await t.request('POST', '/api/v1/auth/login', { body: { email: 'officer@bank.kejin.demo', password: 'wrong-password' } });
    const after = await get('/home/operator', 'operator');
    expect(after.audit.failedLogins).toBe(h.audit.failedLogins + 1);
    expect(after.audit.failedLogins).toBe(await total(`/audit?action=auth.login_failed&from=${h.periods.today}&to=${h.periods.today}`, 'operator'));
    expect(h.jobs).toMatchObject({ queued: expect.any(Number), running: expect.any(Number), failed: expect.any(Number) });
    // The platform's totals are the totals of the lists they open, and each park counts its enterprises as /parks does.
    expect(h.totals).toEqual({ parks: await total('/parks', 'operator'), institutions: await total('/institutions', 'operator'), enterprises: await total('/enterprises', 'operator'), users: await total('/users', 'operator') });
    expect(h.totals.enterprises).toBeGreaterThan(0);
    const parks = (await get('/parks', 'operator')).items as Json[];
    expect(h.byPark).toEqual(parks.map((p) => ({ id: p.id, name: p.name, nameEn: p.nameEn, enterprises: p.enterpriseCount })));
  });

  it('each home is its role’s', async () => {
    const status = async (kind: string, as: DemoRole) => (await t.request('GET', `/api/v1/home/${kind}`, { as })).statusCode;
    expect(await status('park', 'officer')).toBe(403);
    expect(await status('institution', 'enterprise')).toBe(403);
    expect(await status('operator', 'parkAdmin')).toBe(403);
    expect(await status('enterprise', 'operator')).toBe(403);
    expect(await status('enterprise', 'parkAdmin')).toBe(403);
    expect((await t.request('GET', '/api/v1/home/park')).statusCode).toBe(401);
  });
});
