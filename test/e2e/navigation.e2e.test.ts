// Sign-in errors, the route guard and the 404 page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS, expectNoConsoleErrors, launchBrowser, openSession, pathOf, signIn } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('sign-in and navigation', () => {
  it('shows an error for a wrong password', async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await signIn(page, ACCOUNTS.institution_officer.email, 'not-the-password');
      const error = page.getByTestId('login-error');
      await error.waitFor();
      expect(await error.textContent()).toContain('邮箱或密码错误');
      expect(pathOf(page)).toBe('/login');
      expectNoConsoleErrors(session);
    } finally {
      await session.close();
    }
  });

  it('sends a signed-out visitor to sign in, then back to the page asked for', async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await page.goto('/operator/parks');
      await page.waitForURL('**/login');
      await signIn(page, ACCOUNTS.platform_operator.email);
      await page.waitForURL('**/operator/parks');
      await page.locator('.ant-table-row').first().waitFor();

      // Signing out from there and in as someone else goes to their own home, not back to the operator's page.
      await page.getByTestId('logout').click();
      await page.waitForURL('**/login');
      await signIn(page, ACCOUNTS.park_admin.email);
      await page.waitForURL('**/park');
      await page.getByTestId('home-title').waitFor();
      expect(pathOf(page)).toBe('/park');
      expectNoConsoleErrors(session);
    } finally {
      await session.close();
    }
  });

  it('shows the 404 page on its own when signed out and inside the shell when signed in', async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await page.goto('/no-such-page');
      await page.getByTestId('not-found').waitFor();
      expect(await page.getByTestId('logout').count()).toBe(0);

      await signIn(page, ACCOUNTS.enterprise_user.email);
      await page.waitForURL('**/enterprise');
      await page.goto('/enterprise/no-such-page');
      await page.getByTestId('not-found').waitFor();
      expect(await page.getByTestId('logout').isVisible()).toBe(true);
      expectNoConsoleErrors(session);
    } finally {
      await session.close();
    }
  });

  it('sends / to the role home and refuses another role’s pages', async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await signIn(page, ACCOUNTS.institution_officer.email);
      await page.waitForURL('**/institution');
      await page.goto('/');
      await page.waitForURL('**/institution');
      await page.goto('/operator/users');
      await page.getByText('无权访问').waitFor();
      expectNoConsoleErrors(session);
    } finally {
      await session.close();
    }
  });

  it('filters the operator’s parks by name, English name or code, and keeps the search in the address', async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await signIn(page, ACCOUNTS.platform_operator.email);
      await page.waitForURL('**/operator');
      await page.goto('/operator/parks');
      const rows = page.locator('.ant-table-row');
      await rows.first().waitFor();
      const all = await rows.count();
      expect(all).toBeGreaterThan(1);
      const search = page.getByPlaceholder('按名称或代码搜索');
      for (const term of ['紫竹', 'qingdao', 'ZIZHU']) {
        await search.fill(term);
        await search.press('Enter');
        await expect.poll(() => rows.count()).toBe(1);
      }
      expect(new URL(page.url()).searchParams.get('q')).toBe('ZIZHU');
      await search.fill('no such park');
      await search.press('Enter');
      await expect.poll(() => rows.count()).toBe(0);
      await search.fill('');
      await search.press('Enter');
      await expect.poll(() => rows.count()).toBe(all);
      expectNoConsoleErrors(session);
    } finally {
      await session.close();
    }
  });
});
