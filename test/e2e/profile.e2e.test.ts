// The enterprise reviews its profile and grants the demo bank its financials; the bank's officer
// reads them from the directory; the enterprise sees that read in its access log.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS, expectNoConsoleErrors, launchBrowser, openSession, screenshot, signIn } from './browser.ts';

const DEMO_BANK = '科金示范银行';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function grantFinancials(page: Page): Promise<void> {
  await page.goto('/enterprise/grants');
  await page.getByTestId('create-grant').click();
  const form = page.getByTestId('grant-form');
  await form.waitFor();
  await page.getByTestId('grant-institution').click();
  await page.keyboard.type(DEMO_BANK);
  await page.locator('.ant-select-item-option', { hasText: DEMO_BANK }).first().click();
  // Only financials is ticked to begin with.
  const ticked = await form.locator('.ant-checkbox-wrapper-checked').allTextContents();
  expect(ticked).toEqual(['财务']);
  await page.getByTestId('grant-purpose').fill('流动资金贷款授信审查');
  await page.locator('.ant-modal-footer .ant-btn-primary').click();
  await form.waitFor({ state: 'detached' });
}

describe('enterprise profile and consent', () => {
  it('shows completeness and criteria, grants the bank financials, and logs the bank’s read', async () => {
    const enterprise = await openSession(browser);
    const officer = await openSession(browser);
    try {
      const { page } = enterprise;
      await signIn(page, ACCOUNTS.enterprise_user.email);
      await page.waitForURL('**/enterprise');
      const me = (await (await page.request.get('/api/v1/me')).json()) as { organisation: { name: string; creditCode: string } };

      await page.getByTestId('side-menu').getByRole('link', { name: '企业档案', exact: true }).click();
      await page.waitForURL('**/enterprise/profile');
      const score = page.getByTestId('completeness-score');
      await score.waitFor();
      expect(await score.textContent()).toMatch(/^\d{1,3}%$/);
      await page.getByTestId('criteria-tech_sme').waitFor();
      await page.getByTestId('criteria-hnte').waitFor();
      expect(await page.getByTestId('criteria-tech_sme').getByTestId('criteria-result').textContent()).toMatch(/符合|暂不符合/);
      await page.getByTestId('criteria-tech_sme').click();
      await page.getByTestId('criteria').getByText('职工总数不超过500人').waitFor();
      await page.getByRole('tab', { name: '财务报表' }).click();
      await page.getByTestId('section-financials').locator('.ant-table-row').first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.evaluate('window.scrollTo(0, 0)');
      await screenshot(page, 'profile');

      await grantFinancials(page);
      // Other suites may have granted the bank too (rating.e2e does, through the API): pick this grant by its purpose.
      const granted = page.getByTestId('grants-table').locator('.ant-table-row', { hasText: DEMO_BANK }).filter({ hasText: '流动资金贷款授信审查' }).first();
      await granted.waitFor();
      expect(await granted.getByTestId('grant-status').textContent()).toBe('生效中');
      expect(await granted.textContent()).toContain('财务');

      // The officer finds the enterprise in the directory and sees its financials, and only those.
      const op = officer.page;
      await signIn(op, ACCOUNTS.institution_officer.email);
      await op.waitForURL('**/institution');
      await op.getByTestId('side-menu').getByRole('link', { name: '企业名录', exact: true }).click();
      await op.getByTestId('directory-search').locator('input').fill(me.organisation.creditCode);
      await op.getByTestId('directory-search').locator('input').press('Enter');
      await op.getByTestId('directory-table').locator('.ant-table-row', { hasText: me.organisation.creditCode }).click();
      await op.waitForURL(`**/institution/directory/${me.organisation.creditCode}`);
      expect(await op.getByTestId('view-note').textContent()).toContain('财务');
      expect(await op.getByTestId('profile-view').textContent()).toBe('已授权数据');
      // The demo enterprise's loan application granted the bank more than financials: open that tab.
      await op.getByRole('tab', { name: '财务报表' }).click();
      const statements = op.getByTestId('section-financials').locator('.ant-table-row');
      await statements.first().waitFor();
      expect(await statements.count()).toBeGreaterThan(0);
      await expect.poll(() => op.getByTestId('ratio-grossMargin').first().textContent()).toMatch(/%|—/);
      expect(await op.getByRole('tab', { name: '知识产权' }).count()).toBe(0);
      await op.waitForLoadState('networkidle');
      await screenshot(op, 'profile-officer');

      // The enterprise sees the read in its access log.
      await page.getByTestId('side-menu').getByRole('link', { name: '访问记录', exact: true }).click();
      const read = page.getByTestId('access-log-table').locator('.ant-table-row', { hasText: DEMO_BANK });
      await read.first().waitFor();
      expect(await read.first().getByTestId('access-category').textContent()).toBe('财务');
      expect(await read.first().textContent()).toContain(ACCOUNTS.institution_officer.email);

      expectNoConsoleErrors(enterprise);
      expectNoConsoleErrors(officer);
    } finally {
      await enterprise.close();
      await officer.close();
    }
  });
});
