// The policy simulator beside the programme editor: the Zhangjiang administrator opens the published
// programme's editor, simulates it over a synthetic portfolio and sees the headline figures and the
// draft set beside the published version.
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

describe('the programme simulator', () => {
  it('simulates the form’s programme over a synthetic portfolio and shows the figures', async () => {
    const session = await openSession(browser);
    const { page } = session;
    await signIn(page, ACCOUNTS.park_admin.email);
    await page.waitForURL(/\/park/);
    await page.goto('/park/programmes/zhangjiang-rated-subsidy/edit');
    await page.getByTestId('sim-run').waitFor();
    await page.getByTestId('sim-source').getByText('模拟贷款组合').click();
    await page.getByTestId('sim-size').fill('2000');
    const simulated = page.waitForResponse((r) => r.url().endsWith('/programmes/simulate') && r.request().method() === 'POST');
    await page.getByTestId('sim-run').click();
    const response = await simulated;
    expect(response.status(), await response.text()).toBe(200);
    const body = (await response.json()) as { loansConsidered: number; enterprisesReached: number; current: unknown };
    expect(body.loansConsidered).toBe(2000);
    await page.getByTestId('simulation-results').waitFor();
    await expect.poll(() => page.getByTestId('sim-loans').innerText()).toContain('2,000');
    expect(await page.getByTestId('sim-enterprises').innerText()).toContain(String(body.enterprisesReached));
    expect(await page.getByTestId('sim-total').innerText()).toContain('¥');
    // The programme is published: the draft stands beside its version in force.
    expect(body.current).not.toBeNull();
    await page.getByTestId('simulation-comparison').waitFor();
    await expect.poll(() => page.getByTestId('sim-publish').isVisible()).toBe(true);
    // A change to the form makes the figures stale until simulated again; no publishing meanwhile.
    await page.getByTestId('programme-share').fill('0.3');
    await page.getByTestId('sim-stale').waitFor();
    expect(await page.getByTestId('sim-publish').count()).toBe(0);
    await screenshot(page, 'programme-simulator');
    expectNoConsoleErrors(session);
    await session.context.close();
  });
});
