// Each demo account signs in, lands on its home, switches to English and signs out.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCOUNTS,
  expectNoConsoleErrors,
  launchBrowser,
  openSession,
  pathOf,
  screenshot,
  signIn,
  type DemoRole,
} from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.keys(ACCOUNTS) as DemoRole[])('%s', (role) => {
  const account = ACCOUNTS[role];

  it('signs in to its home, switches to English and signs out', async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await page.goto('/');
      await page.waitForURL('**/login');
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');

      await signIn(page, account.email);
      await page.waitForURL(`**${account.home}`);
      expect(pathOf(page)).toBe(account.home);
      const title = page.getByTestId('home-title');
      await title.waitFor();
      expect(await title.textContent()).not.toBe(account.titleEn);
      await page.waitForLoadState('networkidle');
      await screenshot(page, role);

      await page.getByTestId('lang-switch').click();
      await expect.poll(() => title.textContent()).toBe(account.titleEn);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.getByTestId('logout').textContent()).toContain('Sign out');
      await page.waitForLoadState('networkidle');
      await screenshot(page, `${role}-en`);

      await page.reload();
      await expect.poll(() => page.getByTestId('home-title').textContent()).toBe(account.titleEn);

      await page.getByTestId('logout').click();
      await page.waitForURL('**/login');
      await page.goto(account.home);
      await page.waitForURL('**/login');
      expectNoConsoleErrors(session);
    } finally {
      await session.close();
    }
  });
});
