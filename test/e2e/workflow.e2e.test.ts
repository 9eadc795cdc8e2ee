// The financing workflow in the browser: the demo enterprise applies to one of the demo bank's
// loans from "Matched for you" (a double click on submit makes one application); the bank's officer
// finds it in the review queue, approves, signs and disburses it with terms, and records a
// repayment; the enterprise follows the timeline (the repayment put it in "repaying") to the loan
// and its schedule; the Zhangjiang
// administrator sees the park's pipeline as a funnel.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS, expectNoConsoleErrors, launchBrowser, openSession, screenshot, signIn, type Session } from './browser.ts';

const DEMO_BANK = '科金示范银行';

interface ProductTerms {
  amountMinFen: number;
  termMinMonths: number | null;
}
interface ApplicationJson {
  id: string;
  state: string;
  product: { id: string };
  amountFen: number;
  termMonths: number | null;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Fen as the pages show 万元: 1000000000 → "1,000 万元". */
const wan = (fen: number) => `${(fen / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 6 })} 万元`;

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as T;
}

/** Waits until the page's header shows the application in this state. */
async function waitForState(page: Page, state: string): Promise<void> {
  await page.locator(`h1 [data-testid="application-state"][data-state="${state}"]`).waitFor();
}

/** Opens a move's form on the application page and submits it as it stands, or after `fill`. */
async function move(page: Page, to: string, fill?: () => Promise<void>): Promise<void> {
  await page.getByTestId(`move-${to}`).click();
  const form = page.locator(`[data-testid="move-form"][data-to="${to}"]`);
  await form.waitFor();
  await fill?.();
  const moved = page.waitForResponse((r) => r.url().endsWith('/transitions') && r.request().method() === 'POST');
  await page.locator('.ant-modal-container', { has: form }).locator('.ant-modal-footer .ant-btn-primary').click();
  const response = await moved;
  expect(response.status(), await response.text()).toBe(200);
  await waitForState(page, to);
  await form.waitFor({ state: 'detached' });
}

async function withSession(run: (session: Session) => Promise<void>): Promise<void> {
  const session = await openSession(browser);
  try {
    await run(session);
    expectNoConsoleErrors(session);
  } finally {
    await session.close();
  }
}

describe('financing workflow', () => {
  let applicationId = '';
  let productId = '';
  let productName = '';
  let amountFen = 0;
  let termMonths = 0;
  let loanId = '';

  it('lets the enterprise apply from "Matched for you", once however often it clicks', async () => {
    await withSession(async ({ page }) => {
      await signIn(page, ACCOUNTS.enterprise_user.email);
      await page.waitForURL('**/enterprise');
      await page.getByTestId('side-menu').getByRole('link', { name: '为您匹配', exact: true }).click();
      await page.waitForURL('**/enterprise/matches');

      const card = page
        .locator('[data-testid="match-item"][data-eligible="true"]')
        .filter({ hasText: DEMO_BANK })
        .filter({ has: page.getByTestId('product-kind').getByText('贷款') })
        .filter({ has: page.getByTestId('apply') })
        .first();
      await card.waitFor();
      productId = (await card.getAttribute('data-product-id')) ?? '';
      productName = (await card.getByTestId('match-product').textContent()) ?? '';
      expect(productId).not.toBe('');
      const { terms } = await getJson<{ terms: ProductTerms }>(page, `/api/v1/products/${productId}`);
      amountFen = terms.amountMinFen;
      termMonths = terms.termMinMonths ?? 12;

      await card.getByTestId('apply').click();
      const form = page.getByTestId('apply-form');
      await page.getByTestId('apply-amount').fill(String(amountFen / 1_000_000));
      await form.locator('#termMonths').fill(String(termMonths));
      await page.getByTestId('apply-purpose').fill('购置研发测试设备与补充流动资金');

      const posts: { status: number; body: ApplicationJson; key: string | null; sent: string | null }[] = [];
      page.on('response', (r) => {
        if (r.url().endsWith('/api/v1/applications') && r.request().method() === 'POST') {
          void r.json().then((body: ApplicationJson) => posts.push({ status: r.status(), body, key: r.request().headers()['idempotency-key'] ?? null, sent: r.request().postData() }));
        }
      });
      await page.locator('.ant-modal-footer .ant-btn-primary').dblclick();
      await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
      applicationId = page.url().split('/').pop()!;
      await waitForState(page, 'submitted');

      // However many requests the double click sent, they carried one key and name one application.
      await expect.poll(() => posts.length).toBeGreaterThan(0);
      expect(new Set(posts.map((p) => p.key)).size).toBe(1);
      expect(posts[0]!.key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      // A retry of the same request (an answer lost on the way) gives back the same application.
      const replay = await page.request.post('/api/v1/applications', { headers: { 'Idempotency-Key': posts[0]!.key!, 'Content-Type': 'application/json' }, data: posts[0]!.sent });
      expect(replay.status(), await replay.text()).toBe(200);
      expect(((await replay.json()) as ApplicationJson).id).toBe(applicationId);
      expect(new Set(posts.map((p) => p.body.id))).toEqual(new Set([applicationId]));
      expect(posts.filter((p) => p.status === 201)).toHaveLength(1);
      const mine = await getJson<{ items: ApplicationJson[] }>(page, '/api/v1/applications?pageSize=100');
      expect(mine.items.filter((a) => a.product.id === productId && a.state === 'submitted')).toHaveLength(1);

      expect(await page.getByTestId('detail-amount').textContent()).toBe(wan(amountFen));
      expect(await page.getByTestId('timeline-event').count()).toBe(1);
      expect(await page.getByTestId('move-withdrawn').isVisible()).toBe(true);
      await page.waitForLoadState('networkidle');
      await screenshot(page, 'workflow-applied');
    });
  });

  it('lets the officer find it in the review queue, approve, sign and disburse it, and record a repayment', async () => {
    expect(applicationId).not.toBe('');
    await withSession(async ({ page }) => {
      await signIn(page, ACCOUNTS.institution_officer.email);
      await page.waitForURL('**/institution');
      await page.getByTestId('side-menu').getByRole('link', { name: '审批', exact: true }).click();
      await page.waitForURL('**/institution/reviews');
      const row = page.getByTestId('review-table').locator('.ant-table-row').filter({ has: page.locator(`a[href="/applications/${applicationId}"]`) });
      await row.waitFor();
      expect(await row.getByTestId('application-product').textContent()).toBe(productName);
      expect(await row.getByTestId('deadline-status').getAttribute('data-status')).toMatch(/^(on_time|due_soon)$/);
      await page.waitForLoadState('networkidle');
      await screenshot(page, 'workflow-review-queue');

      await row.getByTestId('review-open').click();
      await page.waitForURL(`**/applications/${applicationId}`);
      await waitForState(page, 'submitted');
      // The approval records the terms (here LPR + 20 bp); the disbursement then offers exactly them.
      await move(page, 'approved', async () => {
        await page.getByTestId('loan-terms').waitFor();
        expect(await page.getByTestId('loan-amount').inputValue()).toBe(String(amountFen / 1_000_000));
        await page.getByTestId('loan-spread').fill('20');
      });
      await move(page, 'contract_signed');
      await move(page, 'disbursed', async () => {
        await page.getByTestId('loan-terms').waitFor();
        expect(await page.getByTestId('loan-amount').inputValue()).toBe(String(amountFen / 1_000_000));
        expect(await page.getByTestId('loan-spread').inputValue()).toBe('20');
      });
      expect(await page.getByTestId('timeline-event').count()).toBe(4);
      await page.waitForLoadState('networkidle');
      await screenshot(page, 'workflow-disbursed');

      await page.getByTestId('application-loan-link').click();
      await page.waitForURL(/\/loans\/[0-9a-f-]{36}$/);
      loanId = page.url().split('/').pop()!;
      const schedule = page.getByTestId('loan-schedule').locator('.ant-table-row');
      await schedule.first().waitFor();
      expect(await schedule.count()).toBe(Math.min(termMonths, 24));
      expect(await page.getByTestId('loan-annual-rate').textContent()).toMatch(/^\d+\.\d{2,}%$/);

      await page.getByTestId('record-repayment').click();
      await page.getByTestId('repayment-form').waitFor();
      await page.getByTestId('money-amount').fill('1');
      await page.getByTestId('repayment-reference').fill('E2E-REPAY-001');
      const recorded = page.waitForResponse((r) => r.url().endsWith(`/loans/${loanId}/repayments`));
      await page.locator('.ant-modal-footer .ant-btn-primary').click();
      expect((await recorded).status()).toBe(201);
      await page.getByTestId('loan-repayments').getByText('E2E-REPAY-001').waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, 'workflow-loan-officer');
    });
  });

  it('shows the enterprise the timeline of its application and the loan’s schedule', async () => {
    expect(loanId).not.toBe('');
    await withSession(async ({ page }) => {
      await signIn(page, ACCOUNTS.enterprise_user.email);
      await page.waitForURL('**/enterprise');
      await page.getByTestId('side-menu').getByRole('link', { name: '融资申请', exact: true }).click();
      await page.waitForURL('**/enterprise/applications');
      const row = page.getByTestId('applications-table').locator('.ant-table-row').filter({ has: page.locator(`a[href="/applications/${applicationId}"]`) });
      await row.waitFor();
      // The officer's repayment moved it on: the platform puts a loan being repaid in "repaying".
      expect(await row.getByTestId('application-state').getAttribute('data-state')).toBe('repaying');

      await row.getByTestId('application-link').click();
      await page.waitForURL(`**/applications/${applicationId}`);
      const events = page.getByTestId('timeline-event');
      await expect.poll(() => events.count()).toBe(5);
      expect(await events.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-state')))).toEqual(['submitted', 'approved', 'contract_signed', 'disbursed', 'repaying']);
      expect(await page.getByTestId('application-moves').count()).toBe(0);

      await page.getByTestId('application-loan-link').click();
      await page.waitForURL(`**/loans/${loanId}`);
      const schedule = page.getByTestId('loan-schedule').locator('.ant-table-row');
      await schedule.first().waitFor();
      expect(await schedule.count()).toBe(Math.min(termMonths, 24));
      expect(await page.getByTestId('loan-amount').textContent()).toBe(wan(amountFen));
      expect(await page.getByTestId('loan-repayments').locator('.ant-table-row').count()).toBe(1);
      expect(await page.getByTestId('record-repayment').count()).toBe(0);

      await page.getByTestId('side-menu').getByRole('link', { name: '贷款', exact: true }).click();
      await page.waitForURL('**/enterprise/loans');
      await page.getByTestId('loans-table').locator(`a[href="/loans/${loanId}"]`).waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, 'workflow-loans-enterprise');
    });
  });

  it('lets the officer acknowledge a warning and resolve it with a note', async () => {
    await withSession(async ({ page }) => {
      await signIn(page, ACCOUNTS.institution_officer.email);
      await page.waitForURL('**/institution');
      await page.getByTestId('side-menu').getByRole('link', { name: '预警', exact: true }).click();
      const row = page.getByTestId('signals-table').locator('.ant-table-row', { has: page.getByTestId('signal-acknowledge') }).first();
      await row.waitFor();
      const summary = (await row.getByTestId('signal-summary').textContent())!;
      await row.getByTestId('signal-acknowledge').click();
      await page.getByTestId('signal-note').fill('已电话联系企业财务负责人');
      const acknowledged = page.waitForResponse((r) => r.url().endsWith('/acknowledge'));
      await page.locator('.ant-modal-container', { has: page.getByTestId('signal-note') }).locator('.ant-modal-footer .ant-btn-primary').click();
      expect((await acknowledged).status()).toBe(200);
      await page.getByTestId('signal-note').waitFor({ state: 'detached' });
      // Now followed up (under 跟进中, out of the open list): it can only be resolved, with a note.
      await page.getByTestId('signal-status-filter').getByText('跟进中').click();
      const followed = page.getByTestId('signals-table').locator('.ant-table-row', { hasText: summary }).first();
      await followed.getByTestId('signal-resolve').click();
      const form = page.locator('.ant-modal-container', { has: page.getByTestId('signal-note') });
      await form.locator('.ant-modal-footer .ant-btn-primary').click();
      await form.locator('.ant-form-item-explain-error').waitFor();
      await page.getByTestId('signal-note').fill('企业已补缴逾期款项，解除预警');
      const resolved = page.waitForResponse((r) => r.url().endsWith('/resolve'));
      await form.locator('.ant-modal-footer .ant-btn-primary').click();
      expect((await resolved).status()).toBe(200);
      await page.getByTestId('signal-note').waitFor({ state: 'detached' });
    });
  });

  it('shows the Zhangjiang administrator the park’s pipeline as a funnel', async () => {
    await withSession(async ({ page }) => {
      await signIn(page, ACCOUNTS.park_admin.email);
      await page.waitForURL('**/park');
      await page.getByTestId('side-menu').getByRole('link', { name: '融资漏斗', exact: true }).click();
      await page.waitForURL('**/park/pipeline');
      const funnel = page.getByTestId('pipeline-funnel');
      await funnel.waitFor();
      await funnel.locator('canvas').waitFor();
      await page.getByTestId('league-table').locator('.ant-table-row').first().waitFor();
      expect(Number(await page.getByTestId('pipeline-applications').getAttribute('data-count'))).toBeGreaterThan(0);
      await page.waitForLoadState('networkidle');
      await screenshot(page, 'workflow-pipeline');
    });
  });
});
