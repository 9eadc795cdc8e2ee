// Accounts through the browser: an enterprise registers itself, its park's administrator admits it
// and the new user signs in; a refused registration shows the server's reason in Chinese and a
// rejection's reason is kept; a colleague invited by the demo enterprise or bank accepts the link,
// sets a password and signs in with the organisation's role.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshCreditCode } from '../codes.ts';
import { ACCOUNTS, expectNoConsoleErrors, launchBrowser, openSession, pathOf, screenshot, signIn, type Session } from './browser.ts';

const PASSWORD = 'a-new-kejin-password';
const WAIT = { timeout: 30_000 };
/** Each test drives several sessions through several pages: generous on a busy machine. */
const TEST_TIMEOUT = 240_000;
const run = Date.now().toString(36);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Applicant {
  enterpriseName: string;
  creditCode: string;
  email: string;
}

async function choose(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-item-option', { hasText: text }).first().click();
}

/** Fills in the registration form from the sign-in page and submits it. */
async function fillRegistration(page: Page, a: Applicant): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('register-link').click();
  await page.waitForURL('**/register');
  await page.getByTestId('register-name').fill(a.enterpriseName);
  await page.getByTestId('register-credit-code').fill(a.creditCode);
  await choose(page, 'register-park', '张江科学城');
  await choose(page, 'register-industry', '软件开发');
  await page.getByTestId('register-founded').click();
  await page.keyboard.type('2021-05-10');
  await page.keyboard.press('Enter');
  await page.getByTestId('register-capital').fill('800');
  await page.getByTestId('register-employees').fill('26');
  await page.getByTestId('register-legal').fill('韩立');
  await page.getByTestId('register-address').fill('上海市浦东新区张衡路666号');
  await page.getByTestId('register-contact').fill('韩立');
  await page.getByTestId('register-email').fill(a.email);
  await page.getByTestId('register-phone').fill('139 1234 5678');
  await page.getByTestId('register-password').fill(PASSWORD);
  await page.getByTestId('register-confirm').fill(PASSWORD);
  await page.getByTestId('register-submit').click();
}

/** The park administrator's queue, on the given status. */
async function openQueue(page: Page, status: '待审核' | '已驳回' | '已通过'): Promise<void> {
  await page.getByTestId('side-menu').getByRole('link', { name: '企业注册审核', exact: true }).click();
  await page.waitForURL('**/park/registrations**');
  await page.getByTestId('registration-filter').getByText(status).click();
}

const rowOf = (page: Page, creditCode: string) => page.getByTestId('registrations-table').locator('.ant-table-row', { hasText: creditCode });

/** Runs with fresh sessions, then finds no console errors but the refusals the test provokes (`refused`). */
async function withSessions(count: number, body: (sessions: Session[]) => Promise<void>, refused?: RegExp): Promise<void> {
  const sessions = await Promise.all(Array.from({ length: count }, () => openSession(browser)));
  try {
    await body(sessions);
    for (const session of sessions) {
      if (refused) session.errors.splice(0, session.errors.length, ...session.errors.filter((e) => !refused.test(e)));
      expectNoConsoleErrors(session);
    }
  } finally {
    await Promise.all(sessions.map((s) => s.close()));
  }
}

describe('self-registration', () => {
  it('registers an enterprise that its park administrator admits, and the new user signs in', async () => {
    await withSessions(3, async ([applicant, admin, newcomer]) => {
      const a = { enterpriseName: `上海翰林智算科技有限公司`, creditCode: freshCreditCode(), email: `hanli-${run}@register.kejin.test` };
      await fillRegistration(applicant!.page, a);
      const done = applicant!.page.getByTestId('register-done');
      await done.waitFor(WAIT);
      expect(await done.textContent()).toContain('等待园区管理员审核');
      await screenshot(applicant!.page, 'register-done');

      const { page } = admin!;
      await signIn(page, ACCOUNTS.park_admin.email);
      await page.waitForURL('**/park');
      await openQueue(page, '待审核');
      const row = rowOf(page, a.creditCode);
      await row.waitFor(WAIT);
      await screenshot(page, 'registrations-queue');
      await row.getByTestId('admit-registration').click();
      await page.getByTestId('admit-confirm').click();
      await row.waitFor({ state: 'detached', ...WAIT });
      await openQueue(page, '已通过');
      await rowOf(page, a.creditCode).waitFor(WAIT);

      await signIn(newcomer!.page, a.email, PASSWORD);
      await newcomer!.page.waitForURL('**/enterprise', WAIT);
      await newcomer!.page.getByTestId('home-title').waitFor(WAIT);
      const me = (await (await newcomer!.page.request.get('/api/v1/me')).json()) as { roles: string[]; organisation: { name: string; creditCode: string } };
      expect(me).toMatchObject({ roles: ['enterprise_user'], organisation: { name: a.enterpriseName, creditCode: a.creditCode } });
      await newcomer!.page.waitForLoadState('networkidle');
    });
  }, TEST_TIMEOUT);

  it('shows a refused registration’s reason in Chinese, and the administrator’s rejection reason', async () => {
    await withSessions(2, async ([applicant, admin]) => {
      const first = { enterpriseName: `上海澄明光电有限公司`, creditCode: freshCreditCode(), email: `first-${run}@register.kejin.test` };
      await fillRegistration(applicant!.page, first);
      await applicant!.page.getByTestId('register-done').waitFor(WAIT);

      // The same credit code again while the first awaits the park: the server refuses, in Chinese.
      await fillRegistration(applicant!.page, { ...first, email: `again-${run}@register.kejin.test` });
      await expect.poll(() => applicant!.page.locator('form').textContent(), WAIT).toContain('该信用代码已有一份注册申请在等待园区审核');
      expect(await applicant!.page.getByTestId('register-done').count()).toBe(0);
      await screenshot(applicant!.page, 'register-refused');

      const { page } = admin!;
      await signIn(page, ACCOUNTS.park_admin.email);
      await page.waitForURL('**/park');
      await openQueue(page, '待审核');
      const row = rowOf(page, first.creditCode);
      await row.getByTestId('reject-registration').click(WAIT);
      const reason = '经营范围以光电贸易为主，暂不符合园区科技企业入驻条件。';
      await page.getByTestId('reject-reason').fill(reason);
      await page.locator('.ant-modal-footer .ant-btn-primary').click();
      await row.waitFor({ state: 'detached', ...WAIT });
      await openQueue(page, '已驳回');
      const rejected = rowOf(page, first.creditCode);
      await rejected.waitFor(WAIT);
      expect(await rejected.getByTestId('registration-status').textContent()).toBe('已驳回');
      expect(await rejected.getByTestId('registration-reason-cell').textContent()).toBe(reason);
      // The demo's own rejection is there too, with its reason.
      await expect.poll(() => page.getByTestId('registrations-table').textContent(), WAIT).toContain('张江科学城范围');
    }, /status of 409 .*\/api\/v1\/registrations\)$/);
  }, TEST_TIMEOUT);
});

describe.each([
  { role: 'enterprise_user' as const, menu: '成员与邀请', roleLabel: '企业用户' },
  { role: 'institution_officer' as const, menu: '成员与邀请', roleLabel: '机构客户经理' },
])('invitations of $role', ({ role, menu, roleLabel }) => {
  const account = ACCOUNTS[role];

  it('invites a colleague who accepts the link and signs in with the role', async () => {
    await withSessions(2, async ([inviter, colleague]) => {
      const email = `colleague-${role}-${run}@invite.kejin.test`;
      const { page } = inviter!;
      await signIn(page, account.email);
      await page.waitForURL(`**${account.home}`);
      await page.getByTestId('side-menu').getByRole('link', { name: menu, exact: true }).click();
      await page.waitForURL(`**${account.home}/members`);
      // The demo organisation has an accepted invitation and an open one.
      await expect.poll(() => page.getByTestId('invitation-status').allTextContents(), WAIT).toEqual(expect.arrayContaining(['已接受', '待接受']));

      await page.getByTestId('invite-colleague').click();
      await page.getByTestId('invite-email').fill(email);
      await page.locator('.ant-modal-footer .ant-btn-primary').click();
      const link = page.getByTestId('invitation-link');
      await link.waitFor(WAIT);
      const href = (await link.textContent())!.trim();
      expect(href).toMatch(/\/accept-invitation\?token=/);
      await page.getByTestId('invitations-table').locator('.ant-table-row', { hasText: email }).waitFor(WAIT);
      await screenshot(page, `members-${role}`);

      const inviterMe = (await (await page.request.get('/api/v1/me')).json()) as { organisation: { name: string }; user: { displayName: string } };
      const organisation = inviterMe.organisation.name;
      await colleague!.page.goto(new URL(href).pathname + new URL(href).search);
      const intro = colleague!.page.getByTestId('accept-intro');
      await intro.waitFor(WAIT);
      expect(await intro.textContent()).toContain(organisation);
      expect(await intro.textContent()).toContain(roleLabel);
      // It names who invited them.
      expect(await intro.textContent()).toContain(inviterMe.user.displayName);
      await colleague!.page.getByTestId('accept-name').fill('顾晨');
      await colleague!.page.getByTestId('accept-password').fill(PASSWORD);
      await colleague!.page.getByTestId('accept-confirm').fill(PASSWORD);
      await colleague!.page.getByTestId('accept-submit').click();
      await colleague!.page.getByTestId('accept-done').waitFor(WAIT);
      await colleague!.page.getByTestId('accept-sign-in').click();
      await colleague!.page.waitForURL('**/login');
      await signIn(colleague!.page, email, PASSWORD);
      await colleague!.page.waitForURL(`**${account.home}`, WAIT);
      expect(pathOf(colleague!.page)).toBe(account.home);
      const me = (await (await colleague!.page.request.get('/api/v1/me')).json()) as { roles: string[]; organisation: { name: string } };
      expect(me).toMatchObject({ roles: [role], organisation: { name: organisation } });
      await colleague!.page.waitForLoadState('networkidle');

      await page.reload();
      await expect.poll(() => page.getByTestId('members-table').textContent(), WAIT).toContain('顾晨');
      const row = page.getByTestId('invitations-table').locator('.ant-table-row', { hasText: email });
      await expect.poll(() => row.getByTestId('invitation-status').textContent(), WAIT).toBe('已接受');
    });
  }, TEST_TIMEOUT);
});
