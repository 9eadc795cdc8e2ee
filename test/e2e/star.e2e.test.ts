// STAR Market readiness in the browser: the enterprise opens it from the menu, reads each indicator
// and standard, assesses at a market value it types and downloads the PDF in both languages; the
// park administrator opens the same page from the enterprise's detail page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS, expectNoConsoleErrors, launchBrowser, openSession, screenshot, signIn } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('STAR Market readiness', () => {
  it('shows the enterprise its indicators and standards, at a market value it sets', async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await signIn(page, ACCOUNTS.enterprise_user.email);
      await page.waitForURL('**/enterprise');
      await page.getByTestId('side-menu').getByRole('link', { name: '科创板准备度', exact: true }).click();
      await page.waitForURL('**/enterprise/star');
      await page.getByTestId('star-title').waitFor();
      await page.getByTestId('star-attributes').waitFor();
      // Seven indicators in five groups, five standards, each row with its outlook.
      await expect.poll(() => page.getByTestId('star-indicators').locator('.ant-table-row').count()).toBe(7);
      expect(await page.getByTestId('star-standard').count()).toBe(5);
      expect(await page.getByTestId('star-standard').nth(4).textContent()).toContain('需专业评估');
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).toContain('最近三年研发投入占营业收入比例');
      expect(text).not.toMatch(/rd_share_of_revenue|needs_assessment|not_at_current_growth/);

      // ¥5bn (500,000 万元) covers every standard's market value: no market-value gap is left.
      await page.getByTestId('star-market-value').fill('500000');
      await page.getByTestId('star-apply').click();
      await expect.poll(() => page.getByTestId('star-market-value-shown').textContent()).toBe('500,000 万元');
      expect(await page.locator('main').textContent()).toContain('用户填写');
      // At ¥5bn no standard lacks its market value any more.
      expect(await page.getByTestId('star-standard').allTextContents()).not.toContain(expect.stringContaining('缺预计市值'));
      const zh = await page.getByTestId('star-pdf-zh-CN').getAttribute('href');
      expect(zh).toMatch(/star-readiness\.pdf\?lang=zh-CN&marketValueFen=500000000000$/);
      for (const href of [zh!, (await page.getByTestId('star-pdf-en').getAttribute('href'))!]) {
        const res = await page.request.get(href);
        expect(res.status()).toBe(200);
        expect(res.headers()['content-type']).toBe('application/pdf');
      }
      await page.evaluate('window.scrollTo(0, 0)');
      await screenshot(page, 'star-readiness');
      expectNoConsoleErrors(session);
    } finally {
      await session.close();
    }
  });

  it('opens from the enterprise’s page for its park administrator, in English too', async () => {
    const own = await openSession(browser);
    await signIn(own.page, ACCOUNTS.enterprise_user.email);
    await own.page.waitForURL('**/enterprise');
    const creditCode = ((await (await own.page.request.get('/api/v1/me')).json()) as { organisation: { creditCode: string } }).organisation.creditCode;
    await own.close();

    const session = await openSession(browser);
    const { page } = session;
    try {
      await signIn(page, ACCOUNTS.park_admin.email);
      await page.waitForURL('**/park');
      await page.goto(`/park/enterprises/${creditCode}`);
      await page.getByTestId('open-star').click();
      await page.waitForURL(`**/park/enterprises/${creditCode}/star`);
      await page.getByTestId('star-attributes').waitFor();
      await page.getByTestId('lang-switch').click();
      await expect.poll(() => page.getByTestId('star-title').textContent()).toContain('STAR Market readiness');
      await expect.poll(() => page.getByTestId('star-indicators').first().textContent()).toContain('R&D over 3 years as a share of revenue');
      expectNoConsoleErrors(session);
    } finally {
      await session.close();
    }
  });
});
