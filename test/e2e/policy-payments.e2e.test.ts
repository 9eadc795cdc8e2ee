// The insurer's data submissions in the browser: a CSV with mistakes is refused with each problem
// on its line (nothing written); a good one is previewed (borrower named, the line already
// submitted marked) and then written, and the new payment is in the list. One payment is also
// recorded by hand: the loan found on the server, a refusal shown on its field, a preview, then
// written; and the form reads in English too.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openSession, screenshot, signIn, type Session } from './browser.ts';

interface PaymentJson {
  loanId: string;
  kind: string;
  contractNo: string;
  paidOn: string;
  amountFen: number;
  coverageFrom: string;
  coverageTo: string;
  coveredAmountFen: number;
  feeRate: string;
  enterprise: { name: string };
}

const HEADER = 'loan_id,kind,contract_no,paid_on,amount_fen,coverage_from,coverage_to,covered_amount_fen,fee_rate';
const line = (p: PaymentJson, over: Partial<PaymentJson> = {}) => {
  const r = { ...p, ...over };
  return [r.loanId, r.kind, r.contractNo, r.paidOn, r.amountFen, r.coverageFrom, r.coverageTo, r.coveredAmountFen, r.feeRate].join(',');
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the insurer submits premium data by CSV file', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(browser);
  });
  afterAll(async () => session?.close());

  it('refuses a bad file line by line, previews a good one, and writes it', async () => {
    const { page } = session;
    await signIn(page, 'officer@insurer.kejin.demo');
    await page.waitForURL('**/institution');
    const listed = (await (await page.request.get('/api/v1/policy-payments?pageSize=100')).json()) as { items: PaymentJson[]; total: number };
    expect(listed.total).toBeGreaterThan(0);
    const first = listed.items[0]!;
    const renewal = line(first, { contractNo: `${first.contractNo}-E2E`, paidOn: first.coverageTo, coverageFrom: first.coverageTo });
    await page.goto('/institution/submissions');
    await page.getByTestId('policy-payments-table').waitFor();

    await page.getByTestId('payment-upload').click();
    await page.getByTestId('payment-file-csv').fill([HEADER, renewal, line(first, { feeRate: '1.5', kind: 'fee' })].join('\n'));
    await page.getByTestId('payment-file-check').click();
    const errors = page.getByTestId('payment-file-errors');
    await errors.waitFor();
    await expect.poll(() => errors.locator('li').count()).toBe(1);
    expect(await errors.innerText()).toMatch(/第 3 行[\s\S]*kind[\s\S]*fee_rate/);
    expect((await (await page.request.get('/api/v1/policy-payments?pageSize=1')).json()).total).toBe(listed.total);

    await page.getByTestId('payment-file-csv').fill([HEADER, renewal, line(first)].join('\n'));
    await page.getByTestId('payment-file-check').click();
    const preview = page.getByTestId('payment-file-preview');
    await preview.waitFor();
    expect(await preview.innerText()).toContain(first.enterprise.name);
    expect(await preview.innerText()).toContain('已报送');
    await screenshot(page, 'policy-payments-preview');
    const written = page.waitForResponse((r) => r.url().endsWith('/api/v1/policy-payments') && r.request().method() === 'POST');
    await page.getByTestId('payment-file-submit').click();
    expect(await (await written).json()).toMatchObject({ received: 2, written: 1, duplicates: 1 });
    await page.getByTestId('payment-file-form').waitFor({ state: 'detached' });
    await expect.poll(async () => page.getByTestId('policy-payments-table').innerText()).toContain(`${first.contractNo}-E2E`);
    // The refused check is the one failed request the browser reports: the 400 that named the lines.
    expect(session.errors.filter((e) => !(e.includes('status of 400') && e.includes('/api/v1/policy-payments)')))).toEqual([]);
    expect(session.errors).toHaveLength(1);
  });
});

/** Picks a date in an antd date picker by typing it (Tab away: Enter would submit the form), and waits for the picker to hold it and close. */
async function typeDate(page: Page, id: string, date: string) {
  const input = page.locator(`#${id}`);
  await input.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(date);
  await page.keyboard.press('Tab');
  await expect.poll(() => input.inputValue()).toBe(date);
  await expect.poll(() => page.locator('.ant-picker-dropdown:visible').count()).toBe(0);
}

describe('the guarantor or insurer records one payment by hand', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(browser);
  });
  afterAll(async () => session?.close());

  it('finds the loan on the server, shows a refusal on its field, previews the row and writes it', async () => {
    const { page } = session;
    await signIn(page, 'officer@insurer.kejin.demo');
    await page.waitForURL('**/institution');
    const listed = (await (await page.request.get('/api/v1/policy-payments?pageSize=1')).json()) as { items: PaymentJson[]; total: number };
    const first = listed.items[0]!;
    const contractNo = `ONE-${Date.now()}`;
    await page.goto('/institution/submissions');
    await page.getByTestId('policy-payments-table').waitFor();
    await page.getByTestId('payment-record').click();
    const form = page.getByTestId('payment-record-form');
    await form.waitFor();

    // The loan: typed text goes to the server (by the borrower's name, then by the loan's id).
    const searched = page.waitForResponse((r) => r.url().includes('/api/v1/policy-payments/loans') && r.url().includes('q='));
    await page.locator('#loanId').click();
    await page.locator('#loanId').fill(first.enterprise.name.slice(0, 4));
    expect(new URL((await searched).url()).searchParams.get('q')).toBe(first.enterprise.name.slice(0, 4));
    await page.locator('#loanId').fill(first.loanId);
    const option = page.locator('.ant-select-item-option').filter({ hasText: first.enterprise.name });
    await expect.poll(() => option.count()).toBe(1);
    await option.click();

    await page.locator('#contractNo').fill(contractNo);
    await typeDate(page, 'paidOn', first.coverageTo);
    await page.locator('#amountYuan').fill('12,345.67');
    // Coverage ending before it starts: the server's refusal, in Chinese, on the field.
    await typeDate(page, 'coverageFrom', '2030-06-01');
    await typeDate(page, 'coverageTo', '2030-05-31');
    await page.locator('#coveredYuan').fill('1000000');
    await page.locator('#ratePercent').fill('1.5');
    await page.getByRole('button', { name: '检查并预览' }).click();
    await expect.poll(() => form.innerText()).toContain('保障期的结束日早于开始日');
    expect(await page.getByTestId('payment-record-preview').count()).toBe(0);

    await typeDate(page, 'coverageTo', '2031-05-31');
    const checked = page.waitForResponse((r) => r.url().endsWith('/api/v1/policy-payments') && r.request().method() === 'POST');
    await page.getByRole('button', { name: '检查并预览' }).click();
    const check = await checked;
    expect(check.request().postDataJSON()).toMatchObject({ dryRun: true, payments: [{ loanId: first.loanId, kind: 'premium', contractNo, amountFen: 1_234_567, coveredAmountFen: 100_000_000, feeRate: '0.015', coverageFrom: '2030-06-01', coverageTo: '2031-05-31' }] });
    const preview = page.getByTestId('payment-record-preview');
    await preview.waitFor();
    expect(await preview.innerText()).toContain(first.enterprise.name);
    expect(await preview.innerText()).toContain('¥12,345.67');
    await screenshot(page, 'policy-payment-record-preview');

    const written = page.waitForResponse((r) => r.url().endsWith('/api/v1/policy-payments') && r.request().method() === 'POST');
    await page.getByRole('button', { name: '确认写入' }).click();
    expect(await (await written).json()).toMatchObject({ received: 1, written: 1, duplicates: 0 });
    await form.waitFor({ state: 'detached' });
    await expect.poll(async () => page.getByTestId('policy-payments-table').innerText()).toContain(contractNo);
    const stored = (await (await page.request.get(`/api/v1/policy-payments?q=${contractNo}`)).json()) as { items: PaymentJson[] };
    expect(stored.items).toMatchObject([{ loanId: first.loanId, amountFen: 1_234_567, feeRate: expect.stringMatching(/^0\.0150*$/) }]);

    // In English the form speaks English, no message keys.
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    try {
      await page.getByTestId('payment-record').click();
      await form.waitFor();
      const text = await form.innerText();
      expect(text).toContain('Annual rate');
      expect(text).not.toMatch(/payments\.|validation\./);
      await page.getByRole('button', { name: 'Check and preview' }).click();
      await expect.poll(() => form.innerText()).toMatch(/Loan/);
      expect(await form.innerText()).not.toMatch(/payments\.|validation\./);
      await page.keyboard.press('Escape');
    } finally {
      await page.getByTestId('lang-switch').click();
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
    }
    // The refused check is the one failed request the browser reports.
    expect(session.errors.filter((e) => !(e.includes('status of 400') && e.includes('/api/v1/policy-payments)')))).toEqual([]);
  });
});
