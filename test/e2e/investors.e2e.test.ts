// The demo VC fund's investment manager in the browser: a registration number of the wrong form is
// refused on its field, in the user's language, and nothing is saved; a good profile saves; the
// directory then shows the fund with its thesis, industries by name, ticket range in 万元, portfolio
// links and the note that the association's register is the authority.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openSession, screenshot, signIn, type Session } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the investor keeps its profile and browses the directory', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(browser);
  });
  afterAll(async () => session?.close());

  it('refuses a malformed registration number on its field, saves a good profile, and finds it in the directory', async () => {
    const { page } = session;
    await signIn(page, 'investor@vc.kejin.demo');
    await page.waitForURL('**/institution');
    await page.getByTestId('side-menu').getByRole('link', { name: '投资方档案', exact: true }).click();
    await page.waitForURL('**/institution/investor-profile');
    const registration = page.getByTestId('investor-registration-no');
    await expect.poll(() => registration.inputValue()).toMatch(/^P\d{7}$/);
    const saved = (await (await page.request.get('/api/v1/me/investor-profile')).json()) as { managerRegistrationNo: string; thesis: string; name: string };

    await registration.fill('P12345');
    await page.getByTestId('investor-profile-save').click();
    await page.getByText('私募基金管理人登记编号为 P 加 7 位数字（如 P1001234），收到的是“P12345”').waitFor();
    const unchanged = (await (await page.request.get('/api/v1/me/investor-profile')).json()) as { managerRegistrationNo: string };
    expect(unchanged.managerRegistrationNo).toBe(saved.managerRegistrationNo);
    await screenshot(page, 'investor-profile-refused');

    await registration.fill('P1001234');
    const thesis = page.getByTestId('investor-thesis-input');
    await thesis.fill('聚焦集成电路设计与人工智能\n兼顾工业软件');
    await page.getByTestId('investor-profile-save').click();
    await page.getByText('档案已保存').waitFor();
    const after = (await (await page.request.get('/api/v1/me/investor-profile')).json()) as { managerRegistrationNo: string; thesis: string };
    expect(after).toMatchObject({ managerRegistrationNo: 'P1001234', thesis: '聚焦集成电路设计与人工智能\n兼顾工业软件' });

    await page.getByTestId('side-menu').getByRole('link', { name: '投资机构', exact: true }).click();
    await page.waitForURL('**/institution/investors');
    await page.getByTestId('investor-search').locator('input').fill('浦江前沿');
    await page.getByTestId('investor-search').locator('input').press('Enter');
    const row = page.getByTestId('investors-table').getByRole('button', { name: saved.name });
    await row.click();
    const drawer = page.getByTestId('investor-drawer');
    await drawer.getByTestId('investor-thesis').getByText('兼顾工业软件').waitFor();
    await expect.poll(() => drawer.getByTestId('investor-industries').textContent()).toContain('集成电路设计');
    expect(await drawer.getByTestId('investor-industries').textContent()).not.toMatch(/I6520/);
    expect(await drawer.getByTestId('investor-ticket').textContent()).toBe('500 – 5,000 万元');
    await drawer.getByTestId('investor-register-note').getByText('中国证券投资基金业协会').waitFor();
    const link = drawer.getByTestId('investor-portfolio').getByRole('link').first();
    expect(await link.getAttribute('href')).toMatch(/^\/institution\/directory\/[0-9A-Z]{18}$/);
    await screenshot(page, 'investor-directory-drawer');
    // The one refused save is an answer, not a fault.
    expect(session.errors.filter((e) => !/status of 400 .*\/api\/v1\/me\/investor-profile\)/.test(e)), 'console errors').toEqual([]);
  });
});
