// axe-core (the copy Lighthouse runs) finds no serious or critical violation on the login page nor on
// any role's home and list pages: colour contrast, form labels, ARIA, duplicate ids; and each page has
// one main landmark whose landmarks are unique.
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS, expectNoConsoleErrors, launchBrowser, LIST_PAGES, openSession, signIn, type DemoRole } from './browser.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Landmark and id rules that count whatever impact axe gives them. */
const ALWAYS_COUNTED = new Set(['landmark-one-main', 'landmark-no-duplicate-main', 'landmark-unique', 'duplicate-id-aria']);

// Run in the page (as text: the test's TypeScript has no DOM types).
// The login page is settled once its form is there; the others once their <main> has rendered.
const SETTLED = "!document.querySelector('.ant-spin-spinning, .ant-skeleton-active, .kj-spin, .kj-skeleton, [aria-busy=\"true\"]') && !!document.querySelector('main, [data-testid=\"login-email\"]')";
// Animations and transitions ended: contrast is measured on the colours the reader ends up seeing.
const NO_MOTION = '*, *::before, *::after { transition: none !important; animation: none !important; }';
const RUN_AXE = `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] })
  .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + (n.any[0] ? ' — ' + n.any[0].message : '')) })))`;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** The counted violations on the page now shown, each as one readable line. */
async function violations(page: Page, path: string): Promise<string[]> {
  await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
  await expect.poll(() => page.evaluate<boolean>(SETTLED), { timeout: 60_000, interval: 250 }).toBe(true);
  await page.addStyleTag({ content: NO_MOTION });
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate<Violation[]>(RUN_AXE);
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || ALWAYS_COUNTED.has(v.id))
    .map((v) => `${path}: ${v.id} (${v.impact}) ${v.help}\n    ${v.targets.join('\n    ')}`);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility (axe)', () => {
  it('the login page', { timeout: 120_000 }, async () => {
    const session = await openSession(browser);
    try {
      await session.page.goto('/login');
      await session.page.getByTestId('login-email').waitFor({ timeout: 30_000 });
      expect(await violations(session.page, '/login')).toEqual([]);
    } finally {
      await session.close();
    }
  });

  for (const role of Object.keys(LIST_PAGES) as DemoRole[]) {
    it(`the home and list pages of the ${role.replace('_', ' ')}`, { timeout: 480_000 }, async () => {
      const session = await openSession(browser);
      const { page } = session;
      try {
        const home = ACCOUNTS[role].home;
        await signIn(page, ACCOUNTS[role].email);
        await page.waitForURL(`**${home}`);
        const found = await violations(page, home);
        for (const item of LIST_PAGES[role]) {
          const path = `${home}/${item}`;
          await page.goto(path);
          found.push(...(await violations(page, path)));
        }
        // Every page's findings at once, so one run shows all there is to fix.
        expect(found).toEqual([]);
        expectNoConsoleErrors(session);
      } finally {
        await session.close();
      }
    });
  }
});
