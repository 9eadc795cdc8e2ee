// At 1440 × 900 every list page of every role shows its tables whole: no table is wider than its
// card (so status and actions are never behind a horizontal scroll), in Chinese and in English, and
// each page has exactly one <main> landmark.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS, expectNoConsoleErrors, launchBrowser, LIST_PAGES, openSession, screenshot, signIn, type DemoRole } from './browser.ts';

interface TableWidth {
  scrollWidth: number;
  clientWidth: number;
  right: number;
}

// Run in the page (as text: the test's TypeScript has no DOM types).
const SHOWN_TABLES = "[...document.querySelectorAll('.ant-table-wrapper')].filter((w) => w.offsetParent !== null)";
const TABLES_SETTLED = `(() => { const shown = ${SHOWN_TABLES}; return shown.length > 0 && shown.every((w) => !w.querySelector('.ant-spin-spinning') && !!w.querySelector('.ant-table-row, .ant-table-placeholder')); })()`;
const TABLE_WIDTHS = `${SHOWN_TABLES}.map((w) => { const content = w.querySelector('.ant-table-content, .ant-table-body'); return { scrollWidth: content.scrollWidth, clientWidth: content.clientWidth, right: w.getBoundingClientRect().right }; })`;

/** Every shown table, once none of them is loading any more and each has rows or says it has none. */
async function settledTables(page: Page): Promise<TableWidth[]> {
  await page.locator('.ant-table-wrapper').first().waitFor({ timeout: 30_000 });
  await expect.poll(() => page.evaluate<boolean>(TABLES_SETTLED), { timeout: 30_000, interval: 250 }).toBe(true);
  return page.evaluate<TableWidth[]>(TABLE_WIDTHS);
}

async function checkPages(page: Page, role: DemoRole, language: string): Promise<void> {
  const base = ACCOUNTS[role].home;
  for (const item of LIST_PAGES[role]) {
    const path = `${base}/${item}`;
    await page.goto(path);
    const tables = await settledTables(page);
    for (const table of tables) {
      expect(table.scrollWidth, `${path} (${language}): a table wider than its card`).toBeLessThanOrEqual(table.clientWidth + 1);
      expect(table.right, `${path} (${language}): a table past the screen's edge`).toBeLessThanOrEqual(1440);
    }
    expect(await page.locator('main').count(), `${path}: <main> landmarks`).toBe(1);
    await screenshot(page, `table-widths-${role}-${item}-${language}`);
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('tables at 1440 px', () => {
  for (const role of Object.keys(LIST_PAGES) as DemoRole[]) {
    it(`fit the screen on every list page of the ${role.replace('_', ' ')}`, { timeout: 420_000 }, async () => {
      const session = await openSession(browser);
      const { page } = session;
      try {
        await signIn(page, ACCOUNTS[role].email);
        await page.waitForURL(`**${ACCOUNTS[role].home}`);
        await checkPages(page, role, 'zh-CN');

        await page.getByTestId('lang-switch').click();
        await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
        try {
          await checkPages(page, role, 'en');
        } finally {
          // The choice is the account's: give the other browser tests their Chinese back.
          await page.getByTestId('lang-switch').click();
          await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
        }
        expectNoConsoleErrors(session);
      } finally {
        await session.close();
      }
    });
  }
});
