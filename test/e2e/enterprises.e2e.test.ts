// The park administrator sees only their park's enterprises, and search narrows the list.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS, expectNoConsoleErrors, launchBrowser, openSession, signIn } from './browser.ts';

interface EnterprisePage {
  items: { name: string; parkCode: string; parkName: string }[];
  total: number;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('park administrator: enterprises', () => {
  it('lists only Zhangjiang enterprises and searches them', async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await signIn(page, ACCOUNTS.park_admin.email);
      await page.waitForURL('**/park');
      await page.goto('/park/enterprises');
      const parks = page.getByTestId('enterprise-park');
      await parks.first().waitFor();
      // Park names show once the parks list has loaded (an ellipsis until then, never the code).
      await expect.poll(async () => (await parks.allTextContents()).some((text) => text.includes('…')), { timeout: 30_000 }).toBe(false);

      const shown = await parks.allTextContents();
      expect(shown.length).toBeGreaterThan(0);
      for (const park of shown) expect(park).toContain('张江');

      const api = (await (await page.request.get('/api/v1/enterprises?pageSize=100')).json()) as EnterprisePage;
      expect(api.total).toBeGreaterThan(0);
      expect(new Set(api.items.map((e) => e.parkCode)).size).toBe(1);
      expect(api.total).toBeLessThan(300);

      const names = await page.getByTestId('enterprise-name').allTextContents();
      const target = names[names.length - 1] ?? '';
      expect(target).not.toBe('');
      expect(names.some((n) => !n.includes(target)), 'the first page holds other enterprises too').toBe(true);
      await page.getByTestId('enterprise-search').locator('input').fill(target);
      await page.getByTestId('enterprise-search').locator('input').press('Enter');
      await expect
        .poll(async () => {
          const found = await page.getByTestId('enterprise-name').allTextContents();
          return found.length > 0 && found.every((n) => n.includes(target));
        })
        .toBe(true);

      await page.getByTestId('enterprise-search').locator('input').fill('没有这家企业-zzz');
      await page.getByTestId('enterprise-search').locator('input').press('Enter');
      await page.getByText('暂无企业').waitFor();
      expectNoConsoleErrors(session);
    } finally {
      await session.close();
    }
  });
});
