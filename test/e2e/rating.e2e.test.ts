// Credit evaluation in the browser: the enterprise reads its rating and issues a verifiable report;
// the operator sees the active model and re-rates every enterprise; an institution officer reads the
// ratings of the enterprises that granted it access.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS, DEMO_PASSWORD, expectNoConsoleErrors, launchBrowser, openSession, screenshot, signIn } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('credit rating', () => {
  it('shows the enterprise its grade, score, radar and factors, and issues a zh-CN report', async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await signIn(page, ACCOUNTS.enterprise_user.email);
      await page.waitForURL('**/enterprise');
      await page.getByTestId('side-menu').getByRole('link', { name: '信用评价', exact: true }).click();
      await page.waitForURL('**/enterprise/rating');

      const grade = page.getByTestId('rating-grade');
      await grade.waitFor();
      expect(await grade.textContent()).toMatch(/^(AAA|AA|A|BBB|BB|B|CCC|CC|C)$/);
      expect(await page.getByTestId('rating-score').textContent()).toMatch(/\d{1,4} \/ 1000/);
      await page.getByTestId('rating-gauge').locator('canvas').waitFor();
      await page.getByTestId('rating-radar').locator('canvas').waitFor();
      expect(await page.getByTestId('rating-pd').textContent()).toMatch(/%$/);
      expect(await page.getByTestId('rating-factor').count()).toBeGreaterThan(0);
      await page.getByTestId('rating-improvements').waitFor();

      // Issue a Chinese report; it appears in the list with its SHA-256 digest and a verification link.
      const rows = page.getByTestId('reports-table').locator('.ant-table-row');
      const before = await rows.count();
      await page.getByTestId('issue-report').click();
      await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(before + 1);
      const first = rows.first();
      expect(await first.textContent()).toContain('中文');
      expect(await first.getByTestId('report-digest').textContent()).toMatch(/^[0-9a-f]{64}$/);
      expect(await first.getByTestId('report-verify').getAttribute('href')).toMatch(/^\/verify\/[0-9a-f-]{36}$/);
      expect(await first.getByTestId('report-download').getAttribute('href')).toMatch(/^\/api\/v1\/reports\/[0-9a-f-]{36}\/pdf$/);

      await page.waitForLoadState('networkidle');
      await page.evaluate('window.scrollTo(0, 0)');
      await screenshot(page, 'rating');
      expectNoConsoleErrors(session);
    } finally {
      await session.close();
    }
  });

  it('shows the operator the active expert model and re-rates every enterprise', { timeout: 180_000 }, async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await signIn(page, ACCOUNTS.platform_operator.email);
      await page.waitForURL('**/operator');
      await page.getByTestId('side-menu').getByRole('link', { name: '模型', exact: true }).click();
      await page.waitForURL('**/operator/models');

      const active = page.getByTestId('models-table').locator('.ant-table-row', { hasText: '生效中' });
      await active.waitFor();
      expect(await active.textContent()).toContain('专家模型');
      await page.getByTestId('grade-distribution').locator('canvas').waitFor();

      await page.getByTestId('rerate').click();
      await page.locator('.ant-popconfirm .ant-btn-primary').click();
      const progress = page.getByTestId('rerate-progress');
      await progress.waitFor();
      await expect.poll(() => progress.getAttribute('data-status'), { timeout: 150_000, interval: 1_000 }).toMatch(/done|failed/);
      expect(await progress.getAttribute('data-status')).toBe('done');
      expect(await page.getByTestId('rerate-status').textContent()).toMatch(/评级完成：\d+ 家企业/);

      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500); // the progress bar's fill animates to 100%
      await page.evaluate('window.scrollTo(0, 0)');
      await screenshot(page, 'models');
      expectNoConsoleErrors(session);
    } finally {
      await session.close();
    }
  });

  it('shows the institution officer the ratings of the enterprises that granted it access', async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await signIn(page, ACCOUNTS.institution_officer.email);
      await page.waitForURL('**/institution');
      const officer = (await (await page.request.get('/api/v1/me')).json()) as { organisation: { id: string } };

      // The enterprise grants the officer's institution its financials, through the API, in its own context.
      const enterprise = await browser.newContext({ baseURL: session.baseUrl });
      let name: string;
      try {
        const login = await enterprise.request.post('/api/v1/auth/login', { data: { email: ACCOUNTS.enterprise_user.email, password: DEMO_PASSWORD } });
        expect(login.status()).toBe(200);
        const me = (await (await enterprise.request.get('/api/v1/me')).json()) as { organisation: { name: string; creditCode: string } };
        name = me.organisation.name;
        const expires = new Date();
        expires.setFullYear(expires.getFullYear() + 1);
        const grant = await enterprise.request.post(`/api/v1/enterprises/${encodeURIComponent(me.organisation.creditCode)}/grants`, {
          data: { institutionId: officer.organisation.id, categories: ['financials'], purpose: '授信审查', expiresOn: expires.toISOString().slice(0, 10) },
        });
        expect(grant.status(), await grant.text()).toBe(201);
      } finally {
        await enterprise.close();
      }

      await page.getByTestId('side-menu').getByRole('link', { name: '评级组合', exact: true }).click();
      await page.waitForURL('**/institution/ratings');
      await page.getByTestId('portfolio-title').waitFor();
      const table = page.getByTestId('portfolio-table');
      const row = table.locator('.ant-table-row', { hasText: name });
      await row.waitFor();
      expect(await page.getByTestId('portfolio-empty').count()).toBe(0);
      expect(await row.getByTestId('portfolio-grade').textContent()).toMatch(/^(AAA|AA|A|BBB|BB|B|CCC|CC|C)$/);
      expect(await row.textContent()).toMatch(/\d+(\.\d+)?%/);
      await page.getByTestId('portfolio-distribution').locator('canvas').waitFor();

      await page.waitForLoadState('networkidle');
      await screenshot(page, 'portfolio');

      // The name opens the enterprise, with the granted financials.
      await row.getByTestId('portfolio-name').click();
      await page.waitForURL(/\/institution\/ratings\/[0-9A-Z]{18}$/);
      await page.getByTestId('view-note').waitFor();
      expectNoConsoleErrors(session);
    } finally {
      await session.close();
    }
  });
});
