// Lighthouse 12 (default settings: mobile, simulated throttling) on the sign-in page and each demo
// role's signed-in home, in Debian's Chromium (/usr/bin/chromium; nothing is downloaded). The bench
// starts `kejin demo` itself on a fresh data directory with no built web app, as a fresh clone
// would, so it also measures how soon /healthz answers and how soon the web app is served.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import type { Benchmark, Figures } from './main.ts';
import { quantile, round } from './stats.ts';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];
const PASSWORD = 'kejin-demo';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The pages measured: the sign-in page, then each role's home as its demo account sees it. */
const ALL_PAGES: { name: string; path: string; email?: string }[] = [
  { name: 'login', path: '/login' },
  { name: 'operator', path: '/operator', email: 'operator@kejin.demo' },
  { name: 'park', path: '/park', email: 'admin@zhangjiang.kejin.demo' },
  { name: 'institution', path: '/institution', email: 'officer@bank.kejin.demo' },
  { name: 'enterprise', path: '/enterprise', email: 'owner@enterprise.kejin.demo' },
];

/** KEJIN_BENCH_WEB_PAGES=login,enterprise measures only those pages (while iterating); all by default. */
const ONLY = process.env.KEJIN_BENCH_WEB_PAGES?.split(',').map((name) => name.trim()).filter(Boolean);
const PAGES = ONLY?.length ? ALL_PAGES.filter((page) => ONLY.includes(page.name)) : ALL_PAGES;

const RUNS = Math.max(1, Number(process.env.KEJIN_BENCH_WEB_RUNS ?? 3));
const START_TIMEOUT_MS = 600_000;

interface Platform {
  baseUrl: string;
  healthzSeconds: number;
  webSeconds: number;
  readySeconds: number;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what: string, child: ChildProcess, check: () => Promise<boolean>, started: number): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`kejin demo exited with ${child.exitCode} before ${what}`);
    if (performance.now() - started > START_TIMEOUT_MS) throw new Error(`no ${what} within ${START_TIMEOUT_MS / 1000} s`);
    if (await check().catch(() => false)) return (performance.now() - started) / 1000;
    await sleep(100);
  }
}

async function startPlatform(dir: string): Promise<Platform> {
  const port = 39000 + Math.floor(Math.random() * 1000);
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/kejin.js', 'demo', '--port', String(port)], {
    env: { ...process.env, KEJIN_DATA_DIR: path.join(dir, 'data'), KEJIN_WEB_DIST: path.join(dir, 'web'), KEJIN_LOG_LEVEL: 'warn', DATABASE_URL: '', KEJIN_LOGIN_MAX_ATTEMPTS: '1000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  };
  try {
    const healthzSeconds = await waitFor('/healthz', child, async () => (await fetch(`${baseUrl}/healthz`)).ok, started);
    // The web app is served once GET / answers the built index.html (it loads a hashed script).
    const webSeconds = await waitFor('the web app', child, async () => {
      const response = await fetch(`${baseUrl}/`);
      return response.ok && (await response.text()).includes('/assets/');
    }, started);
    const readySeconds = await waitFor('/readyz', child, async () => (await fetch(`${baseUrl}/readyz`)).ok, started);
    // A fresh demo start then runs its first full match in the background: measure the pages
    // after it, not while it shares the CPU with the browser.
    const operator = await signIn(baseUrl, 'operator@kejin.demo');
    const busy = async (status: string) => ((await (await fetch(`${baseUrl}/api/v1/jobs?status=${status}&pageSize=1`, { headers: { Cookie: operator } })).json()) as { total: number }).total > 0;
    await waitFor('the background jobs to finish', child, async () => !(await busy('queued')) && !(await busy('running')), started);
    return { baseUrl, healthzSeconds, webSeconds, readySeconds, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Signs in, trying again when a kept-alive socket the server just closed fails the request. */
async function signIn(baseUrl: string, email: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await signInOnce(baseUrl, email);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof TypeError)) throw error;
    }
  }
}

async function signInOnce(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in as ${email} answered ${response.status}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('kejin_session='));
  if (!cookie) throw new Error(`sign-in as ${email} set no session cookie`);
  return cookie.split(';')[0]!;
}

async function startChromium(dir: string): Promise<{ port: number; stop(): Promise<void> }> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`the web benchmark needs Chromium at ${CHROMIUM} (Debian: apt-get install chromium)`);
  const child = spawn(CHROMIUM, [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${path.join(dir, 'chromium')}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise<number>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open its DevTools port:\n${text}`)), 60_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited with ${code}:\n${text}`)));
  });
  return {
    port,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

interface PageRun {
  scores: Record<(typeof CATEGORIES)[number], number>;
  jsTransferKb: number;
  jsResourceKb: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  failing: string[];
}

/** One Lighthouse run; a run that fails (a DevTools timeout on a busy machine) is tried again, up to three times. */
async function measure(url: string, chromePort: number, cookie: string | undefined): Promise<PageRun> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await measureOnce(url, chromePort, cookie);
    } catch (error) {
      if (attempt >= 3) throw error;
      console.error(`  retrying ${url}: ${(error as Error).message}`);
    }
  }
}

async function measureOnce(url: string, chromePort: number, cookie: string | undefined): Promise<PageRun> {
  const result = await lighthouse(url, {
    port: chromePort,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  // KEJIN_BENCH_WEB_REPORTS=DIR keeps each run's full report, to read which elements an audit names.
  const reports = process.env.KEJIN_BENCH_WEB_REPORTS;
  if (reports) {
    fs.mkdirSync(reports, { recursive: true });
    fs.writeFileSync(path.join(reports, `${new URL(url).pathname.replace(/\W+/g, '_')}-${Date.now()}.json`), JSON.stringify(lhr));
  }
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const requests = (lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number; resourceSize?: number }[] } | undefined)?.items ?? [];
  const scripts = requests.filter((r) => r.resourceType === 'Script');
  const sum = (key: 'transferSize' | 'resourceSize') => scripts.reduce((total, r) => total + (r[key] ?? 0), 0) / 1024;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? NaN])) as PageRun['scores'];
  // The audits that cost points outside performance (whose audits are timings), for the report.
  const failing = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${c}:${ref.id}`),
  );
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return { scores, jsTransferKb: sum('transferSize'), jsResourceKb: sum('resourceSize'), fcpMs: numeric('first-contentful-paint'), lcpMs: numeric('largest-contentful-paint'), tbtMs: numeric('total-blocking-time'), failing };
}

const median = (values: number[]) => quantile(values, 0.5);

export const webBenchmark: Benchmark = {
  name: 'web',
  description: 'Lighthouse (mobile defaults) on the sign-in page and each role home; /healthz and web-ready seconds of a fresh start',
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kejin-bench-web-'));
    const figures: Figures = {};
    let platform: Platform | undefined;
    let chromium: Awaited<ReturnType<typeof startChromium>> | undefined;
    try {
      platform = await startPlatform(dir);
      figures.fresh_start_healthz_s = round(platform.healthzSeconds, 1);
      figures.fresh_start_web_served_s = round(platform.webSeconds, 1);
      figures.fresh_start_ready_s = round(platform.readySeconds, 1);
      console.error(`  fresh start: /healthz ${figures.fresh_start_healthz_s} s, web app ${figures.fresh_start_web_served_s} s, ready ${figures.fresh_start_ready_s} s`);
      chromium = await startChromium(dir);
      for (const page of PAGES) {
        const cookie = page.email ? await signIn(platform.baseUrl, page.email) : undefined;
        const runs: PageRun[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await measure(`${platform.baseUrl}${page.path}`, chromium.port, cookie));
        for (const category of CATEGORIES) figures[`${page.name}_${category.replace('-', '_')}`] = round(median(runs.map((r) => r.scores[category])));
        figures[`${page.name}_js_transferred_kb`] = round(median(runs.map((r) => r.jsTransferKb)), 1);
        figures[`${page.name}_js_uncompressed_kb`] = round(median(runs.map((r) => r.jsResourceKb)), 1);
        figures[`${page.name}_fcp_ms`] = round(median(runs.map((r) => r.fcpMs)), 0);
        figures[`${page.name}_lcp_ms`] = round(median(runs.map((r) => r.lcpMs)), 0);
        figures[`${page.name}_tbt_ms`] = round(median(runs.map((r) => r.tbtMs)), 0);
        console.error(`  ${page.name}: ${CATEGORIES.map((c) => `${c} ${figures[`${page.name}_${c.replace('-', '_')}`]}`).join(', ')}, JS ${figures[`${page.name}_js_transferred_kb`]} kB transferred`);
        const failing = [...new Set(runs.flatMap((r) => r.failing))];
        if (failing.length) figures[`${page.name}_failing_audits`] = failing.join(' ');
      }
      figures.lighthouse_runs_per_page = RUNS;
      figures.load_average_1m = round(os.loadavg()[0]!, 1);
      return figures;
    } finally {
      await chromium?.stop();
      await platform?.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
