// Notifications in the reader's language: a workflow step told to an enterprise names the product
// and the enterprise (never an application id), in English for a user whose locale is English and
// in Chinese for one whose locale is Chinese.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type DemoRole, type TestApp } from '../../../../test/app.ts';
import { organisations, productParks, products } from '../../../db/schema/index.ts';
import { newId } from '../../../services/shared/ids.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const PASSWORD = 'a-long-password';

describe('notifications in the reader language', () => {
  let t: TestApp;
  let englishCookie: string;
  let enterpriseName: string;
  let applicationId: string;

  const send = (method: 'GET' | 'POST', url: string, as: DemoRole, body?: unknown) => t.request(method, `/api/v1${url}`, { as, body });
  const asEnglish = (url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie: englishCookie } });

  beforeAll(async () => {
    t = await createTestApp({ enterprises: 20 });
    const me = (await send('GET', '/me', 'enterprise')).json();
    const bank = (await send('GET', '/me', 'officer')).json().organisation.id as string;
    const zhangjiang = ((await send('GET', '/parks', 'operator')).json().items as Json[]).find((p) => p.code === 'zhangjiang')!.id as string;
    await t.database.db.update(organisations).set({ nameEn: 'Kejin Demo Intelligent Technology' }).where(eq(organisations.id, me.organisation.id));
    enterpriseName = me.organisation.name;
    const product = newId();
    const now = new Date();
    await t.database.db.insert(products).values({
      id: product, institutionId: bank, kind: 'loan', loanType: 'credit', name: '语言测试信用贷', nameEn: 'Language Test Credit Loan', status: 'published',
      amountMinFen: 10_000_000n, amountMaxFen: 500_000_000n, termMinMonths: 6, termMaxMonths: 36, turnaroundDays: 5,
      terms: { rate: { lprTenor: '1y', spreadMinBp: 20, spreadMaxBp: 120 }, feeRate: null, coverRatio: null, repaymentMethods: ['equal_instalment'], security: ['none'], eligibleLoanTypes: [] },
      preferences: { industries: [], stages: [], regions: [], thesis: '' },
      rules: [], createdAt: now, updatedAt: now,
    });
    await t.database.db.insert(productParks).values({ productId: product, parkId: zhangjiang, status: 'approved', requestedAt: now, decidedAt: now });
    const user = await send('POST', '/users', 'operator', { email: 'english@enterprise.kejin.test', displayName: 'Alice', password: PASSWORD, role: 'enterprise_user', organisationId: me.organisation.id, locale: 'en' });
    expect(user.statusCode, user.body).toBe(201);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'english@enterprise.kejin.test', password: PASSWORD } });
    englishCookie = `kejin_session=${login.cookies.find((c) => c.name === 'kejin_session')!.value}`;

    const applied = await send('POST', '/applications', 'enterprise', { productId: product, amountFen: 100_000_000, termMonths: 12, purpose: '研发设备采购' });
    expect(applied.statusCode, applied.body).toBe(201);
    applicationId = applied.json().id;
    const rejected = await send('POST', `/applications/${applicationId}/transitions`, 'officer', { to: 'rejected', version: applied.json().version, reason: 'product_scope' });
    expect(rejected.statusCode, rejected.body).toBe(200);
  });
  afterAll(() => t?.close());

  const decided = (items: Json[]): Json => items.find((n) => n.kind === 'application.decided' && n.link === `/applications/${applicationId}`)!;

  it('tells the English-speaking user in English, naming the product and the enterprise', async () => {
    const res = await asEnglish('/notifications');
    expect(res.statusCode, res.body).toBe(200);
    const n = decided(res.json().items);
    expect(n.title).toBe("Kejin Demo Intelligent Technology's application for Language Test Credit Loan was declined: Outside the product’s scope");
    expect(n.title).not.toContain(applicationId.slice(0, 8));
    expect(n.title).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('tells the Chinese-speaking user in Chinese, naming the product and the enterprise', async () => {
    const n = decided((await send('GET', '/notifications', 'enterprise')).json().items);
    expect(n.title).toContain('语言测试信用贷');
    expect(n.title).toContain(enterpriseName);
    expect(n.title).toMatch(/未获批准/);
    expect(n.title).not.toContain(applicationId.slice(0, 8));
    expect(n.title).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('follows the language the reader asks for', async () => {
    const n = decided((await asEnglish('/notifications?lang=zh-CN')).json().items);
    expect(n.title).toContain('语言测试信用贷');
  });

  it('tells the institution which enterprise applied for which product', async () => {
    const n = ((await send('GET', '/notifications?lang=en', 'officer')).json().items as Json[]).find((x) => x.kind === 'application.submitted' && x.link === `/applications/${applicationId}`)!;
    expect(n.title).toMatch(/^Kejin Demo Intelligent Technology applied for Language Test Credit Loan; respond by \d{4}-\d{2}-\d{2}$/);
  });
});
