// What the server says reaches the user in the user's language, with names instead of codes: a
// field error from a form, an import row error, a notification, a match reason and a product's
// rule explanation, each read in zh-CN and in en.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS, expectNoConsoleErrors, launchBrowser, openSession, RESULTS_DIR, screenshot, signIn, type Session } from './browser.ts';

type Language = 'zh-CN' | 'en';

const CJK = /[\u4e00-\u9fff]/;
/** Raw codes a user should never read: park codes, GB/T 4754 industry codes, ids. */
const PARK_CODE = /\b(zhangjiang|zizhu|qingdao|caohejing|lingang)\b/;
const INDUSTRY_CODE = /\b[A-T]\d{2,4}\b/;
const ID = /\b[0-9a-f]{8}(-[0-9a-f]{4}){0,4}\b/;

/** English words in a text, ignoring what sits in the names of enterprises, products and the like. */
const englishWords = (text: string) => text.match(/[A-Za-z]{4,}/g) ?? [];

function expectLanguage(text: string, language: Language, what: string): void {
  expect(text.trim(), `${what} is empty`).not.toBe('');
  if (language === 'zh-CN') {
    expect(text, `${what} in Chinese`).toMatch(CJK);
    expect(englishWords(text), `${what} has no English words: ${text}`).toEqual([]);
  } else {
    expect(englishWords(text).length, `${what} in English: ${text}`).toBeGreaterThan(0);
  }
}

function expectNoCodes(text: string, what: string): void {
  expect(text, `${what} names parks, not their codes`).not.toMatch(PARK_CODE);
  expect(text, `${what} names industries, not their codes`).not.toMatch(INDUSTRY_CODE);
  expect(text, `${what} shows no ids`).not.toMatch(ID);
}

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A valid unified social credit code in Pudong whose check character is then made wrong. */
function wrongCreditCode(): string {
  let body = '91310115';
  while (body.length < 17) body += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  const sum = [...body].reduce((acc, c, i) => acc + ALPHABET.indexOf(c) * (WEIGHTS[i] ?? 0), 0);
  const check = (31 - (sum % 31)) % 31;
  return body + ALPHABET[(check + 1) % 31];
}

const CELLS: [RegExp, (code: string) => string][] = [
  [/信用代码|credit code/i, (code) => code],
  [/企业名称|enterprise name/i, () => '上海语言测试科技有限公司'],
  [/法定代表人|legal/i, () => '王芳'],
  [/成立日期|founded/i, () => '2019-04-01'],
  [/注册资本|capital/i, () => '500'],
  [/区划|region/i, () => '310115'],
  [/行业|industry/i, () => 'I6513'],
  [/地址|address/i, () => '上海市浦东新区张江路1号'],
  [/入园|admitted/i, () => '2020-01-01'],
  [/人数|employees/i, () => '35'],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A session whose app starts in `language` (the choice the language switch keeps). */
async function sessionIn(language: Language): Promise<Session> {
  const session = await openSession(browser);
  await session.context.addInitScript(`window.localStorage.setItem('kejin.language', ${JSON.stringify(language)})`);
  return session;
}

async function signedIn(page: Page, email: string, home: string): Promise<void> {
  await page.goto('/login');
  await signIn(page, email);
  await page.waitForURL(`**${home}`);
}

const texts = async (page: Page, testId: string) => (await page.getByTestId(testId).allTextContents()).map((s) => s.trim()).filter(Boolean);

describe.each<Language>(['zh-CN', 'en'])('server messages in %s', (language) => {
  it('a field error from the registration form', async () => {
    const session = await sessionIn(language);
    const { page } = session;
    try {
      await signedIn(page, ACCOUNTS.enterprise_user.email, ACCOUNTS.enterprise_user.home);
      await page.goto('/enterprise/profile');
      await page.locator('[data-node-key="registration"]').click();
      const panel = page.getByTestId('section-registration');
      await panel.locator('#legalRepresentative').fill('王\u0007芳');
      await panel.getByTestId('save-registration').click();
      const error = panel.locator('.ant-form-item-explain-error');
      await expect.poll(() => error.count(), { timeout: 20_000 }).toBeGreaterThan(0);
      const message = (await error.allTextContents()).join(' ');
      expect(message).toContain('U+0007');
      expectLanguage(message.replace('U+0007', ''), language, 'the field error');
      await screenshot(page, `language-field-error-${language}`);
      // The refused save is the 400 this test asks for; nothing else may go wrong.
      expect(session.errors.filter((e) => !/status of 400 .*\/api\/v1\/enterprises\//.test(e)), 'console errors').toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('an import row error', async () => {
    const session = await sessionIn(language);
    const { page } = session;
    try {
      await signedIn(page, ACCOUNTS.park_admin.email, ACCOUNTS.park_admin.home);
      const template = await page.request.get('/api/v1/imports/templates/profiles.csv');
      expect(template.status()).toBe(200);
      const headerLine = (await template.text()).replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
      const header = headerLine.split(',').map((h) => h.replace(/^"|"$/g, '').trim());
      const code = wrongCreditCode();
      const row = header.map((column) => `"${CELLS.find(([pattern]) => pattern.test(column))?.[1](code) ?? ''}"`).join(',');
      const file = path.join(RESULTS_DIR, `language-import-${language}.csv`);
      await mkdir(RESULTS_DIR, { recursive: true });
      await writeFile(file, `\uFEFF${headerLine}\r\n${row}\r\n`);

      await page.goto('/park/import');
      await page.getByTestId('import-kind-profiles').click();
      await page.getByTestId('import-next').click();
      await page.getByTestId('import-upload').locator('input[type=file]').setInputFiles(file);
      await page.getByTestId('import-submit').click();
      await page.getByTestId('import-errors').waitFor({ timeout: 30_000 });
      await expect.poll(() => texts(page, 'import-error-message'), { timeout: 20_000 }).not.toEqual([]);
      const [message = ''] = await texts(page, 'import-error-message');
      // The column is named by the file's own (Chinese) header; the sentence around it is the reader's.
      const sentence = message.replace(/统一社会信用代码/g, '').replace(code, '');
      expectLanguage(sentence, language, 'the import row error');
      expect(message).not.toMatch(/creditCode/);
      await screenshot(page, `language-import-${language}`);
      expectNoConsoleErrors(session);
    } finally {
      await session.close();
    }
  });

  it('a notification, a match reason and a rule explanation for the enterprise', async () => {
    const session = await sessionIn(language);
    const { page } = session;
    try {
      await signedIn(page, ACCOUNTS.enterprise_user.email, ACCOUNTS.enterprise_user.home);

      // A notification names the product and the enterprise, never an application id.
      await page.getByTestId('notification-bell').click();
      await expect.poll(() => texts(page, 'notification'), { timeout: 20_000 }).not.toEqual([]);
      const [notification = ''] = await texts(page, 'notification');
      expectNoCodes(notification, 'the notification');
      // Whichever notice is newest (the demo's clock decides): Chinese notices quote the product in
      // 「」, English ones are worded around application, loan, contract or funding.
      if (language === 'zh-CN') expect(notification).toMatch(/「[^」]+」|^预警/);
      else {
        expect(notification).toMatch(/\b(application|loan|contract|funded|warning)\b/i);
        expect(notification).not.toMatch(/「/);
      }
      await page.keyboard.press('Escape');

      // The application the notification is about names its park, not its code.
      const applications = await page.request.get('/api/v1/applications?pageSize=1');
      const [application] = (await applications.json()).items as { id: string }[];
      expect(application, 'an application of the demo enterprise').toBeDefined();
      await page.goto(`/applications/${application!.id}`);
      const summary = page.locator('.ant-descriptions').first();
      await expect.poll(async () => (await summary.textContent()) ?? '', { timeout: 30_000 }).toMatch(language === 'en' ? /Zhangjiang|Zizhu|Qingdao/ : /张江|紫竹|青岛/);
      expect((await summary.textContent()) ?? '').not.toMatch(PARK_CODE);

      // Match reasons name the park.
      await page.goto('/enterprise/matches');
      await expect.poll(() => texts(page, 'match-reason'), { timeout: 30_000 }).not.toEqual([]);
      const reasons = await texts(page, 'match-reason');
      for (const reason of reasons) expectNoCodes(reason, `the match reason "${reason}"`);
      const parkReason = reasons.find((r) => (language === 'en' ? /^Park /.test(r) : /^所在园区/.test(r)));
      expect(parkReason, `a reason about the park among ${reasons.join(' | ')}`).toBeDefined();
      expect(parkReason).toMatch(language === 'en' ? /Zhangjiang/ : /张江/);
      if (language === 'zh-CN') for (const reason of reasons) expect(englishWords(reason.replace(/LPR/g, '')), reason).toEqual([]);

      // A product's page explains each rule against the enterprise, parks and industries by name.
      const products = await page.request.get('/api/v1/products?pageSize=100');
      expect(products.status()).toBe(200);
      const items = (await products.json()).items as { id: string; rules: { fact: string }[] }[];
      const product = items.find((p) => p.rules.some((r) => r.fact === 'park')) ?? items.find((p) => p.rules.length > 0);
      expect(product, 'a product with eligibility rules').toBeDefined();
      await page.goto(`/enterprise/marketplace/${product!.id}`);
      await expect.poll(() => texts(page, 'fit-rule'), { timeout: 30_000 }).not.toEqual([]);
      const rules = await texts(page, 'fit-rule');
      for (const rule of rules) {
        expectNoCodes(rule, `the rule "${rule}"`);
        if (language === 'zh-CN') expect(rule, rule).toMatch(CJK);
        else expect(rule, rule).toMatch(/requires/);
      }
      if (product!.rules.some((r) => r.fact === 'park')) expect(rules.join(' ')).toMatch(language === 'en' ? /Zhangjiang/ : /张江/);
      await screenshot(page, `language-rules-${language}`);
      expectNoConsoleErrors(session);
    } finally {
      await session.close();
    }
  });
});
