import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type DemoRole, type TestApp } from '../../../../test/app.ts';
import { auditEvents } from '../../../db/schema/index.ts';
import { readSpreadsheet } from '../../../lib/spreadsheet/index.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('list exports and the audit trail', () => {
  let t: TestApp;
  let dir: string;
  const get = async (url: string, as: DemoRole) => {
    const res = await t.request('GET', `/api/v1${url}`, { as });
    expect(res.statusCode, `${url} as ${as}: ${res.body}`).toBe(200);
    return res.json() as Json;
  };
  /** The workbook's rows (header first), read back with the platform's own reader. */
  const download = async (url: string, as: DemoRole) => {
    const res = await t.request('GET', `/api/v1${url}`, { as });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="kejin-[a-z-]+-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const file = path.join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);
    await fs.writeFile(file, res.rawPayload);
    const rows: unknown[][] = [];
    for await (const row of readSpreadsheet(file)) rows.push(row.cells);
    return rows;
  };
  const lastAudit = async () => (await t.database.db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1))[0]!;

  beforeAll(async () => {
    t = await createTestApp({ workflow: true });
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kejin-export-test-'));
  }, 240_000);
  afterAll(async () => {
    await t?.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('exports the enterprise list with its filters, headers in the reader’s language, one row per listed item, audited', async () => {
    const listed = await get('/enterprises?grade=A&pageSize=100', 'parkAdmin');
    const zh = await download('/enterprises/export.xlsx?grade=A', 'parkAdmin');
    expect(zh[0]![0]).toBe('统一社会信用代码');
    expect(zh.length - 1).toBe(listed.total);
    expect(zh.slice(1).map((r) => r[0]).sort()).toEqual((listed.items as Json[]).map((e) => e.creditCode).sort());
    expect(zh.slice(1).every((r) => r[10] === 'A')).toBe(true);
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: 'export.enterprises', actorEmail: 'admin@zhangjiang.kejin.demo' });
    expect(audit.details).toMatchObject({ rows: listed.total, filters: { grade: 'A' }, lang: 'zh-CN' });
    const en = await download('/enterprises/export.xlsx?lang=en', 'parkAdmin');
    expect(en[0]!.slice(0, 2)).toEqual(['Credit code', 'Name']);
    expect(en.length - 1).toBe((await get('/enterprises?pageSize=1', 'parkAdmin')).total);
  });

  it('is allowed exactly as the list is', async () => {
    const parks = (await get('/parks', 'operator')).items as Json[];
    const qingdao = parks.find((p) => p.code === 'qingdao')!.id;
    expect((await t.request('GET', `/api/v1/enterprises/export.xlsx?parkId=${qingdao}`, { as: 'parkAdmin' })).statusCode).toBe(403);
    expect((await t.request('GET', '/api/v1/enterprises/export.xlsx', { as: 'officer' })).statusCode).toBe(403);
    expect((await t.request('GET', '/api/v1/audit/export.xlsx', { as: 'officer' })).statusCode).toBe(403);
    expect((await t.request('GET', '/api/v1/applications/review-queue/export.xlsx', { as: 'enterprise' })).statusCode).toBe(403);
    expect((await t.request('GET', '/api/v1/loans/export.xlsx')).statusCode).toBe(401);
    expect((await t.request('GET', '/api/v1/enterprises/export.xlsx?grade=Z', { as: 'parkAdmin' })).statusCode).toBe(400);
  });

  it('exports the loan book, the review queue, the pipeline and the league table as their lists show them', async () => {
    const loans = await get('/loans?pageSize=100', 'officer');
    const book = await download('/loans/export.xlsx?lang=en', 'officer');
    expect(book[0]![0]).toBe('Enterprise');
    expect(book.length - 1).toBe(loans.total);
    const first = (loans.items as Json[])[0]!;
    const row = book.find((r) => r[1] === first.enterprise.creditCode && r[4] === (first.amountFen / 100).toFixed(2));
    expect(row, 'the loan with its amount in exact yuan').toBeDefined();
    const overdue = await download('/loans/export.xlsx?overdue=true', 'officer');
    expect(overdue.length - 1).toBe((await get('/loans?overdue=true', 'officer')).total);

    const queue = await download('/applications/review-queue/export.xlsx?due=overdue', 'officer');
    expect(queue[0]![0]).toBe('企业');
    expect(queue.length - 1).toBe((await get('/applications/review-queue?due=overdue', 'officer')).total);
    expect(queue.slice(1).every((r) => r[9] === '已超期')).toBe(true);
    expect((await lastAudit()).action).toBe('export.review_queue');

    const pipeline = await get('/workflow/pipeline', 'parkAdmin');
    const funnel = await download('/workflow/pipeline/export.xlsx?lang=en', 'parkAdmin');
    expect(funnel.map((r) => r[0])).toEqual(['Stage', 'Applications', 'Approved', 'Disbursed', 'Needs posted', 'Needs taken up']);
    expect(funnel[3]![1]).toBe(pipeline.disbursed.count);
    expect(funnel[5]![1]).toBe(pipeline.needsTakenUp.count);
    const league = await get('/workflow/league', 'parkAdmin');
    const table = await download('/workflow/league/export.xlsx', 'parkAdmin');
    expect(table.length - 1).toBe(league.items.length);
    expect(table.slice(1).map((r) => r[0])).toEqual((league.items as Json[]).map((r) => r.name));
  });

  it('reads the audit trail in words, filtered by family, actor, target and business dates, and exports it', async () => {
    const page = await get('/audit?family=auth&lang=en&pageSize=100', 'operator');
    expect(page.total).toBeGreaterThan(0);
    for (const e of page.items as Json[]) {
      expect(e.action).toMatch(/^auth\./);
      expect(e.actionLabel).not.toMatch(/\./);
      expect(e.familyLabel).toBe('Sign-in and sessions');
    }
    const login = (page.items as Json[]).find((e) => e.action === 'auth.login' && e.actor.email === 'officer@bank.kejin.demo')!;
    expect(login.actor.name).not.toBe(login.actor.email);
    expect(login.actor.organisation).toBe('科金示范银行');
    const byName = await get(`/audit?actor=${encodeURIComponent(login.actor.name)}`, 'operator');
    expect((byName.items as Json[]).every((e) => e.actor.name === login.actor.name)).toBe(true);
    expect(byName.total).toBeGreaterThan(0);
    const byTarget = await get(`/audit?targetType=user&targetId=${login.targetId}`, 'operator');
    expect((byTarget.items as Json[]).every((e) => e.targetId === login.targetId)).toBe(true);
    const today = (await get('/home/operator', 'operator')).periods.today as string;
    expect((await get(`/audit?from=${today}&to=${today}`, 'operator')).total).toBeGreaterThan(0);
    expect((await get('/audit?from=2001-01-01&to=2001-12-31', 'operator')).total).toBe(0);
    expect((await t.request('GET', `/api/v1/audit?from=${today}&to=2001-01-01`, { as: 'operator' })).statusCode).toBe(400);
    const catalogue = await get('/audit/actions?lang=en', 'operator');
    expect((catalogue.families as Json[]).find((f) => f.code === 'loan')!.actions.length).toBeGreaterThan(3);

    const sheet = await download('/audit/export.xlsx?family=auth&lang=en', 'operator');
    expect(sheet[0]).toEqual(['Time', 'Actor', 'Organisation', 'Family', 'Action', 'Target type', 'Target', 'Client address']);
    expect(sheet.length - 1).toBe((await get('/audit?family=auth', 'operator')).total);
  });

  it("shows a park administrator their parks' trail only, with other organisations' people as their organisation", async () => {
    const parks = (await get('/parks', 'operator')).items as Json[];
    const zhangjiang = parks.find((p) => p.code === 'zhangjiang')!.id;
    // Two events in Zhangjiang: the bank acknowledges a warning there, the park edits an enterprise.
    const signal = ((await get('/signals?status=open&pageSize=100', 'parkAdmin')).items as Json[])[0]!;
    expect((await t.request('POST', `/api/v1/signals/${signal.id}/acknowledge`, { as: 'officer', body: {} })).statusCode).toBe(200);
    const firm = ((await get('/enterprises?pageSize=1', 'parkAdmin')).items as Json[])[0]!;
    expect((await t.request('PATCH', `/api/v1/enterprises/${firm.creditCode}`, { as: 'parkAdmin', body: { employees: firm.employees + 1 } })).statusCode).toBe(200);
    const mine = await get('/audit?pageSize=100', 'parkAdmin');
    expect(mine.total).toBeGreaterThanOrEqual(2);
    const acknowledged = (mine.items as Json[]).find((e) => e.action === 'signal.acknowledge')!;
    expect(acknowledged.actor).toEqual({ kind: 'user', name: '科金示范银行', email: null, organisation: '科金示范银行' });
    const edited = (mine.items as Json[]).find((e) => e.action === 'enterprise.update')!;
    expect(edited.actor.email).toBe('admin@zhangjiang.kejin.demo');
    expect(edited.actionLabel).toBe('修改企业登记信息');
    for (const e of mine.items as Json[]) {
      expect(e.parkId).toBe(zhangjiang);
      expect(e.clientAddress).toBeNull();
      if (e.actor.kind === 'user' && e.actor.organisation !== '张江科学城管理委员会') {
        expect(e.actor.email).toBeNull();
        expect(e.actor.name).toBe(e.actor.organisation);
      }
    }
    expect((await get('/audit?family=auth', 'parkAdmin')).total).toBe(0);
    const other = await get('/audit?pageSize=100', 'otherParkAdmin');
    expect((other.items as Json[]).some((e) => e.parkId === zhangjiang)).toBe(false);
    const sheet = await download('/audit/export.xlsx', 'parkAdmin');
    expect(sheet[0]).toHaveLength(7);
    expect(sheet.length - 1).toBe((await get('/audit?pageSize=1', 'parkAdmin')).total);
    const rows = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'export.audit'));
    expect(rows.at(-1)!.actorEmail).toBe('admin@zhangjiang.kejin.demo');
  });
});
