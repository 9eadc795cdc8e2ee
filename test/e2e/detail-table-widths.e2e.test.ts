// At 1440 × 900 the tables below the list pages fit too: on application, loan and enterprise
// details (every tab), the enterprise's own profile, rating and matches, the product editor, the
// leads, members, registrations and notification settings pages, in a model's details drawer, the
// marketplace's comparison drawer, a need's matches drawer, an audit record opened in place and an
// import's error report. No table scrolls sideways and its last column is on screen, in Chinese and
// in English. (Soft assertions: one run names every table that does not fit.)
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS, expectNoConsoleErrors, launchBrowser, openSession, RESULTS_DIR, screenshot, signIn, type DemoRole } from './browser.ts';

interface TableFit {
  testId: string | null;
  scrollWidth: number;
  clientWidth: number;
  right: number;
  lastColumnRight: number;
  lastColumnWidth: number;
}

// Run in the page (as text: the test's TypeScript has no DOM types).
const SHOWN_TABLES = "[...document.querySelectorAll('.ant-table-wrapper')].filter((w) => w.offsetParent !== null)";
const TABLES_SETTLED = `(() => { const shown = ${SHOWN_TABLES}; return shown.length > 0 && shown.every((w) => !w.querySelector('.ant-spin-spinning') && !!w.querySelector('.ant-table-row, .ant-table-placeholder')); })()`;
const TABLE_FITS = `${SHOWN_TABLES}.map((w) => {
  const content = w.querySelector('.ant-table-content, .ant-table-body');
  const box = content.getBoundingClientRect();
  const heads = [...w.querySelectorAll('thead > tr:first-child > th')].filter((c) => !c.classList.contains('ant-table-cell-scrollbar'));
  const last = heads.at(-1) ?? w.querySelector('tbody > tr.ant-table-row > td:last-child');
  const cell = last ? last.getBoundingClientRect() : { right: 0, width: 0 };
  return {
    testId: w.querySelector('.ant-table')?.getAttribute('data-testid') ?? w.closest('[data-testid]')?.getAttribute('data-testid') ?? null,
    scrollWidth: content.scrollWidth,
    clientWidth: content.clientWidth,
    right: Math.min(box.right, window.innerWidth),
    lastColumnRight: cell.right,
    lastColumnWidth: cell.width,
  };
})`;

/** Every shown table fits its box, and the box the screen; `where` names the view in a failure. */
async function expectTablesFit(page: Page, where: string): Promise<void> {
  await page.locator('.ant-table-wrapper').first().waitFor({ timeout: 30_000 });
  await expect.poll(() => page.evaluate<boolean>(TABLES_SETTLED), { timeout: 30_000, interval: 250 }).toBe(true);
  const tables = await page.evaluate<TableFit[]>(TABLE_FITS);
  for (const table of tables) {
    const name = `${where}: table ${table.testId ?? '(unnamed)'}`;
    expect.soft(table.scrollWidth, `${name} scrolls sideways`).toBeLessThanOrEqual(table.clientWidth + 1);
    expect.soft(table.lastColumnWidth, `${name}: its last column has no width`).toBeGreaterThan(0);
    expect.soft(table.lastColumnRight, `${name}: its last column is cut off`).toBeLessThanOrEqual(table.right + 1);
    expect.soft(table.lastColumnRight, `${name}: its last column is past the screen's edge`).toBeLessThanOrEqual(1440);
  }
}

/** The hrefs of the links a list's first page shows, once it has rows. */
async function linksOf(page: Page, listPath: string, selector: string): Promise<string[]> {
  await page.goto(listPath);
  await page.locator(selector).first().waitFor({ timeout: 30_000 });
  const hrefs = await page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.filter(Boolean))];
}

const TAB_SHOWS_TABLE = "[...document.querySelectorAll('.ant-tabs [role=tabpanel] .ant-table-wrapper')].some((w) => w.offsetParent !== null)";

/** Each tab of every tab set on the page, one after another. */
async function expectEveryTabFits(page: Page, where: string): Promise<void> {
  const tabs = page.locator('.ant-tabs-tab');
  const count = await tabs.count();
  expect(count, `${where}: tabs`).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const tab = tabs.nth(i);
    const label = (await tab.textContent()) ?? String(i);
    await tab.click();
    await expect.poll(() => tab.getAttribute('class')).toContain('ant-tabs-tab-active');
    if (await page.evaluate<boolean>(TAB_SHOWS_TABLE)) await expectTablesFit(page, `${where} › ${label}`);
  }
}

const DRAWER_RIGHT = "document.querySelector('.ant-drawer-open .ant-drawer-content-wrapper')?.getBoundingClientRect().right ?? 0";

/** Opens a drawer and waits until it has slid in whole and shows `content`. */
async function openDrawer(page: Page, opener: string, content: string): Promise<void> {
  await page.getByTestId(opener).first().click();
  await page.locator(`.ant-drawer-open ${content}`).first().waitFor({ timeout: 30_000 });
  await expect.poll(() => page.evaluate<number>(DRAWER_RIGHT), { timeout: 10_000 }).toBe(1440);
}

/** The tables of the open drawer fit, if it shows any. */
async function expectDrawerTablesFit(page: Page, where: string): Promise<void> {
  if ((await page.locator('.ant-drawer-open .ant-table-wrapper').count()) > 0) await expectTablesFit(page, where);
}

async function closeDrawer(page: Page): Promise<void> {
  await page.locator('.ant-drawer-open .ant-drawer-close').click();
  await page.locator('.ant-drawer-open').waitFor({ state: 'detached' });
}

async function visit(page: Page, target: string, where: string): Promise<void> {
  await page.goto(target);
  await expectTablesFit(page, where);
}

async function applicationsAndLoans(page: Page, language: string, applications: string, loans: string): Promise<void> {
  for (const href of (await linksOf(page, applications, '[data-testid=application-link]')).slice(0, 3)) {
    await visit(page, href, `${href} (${language})`);
  }
  for (const href of (await linksOf(page, loans, '[data-testid=loan-link]')).slice(0, 1)) {
    await visit(page, href, `${href} (${language})`);
  }
}

async function enterpriseDetail(page: Page, language: string, list: string, link: string): Promise<void> {
  const [href] = await linksOf(page, list, link);
  expect(href, `${list}: an enterprise to open`).toBeTruthy();
  await page.goto(href!);
  await page.getByTestId('rating-section').waitFor({ timeout: 30_000 });
  await expectTablesFit(page, `${href} (${language})`);
  await expectEveryTabFits(page, `${href} (${language})`);
}

const BAD_PROFILE_CSV = path.join(RESULTS_DIR, 'detail-table-widths-profiles.csv');

/** A dry run (nothing written) of a profiles file whose one row is all bad values: the report lists its errors. */
async function importReport(page: Page, language: string, base: string): Promise<void> {
  const template = await page.request.get('/api/v1/imports/templates/profiles.csv');
  expect(template.status()).toBe(200);
  const header = (await template.text()).replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  const cells = header.split(',').map((_, i) => (i === 0 ? '"913101150000000000"' : '"x"'));
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(BAD_PROFILE_CSV, `\uFEFF${header}\r\n${cells.join(',')}\r\n`);
  await page.goto(`${base}/import`);
  await page.getByTestId('import-kind-profiles').click();
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-upload').locator('input[type=file]').setInputFiles(BAD_PROFILE_CSV);
  await page.getByTestId('import-dry-run').click();
  await page.getByTestId('import-submit').click();
  await page.getByTestId('import-errors').waitFor({ timeout: 30_000 });
  await expectTablesFit(page, `${base}/import report (${language})`);
}

// The enterprise goes first: the credit report it issues is a row in its reports table on the
// application details the others open.
const VISITS: Record<DemoRole, (page: Page, language: string) => Promise<void>> = {
  enterprise_user: async (page, language) => {
    await page.goto('/enterprise/profile');
    await page.getByTestId('criteria').waitFor({ timeout: 30_000 });
    const criteria = page.getByTestId('criteria').locator('.ant-collapse-header');
    for (let i = 0; i < (await criteria.count()); i++) await criteria.nth(i).click();
    await expectTablesFit(page, `/enterprise/profile (${language})`);
    await expectEveryTabFits(page, `/enterprise/profile (${language})`);

    await page.goto('/enterprise/rating');
    const reports = page.getByTestId('reports-table');
    await expect.poll(() => page.evaluate<boolean>(TABLES_SETTLED), { timeout: 30_000, interval: 250 }).toBe(true);
    if ((await reports.locator('.ant-table-row').count()) === 0) {
      await page.getByTestId('issue-report').click();
      await reports.locator('.ant-table-row').first().waitFor({ timeout: 30_000 });
    }
    await expectTablesFit(page, `/enterprise/rating (${language})`);
    await page.goto('/enterprise/matches');
    await page.getByTestId('match-item').first().waitFor({ timeout: 30_000 });
    await page.getByTestId('match-eligible-filter').locator('.ant-segmented-item').last().click();
    await page.getByTestId('match-unmet').first().waitFor({ timeout: 30_000 });
    await expectTablesFit(page, `/enterprise/matches, near misses (${language})`);

    await visit(page, '/enterprise/needs', `/enterprise/needs (${language})`);
    await openDrawer(page, 'need-matches', '[data-testid=match-item]');
    await expectDrawerTablesFit(page, `need matches drawer (${language})`);
    await closeDrawer(page);

    await visit(page, '/enterprise/marketplace', `/enterprise/marketplace (${language})`);
    const choices = page.getByTestId('product-table').locator('.ant-table-row .ant-checkbox-input');
    for (let i = 0; i < 3; i++) await choices.nth(i).check();
    await openDrawer(page, 'compare-products', '[data-testid=compare-table]');
    await expectTablesFit(page, `marketplace comparison drawer (${language})`);
    await closeDrawer(page);

    await applicationsAndLoans(page, language, '/enterprise/applications', '/enterprise/loans');
    await visit(page, '/enterprise/members', `/enterprise/members (${language})`);
  },
  platform_operator: async (page, language) => {
    await enterpriseDetail(page, language, '/operator/enterprises', '.ant-table-row a[href]');
    await visit(page, '/operator/registrations', `/operator/registrations (${language})`);
    await visit(page, '/settings/notifications', `/settings/notifications (${language})`);

    await visit(page, '/operator/models', `/operator/models (${language})`);
    await openDrawer(page, 'model-details', '[data-testid=model-detail] .ant-descriptions');
    await expectDrawerTablesFit(page, `model details drawer (${language})`);
    await closeDrawer(page);

    await visit(page, '/operator/audit', `/operator/audit (${language})`);
    await page.getByTestId('audit-table').locator('.ant-table-row-expand-icon:not(.ant-table-row-expand-icon-spaced)').first().click();
    await page.getByTestId('audit-table').locator('.ant-table-expanded-row').first().waitFor();
    await expectTablesFit(page, `/operator/audit, a record opened (${language})`);
  },
  park_admin: async (page, language) => {
    await enterpriseDetail(page, language, '/park/enterprises', '.ant-table-row a[href]');
    await applicationsAndLoans(page, language, '/park/applications', '/park/loans');
    await visit(page, '/park/registrations', `/park/registrations (${language})`);
    await importReport(page, language, '/park');
  },
  institution_officer: async (page, language) => {
    await enterpriseDetail(page, language, '/institution/ratings', '[data-testid=portfolio-name]');
    await applicationsAndLoans(page, language, '/institution/reviews', '/institution/loan-book');
    const [product] = await linksOf(page, '/institution/products', '[data-testid=product-name]');
    await page.goto(product!);
    await page.getByTestId('eligibility-preview').locator('.ant-table-wrapper').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('eligibility-preview').getAttribute('data-loading'), { timeout: 30_000 }).toBe('false');
    await expectTablesFit(page, `${product} (${language})`);
    await visit(page, `/institution/leads?productId=${encodeURIComponent(product!.split('/').at(-1)!)}`, `/institution/leads (${language})`);
    await visit(page, '/institution/members', `/institution/members (${language})`);
  },
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('tables on detail pages and in drawers at 1440 px', () => {
  for (const role of Object.keys(VISITS) as DemoRole[]) {
    it(`fit the screen for the ${role.replace('_', ' ')}`, { timeout: 480_000 }, async () => {
      const session = await openSession(browser);
      const { page } = session;
      try {
        await signIn(page, ACCOUNTS[role].email);
        await page.waitForURL(`**${ACCOUNTS[role].home}`);
        await VISITS[role](page, 'zh-CN');
        await screenshot(page, `detail-table-widths-${role}-zh-CN`);

        await page.getByTestId('lang-switch').click();
        await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
        try {
          await VISITS[role](page, 'en');
          await screenshot(page, `detail-table-widths-${role}-en`);
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
