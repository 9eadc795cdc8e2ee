// A running app for integration tests: its own schema, demo data, and signed-in clients per role.
import type { LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../src/config.ts';
import { buildApp, type App } from '../src/server/app.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/services/demo/seed-demo.ts';
import { seedDemoRatingHistory } from '../src/services/demo/seed-rating-history.ts';
import { seedDemoPolicy } from '../src/services/demo/seed-policy.ts';
import { seedDemoWorkflow } from '../src/services/demo/seed-workflow.ts';
import { DEFAULT_TIMEZONE } from '../src/domain/shared/business-time.ts';
import { installBuiltInRuleSets } from '../src/services/profile/rule-sets.ts';
import { installExpertModel, scoreEnterprises } from '../src/services/rating/score-enterprises.ts';
import { CalendarStore } from '../src/services/workflow/calendar-store.ts';
import { installBuiltInLprFixings, installDemoLprFixings } from '../src/services/workflow/lpr.ts';
import { openTestDatabase, type TestDatabase } from './database.ts';

export const DEMO = {
  operator: 'operator@kejin.demo',
  parkAdmin: 'admin@zhangjiang.kejin.demo',
  otherParkAdmin: 'admin@qingdao.kejin.demo',
  officer: 'officer@bank.kejin.demo',
  enterprise: 'owner@enterprise.kejin.demo',
  guarantor: 'officer@guarantor.kejin.demo',
  insurer: 'officer@insurer.kejin.demo',
  investor: 'investor@vc.kejin.demo',
  angel: 'lin.zhiyuan@angels.kejin.demo',
} as const;
export type DemoRole = keyof typeof DEMO;

export interface TestApp {
  app: App;
  database: TestDatabase;
  config: Config;
  /** Session cookie header of a demo account, signed in once and cached. */
  cookieOf(role: DemoRole): Promise<string>;
  request(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    options?: { as?: DemoRole; body?: unknown; headers?: Record<string, string> },
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** `workflow`: also seed the demo financing workflow (applications, loans, signals), as `npm start` does; `policy` (with workflow and history): the subsidy programmes and claims. */
/** `now`: the app's clock (seeding still happens at the real time). `history`: the demo enterprise's monthly ratings, as `npm start` seeds them. */
export async function createTestApp(options: { enterprises?: number; env?: Record<string, string>; workflow?: boolean; policy?: boolean; history?: boolean; now?: () => Date } = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  await installBuiltInRuleSets(database);
  await installExpertModel(database);
  const calendars = new CalendarStore();
  await installBuiltInLprFixings(database, calendars);
  // The demo's months after the built-in history (source 'demo'): tests lend on today's date.
  const now = new Date();
  await installDemoLprFixings(database.db, await calendars.get(database.db), now.toISOString().slice(0, 10), now);
  const seeded = await seedDemo(database, { seed: 42, enterprises: options.enterprises ?? 60, now: new Date(), withAccounts: true });
  await scoreEnterprises(database, { now: new Date() });
  if (options.history) await seedDemoRatingHistory(database, { enterpriseId: seeded.demoEnterpriseId, now: new Date(), timezone: DEFAULT_TIMEZONE });
  if (options.workflow) await seedDemoWorkflow(database, { seed: 42, now: new Date() });
  if (options.policy) await seedDemoPolicy(database, { seed: 42, now: new Date(), timezone: DEFAULT_TIMEZONE });
  // pg-boss (on PostgreSQL) in a schema of the test database's own, polling often but not busily.
  const jobsEnv = { KEJIN_JOBS_SCHEMA: `${database.schema}_jobs`, KEJIN_JOBS_POLL_SECONDS: '0.5' };
  const config = loadConfig({ KEJIN_LOG_LEVEL: 'silent', KEJIN_WEB_DIST: 'test/no-web', ...jobsEnv, ...options.env });
  const app = await buildApp({ config, database, now: options.now });
  const cookies = new Map<DemoRole, string>();

  const cookieOf = async (role: DemoRole) => {
    const cached = cookies.get(role);
    if (cached) return cached;
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: DEMO[role], password: DEMO_PASSWORD } });
    if (res.statusCode !== 200) throw new Error(`login of ${role} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'kejin_session')!;
    const header = `kejin_session=${cookie.value}`;
    cookies.set(role, header);
    return header;
  };

  return {
    app,
    database,
    config,
    cookieOf,
    request: async (method, url, opts = {}) => {
      const headers: Record<string, string> = { ...opts.headers };
      if (opts.as) headers.cookie = await cookieOf(opts.as);
      return app.inject({ method, url, headers, ...(opts.body !== undefined ? { payload: opts.body as object } : {}) });
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
