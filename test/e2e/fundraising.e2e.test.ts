// The enterprise's fundraising page in the browser: the demo enterprise's profile is there; a PNG
// renamed .pdf is refused in the page's language with nothing stored; a real PDF deck replaces the
// old one and is listed; its own download appears in the download log.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openSession, screenshot, signIn, type Session } from './browser.ts';

// The smallest PDF pdf-lib and browsers open: one empty page.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the enterprise keeps its fundraising', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(browser);
  });
  afterAll(async () => session?.close());

  it('refuses a renamed PNG, takes a PDF deck, and logs its download', async () => {
    const { page } = session;
    await signIn(page, 'owner@enterprise.kejin.demo');
    await page.waitForURL('**/enterprise');
    await page.goto('/enterprise/fundraising');
    await page.getByTestId('fundraising-form').waitFor();
    expect(await page.getByTestId('fundraising-amount').inputValue()).not.toBe('');
    const documents = page.getByTestId('fundraising-documents');
    const before = await documents.locator('.ant-list-item').count();

    await page.getByTestId('fundraising-upload-pitch_deck').locator('input[type=file]').setInputFiles({ name: 'deck.pdf', mimeType: 'application/pdf', buffer: PNG });
    await page.getByText('材料须为 PDF 文件（按文件内容判断）').waitFor();
    expect(await documents.locator('.ant-list-item').count()).toBe(before);

    await page.getByTestId('fundraising-upload-pitch_deck').locator('input[type=file]').setInputFiles({ name: '新计划书.pdf', mimeType: 'application/pdf', buffer: PDF });
    await documents.getByText('新计划书.pdf').waitFor();
    expect(await documents.locator('.ant-list-item').count()).toBe(Math.max(before, 1)); // the deck replaced the old one

    const listed = (await (await page.request.get('/api/v1/me')).json()) as { organisation: { creditCode: string } };
    const view = (await (await page.request.get(`/api/v1/enterprises/${listed.organisation.creditCode}/fundraising`)).json()) as { documents: { id: string; name: string }[] };
    const deck = view.documents.find((d) => d.name === '新计划书.pdf')!;
    const downloaded = await page.request.get(`/api/v1/enterprises/${listed.organisation.creditCode}/fundraising/documents/${deck.id}`);
    expect(downloaded.headers()['content-type']).toBe('application/pdf');
    await page.reload();
    await page.getByTestId('fundraising-downloads').getByText('新计划书.pdf').waitFor();
    await screenshot(page, 'fundraising-enterprise');
  });
});
