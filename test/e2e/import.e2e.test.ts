// The park administrator imports a small CSV through the wizard and reads the error report.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS, expectNoConsoleErrors, launchBrowser, openSession, RESULTS_DIR, screenshot, signIn } from './browser.ts';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A fresh, valid unified social credit code in Pudong (GB 32100-2015 check character). */
function freshCreditCode(): string {
  let body = '91310115';
  while (body.length < 17) body += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  const sum = [...body].reduce((acc, c, i) => acc + ALPHABET.indexOf(c) * (WEIGHTS[i] ?? 0), 0);
  return body + ALPHABET[(31 - (sum % 31)) % 31];
}

function withWrongCheck(code: string): string {
  const check = ALPHABET.indexOf(code.slice(-1));
  return code.slice(0, -1) + ALPHABET[(check + 1) % 31];
}

/** A value for each template column, recognised by what its header says (Chinese or English). */
const CELLS: [RegExp, (row: { code: string; name: string; industry: string }) => string][] = [
  [/信用代码|credit code/i, (r) => r.code],
  [/企业名称|enterprise name/i, (r) => r.name],
  [/法定代表人|legal/i, () => '王芳'],
  [/成立日期|founded/i, () => '2019-04-01'],
  [/注册资本|capital/i, () => '500'],
  [/区划|region/i, () => '310115'],
  [/行业|industry/i, (r) => r.industry],
  [/地址|address/i, () => '上海市浦东新区张江路1号'],
  [/入园|admitted/i, () => '2020-01-01'],
  [/人数|employees/i, () => '35'],
];

function csvRow(header: string[], row: { code: string; name: string; industry: string }): string {
  return header
    .map((column) => {
      const cell = CELLS.find(([pattern]) => pattern.test(column));
      if (!cell) throw new Error(`The profiles template has a column this test does not know: ${column}`);
      return `"${cell[1](row)}"`;
    })
    .join(',');
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('park administrator: data import', () => {
  it('uploads a CSV and sees each bad row with its row number and column', async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await signIn(page, ACCOUNTS.park_admin.email);
      await page.waitForURL('**/park');

      const template = await page.request.get('/api/v1/imports/templates/profiles.csv');
      expect(template.status()).toBe(200);
      const headerLine = (await template.text()).replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
      const header = headerLine.split(',').map((h) => h.replace(/^"|"$/g, '').trim());
      const csv = [
        headerLine,
        csvRow(header, { code: freshCreditCode(), name: '上海浏览器导入测试科技有限公司', industry: 'I6513' }),
        csvRow(header, { code: withWrongCheck(freshCreditCode()), name: '上海校验位错误科技有限公司', industry: 'I6513' }),
        csvRow(header, { code: freshCreditCode(), name: '上海未知行业科技有限公司', industry: 'Z9999' }),
      ].join('\r\n');
      const file = path.join(RESULTS_DIR, 'import-profiles.csv');
      await mkdir(RESULTS_DIR, { recursive: true });
      await writeFile(file, `\uFEFF${csv}\r\n`);

      await page.goto('/park/import');
      await page.getByTestId('import-kind-profiles').click();
      await page.getByTestId('import-next').click();
      await page.getByTestId('import-upload').locator('input[type=file]').setInputFiles(file);
      await page.getByText('只导入校验通过的行').click();
      await page.getByTestId('import-submit').click();

      const errors = page.getByTestId('import-errors');
      await errors.waitFor();
      expect(await page.getByTestId('import-status').textContent()).toBe('已导入');
      const rows = await errors.getByTestId('import-error-row').allTextContents();
      const columns = await errors.getByTestId('import-error-column').allTextContents();
      const problems = rows.map((row, i) => [Number(row), columns[i] ?? '']);
      expect(problems).toHaveLength(2);
      expect(problems[0]?.[0]).toBe(3);
      expect(problems[0]?.[1]).toContain('统一社会信用代码');
      expect(problems[1]?.[0]).toBe(4);
      expect(problems[1]?.[1]).toContain('行业代码');

      // The history lists the import just made.
      await expect.poll(() => page.getByTestId('import-history').locator('.ant-table-row').count()).toBeGreaterThan(0);
      await page.waitForLoadState('networkidle');
      await screenshot(page, 'import-wizard');
      expectNoConsoleErrors(session);
    } finally {
      await session.close();
    }
  });
});
