// The financing workflow: generating 100,000 repayment schedules, and the institution's review
// queue (earliest deadline first, with its count) over 1,000,000 applications on PostgreSQL, read
// through the service an officer's request calls, and through the HTTP endpoint under load.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/config.ts';
import type { Database } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import type { Actor } from '../src/domain/access/actor.ts';
import { buildApp } from '../src/server/app.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/services/demo/seed-demo.ts';
import { installBuiltInRuleSets } from '../src/services/profile/rule-sets.ts';
import { installExpertModel } from '../src/services/rating/score-enterprises.ts';
import { systemContext } from '../src/services/shared/context.ts';
import { CalendarStore } from '../src/services/workflow/calendar-store.ts';
import { readApplications } from '../src/services/workflow/read-applications.ts';
import { onPostgres } from './databases.ts';
import type { Benchmark, Figures } from './main.ts';
import { scheduleFigures } from './schedules.ts';
import { quantile, round } from './stats.ts';

const APPLICATIONS = Number(process.env.KEJIN_BENCH_APPLICATIONS ?? 1_000_000);

/**
 * A million applications in one statement: enterprises, products and their institutions drawn
 * from the demo data; most decided long ago, about 4% still awaiting a decision, deadlines spread
 * over the next and past few weeks.
 */
async function generateApplications(database: Database, count: number): Promise<void> {
  await database.db.execute(sql`
    with p as (select array_agg(id order by id) ids, array_agg(institution_id order by id) inst, array_agg(kind order by id) kinds from products where status = 'published'),
         e as (select array_agg(organisation_id order by organisation_id) ids, array_agg(park_id order by organisation_id) parks from enterprises)
    insert into applications (id, park_id, enterprise_id, institution_id, product_id, product_version, product_kind, amount_fen, term_months, purpose, state, version,
                              submitted_at, deadline_on, decided_at, response_working_days, rejection_reason, created_at, updated_at)
    select gen_random_uuid(), e.parks[(1 + abs(hashint8(g)::bigint) % cardinality(e.ids))::int], e.ids[(1 + abs(hashint8(g)::bigint) % cardinality(e.ids))::int],
           p.inst[(1 + abs(hashint8(g + 7)::bigint) % cardinality(p.ids))::int], p.ids[(1 + abs(hashint8(g + 7)::bigint) % cardinality(p.ids))::int], 1, p.kinds[(1 + abs(hashint8(g + 7)::bigint) % cardinality(p.ids))::int],
           (100000 + (g % 500) * 10000)::bigint * 100, 12, '流动资金',
           case when g % 25 = 0 then (array['submitted','accepted','info_requested'])[(1 + g % 3)::int] when g % 3 = 0 then 'rejected' else 'closed' end, 1,
           now() - ((g % 700) || ' days')::interval, current_date + ((g % 40) - 20)::int,
           case when g % 25 = 0 then null else now() - ((g % 690) || ' days')::interval end,
           case when g % 25 = 0 then null else (g % 9)::int end,
           case when g % 25 <> 0 and g % 3 = 0 then 'credit_grade' end,
           now() - ((g % 700) || ' days')::interval, now()
    from generate_series(1::bigint, ${count}::bigint) g, p, e`);
  await database.db.execute(sql`analyze applications`);
}

async function busiestInstitution(database: Database): Promise<{ id: string; queued: number }> {
  const result = await database.db.execute(sql`select institution_id id, count(*)::int n from applications where state in ('submitted','accepted','info_requested') group by institution_id order by n desc limit 1`);
  const [row] = (result as unknown as { rows: { id: string; n: number }[] }).rows;
  return { id: row!.id, queued: row!.n };
}

async function reviewQueue(database: Database): Promise<Figures> {
  await migrate(database);
  await installBuiltInRuleSets(database);
  await installExpertModel(database);
  await seedDemo(database, { seed: 20261121, enterprises: 2_000, now: new Date(), withAccounts: true });
  const started = performance.now();
  await generateApplications(database, APPLICATIONS);
  const generated = (performance.now() - started) / 1000;
  const busiest = await busiestInstitution(database);
  const officer: Actor = { kind: 'user', userId: null, email: 'bench@kejin.demo', memberships: [{ role: 'institution_officer', organisationId: busiest.id, organisationType: 'bank', parkId: null }] };
  const calendars = new CalendarStore();
  const ctx = { ...systemContext({ database }), actor: officer };
  const page = (i: number) => readApplications(ctx, calendars, { queue: true, page: 1 + (i % 5), pageSize: 20, lang: 'zh-CN' });
  for (let i = 0; i < 30; i++) await page(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 500; i++) {
    const t0 = performance.now();
    await page(i);
    times.push(performance.now() - t0);
  }
  return {
    review_queue_applications: APPLICATIONS,
    review_queue_generate_s: round(generated, 1),
    review_queue_institution_queued: busiest.queued,
    review_queue_1m_p50_ms: round(quantile(times, 0.5), 2),
    review_queue_1m_p99_ms: round(quantile(times, 0.99), 2),
    ...(await queueEndpoint(database)),
  };
}

/** The demo bank's officer reading its queue over HTTP, 10 connections for 10 s. */
async function queueEndpoint(database: Database): Promise<Figures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kejin-bench-workflow-'));
  const config = loadConfig({ KEJIN_DATA_DIR: dir, KEJIN_LOG_LEVEL: 'silent', KEJIN_WEB_DIST: path.join(dir, 'none'), KEJIN_LOGIN_MAX_ATTEMPTS: '100000', KEJIN_MATCH_NIGHTLY_AT: 'off' });
  const app = await buildApp({ config, database });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1`;
    const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'officer@bank.kejin.demo', password: DEMO_PASSWORD }) });
    const session = /kejin_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0];
    if (!session) throw new Error(`login failed: ${login.status}`);
    const url = `${base}/applications/review-queue?pageSize=20`;
    const probe = await fetch(url, { headers: { cookie: session } });
    const total = ((await probe.json()) as { total: number }).total;
    const result = await autocannon({ url, connections: 10, duration: 10, headers: { cookie: session } });
    return { review_queue_endpoint_rps: Math.round(result.requests.average), review_queue_endpoint_p99_ms: result.latency.p99, review_queue_endpoint_queued: total, review_queue_endpoint_non_2xx: result.non2xx + result.errors };
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const workflowBenchmark: Benchmark = {
  name: 'workflow',
  description: 'financing workflow: 100k repayment schedules; review queue over 1M applications on PostgreSQL',
  async run() {
    const schedules = scheduleFigures();
    const queue = await onPostgres(reviewQueue);
    return { ...schedules, ...(queue.postgres ? { review_queue: `PostgreSQL ${queue.postgres}` } : queue) };
  },
};
