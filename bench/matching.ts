// The matching engine in process (one enterprise against 10,000 products, leads for one product
// over 1,000,000 enterprises, the full match of 100,000 × 2,000) and the matches endpoint under
// load (autocannon, 10 connections, 10 s) on PostgreSQL over the demo data set.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.ts';
import type { Database } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { compileProduct } from '../src/domain/marketplace/compile.ts';
import { rowFacts } from '../src/domain/marketplace/fact-table.ts';
import { lprOn } from '../src/domain/marketplace/lpr.ts';
import { leadsFor, rankProducts, topMatches, type MatchContext } from '../src/domain/marketplace/match.ts';
import { DEFAULT_RANKING_WEIGHTS, noApprovalHistory, normaliseWeights } from '../src/domain/marketplace/ranking.ts';
import { buildApp } from '../src/server/app.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/services/demo/seed-demo.ts';
import { installBuiltInRuleSets } from '../src/services/profile/rule-sets.ts';
import { installExpertModel, scoreEnterprises } from '../src/services/rating/score-enterprises.ts';
import { onPostgres } from './databases.ts';
import type { Benchmark, Figures } from './main.ts';
import { syntheticFactTable, syntheticProducts } from './matching-data.ts';
import { quantile, round } from './stats.ts';

const LPR = lprOn('2026-01-20');
const CTX: MatchContext = { weights: normaliseWeights(DEFAULT_RANKING_WEIGHTS), approval: noApprovalHistory };
const ENDPOINT_ENTERPRISES = Number(process.env.KEJIN_BENCH_ENTERPRISES ?? 2400);

function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/** Ranking of 2,000 varied enterprises (each several times) against 10,000 products, first page made. */
function oneEnterprise(): Figures {
  const products = syntheticProducts(10_000, 11).map((p) => compileProduct(p, LPR));
  const table = syntheticFactTable(2_000, 12);
  const enterprises = Array.from({ length: table.size }, (_, row) => rowFacts(table, row));
  // What a matches request does: rank every product, then make the first page (20) into objects.
  const rankAndPage = (i: number) => {
    const ranking = rankProducts(enterprises[i % enterprises.length]!, products, CTX);
    ranking.slice(0, 20);
    return ranking;
  };
  for (let i = 0; i < 300; i++) rankAndPage(i); // warm-up (JIT)
  const times: number[] = [];
  let eligible = 0;
  for (let i = 0; i < 4_000; i++) {
    const { ms, value } = timed(() => rankAndPage(i));
    times.push(ms);
    eligible += value.eligibleCount;
  }
  return {
    one_enterprise_10k_products_p50_ms: round(quantile(times, 0.5), 3),
    one_enterprise_10k_products_p99_ms: round(quantile(times, 0.99), 3),
    one_enterprise_10k_products_mean_eligible: Math.round(eligible / times.length),
  };
}

/** leadsFor 9 different products over 1,000,000 enterprises (the first run warms up). */
function leads(): Figures {
  const table = syntheticFactTable(1_000_000, 21);
  const products = syntheticProducts(10, 22).map((p) => compileProduct(p, LPR));
  leadsFor(products[0]!, table, CTX);
  const runs = products.slice(1).map((p) => timed(() => leadsFor(p, table, CTX)));
  return {
    leads_1m_enterprises_ms: round(quantile(runs.map((r) => r.ms), 0.5), 1),
    leads_1m_enterprises_max_ms: round(Math.max(...runs.map((r) => r.ms)), 1),
    leads_1m_enterprises_median_leads: quantile(runs.map((r) => r.value.rows.length), 0.5),
  };
}

/** topMatches (top 10) of 100,000 enterprises × 2,000 products: the nightly run's core. */
function fullMatch(): Figures {
  const table = syntheticFactTable(100_000, 31);
  const products = syntheticProducts(2_000, 32).map((p) => compileProduct(p, LPR));
  const { ms, value } = timed(() => topMatches(products, table, CTX, 10));
  const pairs = value.eligibleCount.reduce((s, n) => s + n, 0);
  return { full_match_100k_x_2k_s: round(ms / 1000, 2), full_match_eligible_pairs: pairs };
}

/** GET /enterprises/{creditCode}/matches as the demo enterprise, 10 connections for 10 s. */
async function matchesEndpoint(database: Database): Promise<Figures> {
  await migrate(database);
  await installBuiltInRuleSets(database);
  await installExpertModel(database);
  await seedDemo(database, { seed: 20261121, enterprises: ENDPOINT_ENTERPRISES, now: new Date(), withAccounts: true });
  await scoreEnterprises(database, { now: new Date() });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kejin-bench-matching-'));
  const config = loadConfig({ KEJIN_DATA_DIR: dir, KEJIN_LOG_LEVEL: 'silent', KEJIN_WEB_DIST: path.join(dir, 'none'), KEJIN_LOGIN_MAX_ATTEMPTS: '100000', KEJIN_MATCH_NIGHTLY_AT: 'off' });
  const app = await buildApp({ config, database });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1`;
    const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'owner@enterprise.kejin.demo', password: DEMO_PASSWORD }) });
    const session = /kejin_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0];
    if (!session) throw new Error(`login failed: ${login.status}`);
    const me = (await (await fetch(`${base}/me`, { headers: { cookie: session } })).json()) as { organisation: { creditCode: string } };
    const url = `${base}/enterprises/${me.organisation.creditCode}/matches`;
    const probe = await fetch(url, { headers: { cookie: session } });
    if (probe.status !== 200) return { matches_endpoint: `GET /enterprises/{creditCode}/matches answered ${probe.status}` };
    const page = (await probe.json()) as { total: number; eligibleCount: number };
    for (let i = 0; i < 50; i++) await (await fetch(url, { headers: { cookie: session } })).arrayBuffer(); // warm-up
    const result = await autocannon({ url, connections: 10, duration: 10, headers: { cookie: session } });
    return {
      matches_endpoint_rps: Math.round(result.requests.average),
      matches_endpoint_p50_ms: result.latency.p50,
      matches_endpoint_p99_ms: result.latency.p99,
      matches_endpoint_non_2xx: result.non2xx + result.errors,
      matches_endpoint_products_ranked: page.total,
      matches_endpoint_eligible: page.eligibleCount,
    };
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const matchingBenchmark: Benchmark = {
  name: 'matching',
  description: 'matching engine: 1 × 10k products, leads over 1M enterprises, full match 100k × 2k; matches endpoint under load on PostgreSQL',
  async run() {
    const figures: Figures = { ...oneEnterprise(), ...leads(), ...fullMatch() };
    const endpoint = await onPostgres(matchesEndpoint);
    return { ...figures, ...(endpoint.postgres ? { matches_endpoint: `PostgreSQL ${endpoint.postgres}` } : endpoint) };
  },
};
