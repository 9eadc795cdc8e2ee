// The insurer's data submissions in the browser: a CSV with mistakes is refused with each problem
// on its line (nothing written); a good one is previewed (borrower named, the line already
// submitted marked) and then written, and the new payment is in the list.
import type { Browser } from 'playwright-core';
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
