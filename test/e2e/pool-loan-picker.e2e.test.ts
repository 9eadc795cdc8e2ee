// The pool console's loan picker searches the partner bank's loans on the server: a loan past the
// first hundred of its book is found by its borrower's credit code or by its id, and
// chosen, ready to register.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS, expectNoConsoleErrors, launchBrowser, openSession, screenshot, signIn, type Session } from './browser.ts';

interface LoanJson {
  id: string;
  enterprise: { name: string; creditCode: string };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the partner bank picks any of its loans in the pool console', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(browser);
  });
  afterAll(async () => session?.close());

  it('finds a loan beyond the first hundred by searching the server', async () => {
    const { page } = session;
    await signIn(page, ACCOUNTS.institution_officer.email);
    await page.waitForURL('**/institution');
    const pools = (await (await page.request.get('/api/v1/pools')).json()) as { items: { id: string }[] };
    expect(pools.items.length).toBeGreaterThan(0);
    const book = (await (await page.request.get('/api/v1/loans?pageSize=100')).json()) as { items: LoanJson[]; total: number };
    // The loan the old picker (the first hundred, in the book's order) could not offer; with a book
    // of a hundred or fewer, its last.
    const later = book.total > 100 ? ((await (await page.request.get('/api/v1/loans?pageSize=100&page=2')).json()) as { items: LoanJson[] }).items.at(-1)! : book.items.at(-1)!;
    if (book.total > 100) expect(book.items.map((l) => l.id)).not.toContain(later.id);

    await page.goto(`/institution/pools/${pools.items[0]!.id}`);
    const card = page.getByTestId('pool-partner-loans');
    await card.waitFor();
    const picker = page.locator('#pool-loan-search');
    await picker.click();

    const searched = page.waitForResponse((r) => r.url().includes('/api/v1/loans?') && new URL(r.url()).searchParams.get('q') === later.enterprise.creditCode);
    await picker.fill(later.enterprise.creditCode);
    const answer = (await (await searched).json()) as { items: LoanJson[] };
    expect(answer.items.map((l) => l.id)).toContain(later.id);
    await expect.poll(() => page.locator('.ant-select-item-option').filter({ hasText: later.enterprise.name }).count()).toBeGreaterThan(0);

    await picker.fill(later.id);
    const option = page.locator('.ant-select-item-option').filter({ hasText: later.enterprise.name });
    await expect.poll(() => option.count()).toBe(1);
    await option.click();
    await expect.poll(() => card.getByTestId('partner-loan-select').innerText()).toContain(later.enterprise.name);
    expect(await card.getByTestId('partner-loan-register').isEnabled()).toBe(true);
    await screenshot(page, 'pool-loan-picker');
    expectNoConsoleErrors(session);
  });
});
