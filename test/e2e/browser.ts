// Chromium for the browser suite: the system browser, fresh contexts, console errors collected.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const RESULTS_DIR = path.resolve('test-results');
export const DEMO_PASSWORD = 'kejin-demo';

export const ACCOUNTS = {
  platform_operator: { email: 'operator@kejin.demo', home: '/operator', titleEn: 'Platform overview' },
  park_admin: { email: 'admin@zhangjiang.kejin.demo', home: '/park', titleEn: 'Park administration' },
  institution_officer: { email: 'officer@bank.kejin.demo', home: '/institution', titleEn: 'Institution workspace' },
  enterprise_user: { email: 'owner@enterprise.kejin.demo', home: '/enterprise', titleEn: 'Enterprise workspace' },
} as const;
export type DemoRole = keyof typeof ACCOUNTS;

/** Each role's list pages, as sub-paths of its home. */
export const LIST_PAGES: Record<DemoRole, string[]> = {
  platform_operator: ['parks', 'institutions', 'users', 'enterprises', 'import', 'audit', 'models', 'match-runs', 'calendar', 'jobs', 'lpr'],
  park_admin: ['enterprises', 'import', 'product-approvals', 'unmet-needs', 'pipeline', 'applications', 'loans', 'audit', 'warnings', 'members'],
  institution_officer: ['directory', 'ratings', 'products', 'inbox', 'reviews', 'loan-book', 'warnings'],
  enterprise_user: ['grants', 'access-log', 'marketplace', 'needs', 'applications', 'loans'],
};

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, headless: true });
}

/** 401/429 from a refused sign-in are answers, not faults (the session check answers 200 when signed out). */
function expectedFailure(text: string, url: string): boolean {
  if (!text.startsWith('Failed to load resource')) return false;
  return url.endsWith('/api/v1/auth/login') && (text.includes('401') || text.includes('429'));
}

export interface Session {
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  close: () => Promise<void>;
}

export async function openSession(browser: Browser): Promise<Session> {
  const baseUrl = inject('baseUrl');
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const url = message.location().url;
    if (!expectedFailure(message.text(), url)) errors.push(`${message.text()} (${url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return { context, page, baseUrl, errors, close: () => context.close() };
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  if (!page.url().endsWith('/login')) await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS_DIR, `${name}.png`), fullPage: true });
}

export function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

export function expectNoConsoleErrors(session: Session): void {
  expect(session.errors, 'console errors').toEqual([]);
}
