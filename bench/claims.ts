// Subsidy claims for 100,000 loans' year of repayments on PostgreSQL (target ≤ 10 s each): a fresh
// database with the demo parks, institutions and 1,000 enterprises, two years of back-dated
// monthly ratings, reports valid through the claim year, 100,000 loans disbursed in 2024 and 12
// monthly interest repayments each in 2025 — all inserted in bulk, untimed. Then `runSubsidy` of a
// city-wide programme (grade B or better with a valid report, half the interest at most at
// 1.4 × LPR, ¥300,000 per enterprise a year), end to end through the service: a dry run, the run
// that writes the claims, and a second run that recomputes them.
import os from 'node:os';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { ZHANGJIANG_RATED } from '../src/domain/policy/fixtures.ts';
import type { Programme } from '../src/domain/policy/programme.ts';
import { seedDemo } from '../src/services/demo/seed-demo.ts';
import { programmeJson, saveProgramme } from '../src/services/policy/programmes.ts';
import { runSubsidy, type RunPhase } from '../src/services/policy/run.ts';
import { installBuiltInRuleSets } from '../src/services/profile/rule-sets.ts';
import { installExpertModel, scoreEnterprises } from '../src/services/rating/score-enterprises.ts';
import { systemContext } from '../src/services/shared/context.ts';
import { CalendarStore } from '../src/services/workflow/calendar-store.ts';
import { installBuiltInLprFixings } from '../src/services/workflow/lpr.ts';
import { onPostgres } from './databases.ts';
import type { Benchmark, Figures } from './main.ts';
import { round } from './stats.ts';

const LOANS = Number(process.env.KEJIN_BENCH_CLAIM_LOANS ?? 100_000);
const ENTERPRISES = 1_000;
export const PERIOD = { from: '2025-01-01', to: '2025-12-31' };
const TARGET_MS = 10_000;
export const PROGRAMME: Programme = {
  ...ZHANGJIANG_RATED,
  id: 'bench-claims',
  ownerPark: null,
  validFrom: '2024-01-01',
  validTo: '2025-12-31',
  eligibility: { ...ZHANGJIANG_RATED.eligibility, minGrade: 'B' },
  caps: { perEnterprisePerYearFen: 1_000_000_000n, perLoanFen: null, budgetFen: 500_000_000_000n },
  budgetRule: 'first_come',
};

/** Ratings every month from December 2023 to December 2025 (copies of each enterprise's own), and a report valid through 2025 for nine in ten. */
async function backDate(database: Database): Promise<void> {
  await database.db.execute(sql`
    insert into ratings (id, park_id, enterprise_id, model_version_id, snapshot_id, score, grade, pd, dimensions, factors, credit_limit_fen, limit_basis, rated_at)
    select gen_random_uuid(), park_id, enterprise_id, model_version_id, snapshot_id, score, grade, pd, dimensions, factors, credit_limit_fen, limit_basis,
           timestamptz '2023-12-01 10:00+08' + make_interval(months => m)
    from ratings, generate_series(0, 24) m`);
  await database.db.execute(sql`
    insert into reports (id, park_id, enterprise_id, rating_id, language, sha256, pdf, issued_at, valid_until, issued_by, institution_id)
    select gen_random_uuid(), park_id, enterprise_id, id, 'zh-CN', repeat('0', 64), '\\x255044462d312e34'::bytea, timestamptz '2023-12-15 10:00+08', timestamptz '2025-12-31 23:00+08', null, null
    from ratings where rated_at = timestamptz '2023-12-01 10:00+08' and abs(hashtext(enterprise_id::text)) % 10 <> 0`);
}

/** `count` loans of ¥1m–¥5m disbursed in 2024 for 24 months, spread over the enterprises and the published loan products, with an application each, and 12 interest repayments in 2025. */
async function lend(database: Database, count: number): Promise<void> {
  const db = database.db;
  await db.execute(sql`
    with p as (select array_agg(id order by id) ids, array_agg(institution_id order by id) inst from products where status = 'published' and kind = 'loan'),
         e as (select array_agg(organisation_id order by organisation_id) ids, array_agg(park_id order by organisation_id) parks from enterprises)
    insert into applications (id, park_id, enterprise_id, institution_id, product_id, product_version, product_kind, amount_fen, term_months, purpose, state, created_at, updated_at)
    select md5('a' || g)::uuid, e.parks[1 + g % cardinality(e.ids)], e.ids[1 + g % cardinality(e.ids)], p.inst[1 + (g / 7) % cardinality(p.ids)], p.ids[1 + (g / 7) % cardinality(p.ids)], 1, 'loan',
           (100 + g % 401) * 1000000::bigint, 24, '流动资金', 'repaying', now(), now()
    from generate_series(1, ${count}) g, p, e`);
  await db.execute(sql`
    insert into loans (id, application_id, park_id, enterprise_id, institution_id, product_id, amount_fen, lpr_tenor, lpr_rate, spread_bp, annual_rate, term_months, method,
                       disbursed_on, maturity_on, status, outstanding_principal_fen, position_on, created_at, updated_at)
    select md5('l' || g)::uuid, a.id, a.park_id, a.enterprise_id, a.institution_id, a.product_id, a.amount_fen, '1y', 0.0345, 50 * (g % 5), 0.0345 + 0.005 * (g % 5), 24, 'interest_only',
           date '2024-01-02' + (g % 360), date '2024-01-02' + (g % 360) + interval '24 months', 'live', a.amount_fen, date '2024-01-02' + (g % 360), now(), now()
    from generate_series(1, ${count}) g join applications a on a.id = md5('a' || g)::uuid`);
  await db.execute(sql`
    insert into repayments (id, loan_id, paid_on, amount_fen, principal_fen, interest_fen, source, recorded_at)
    select gen_random_uuid(), l.id, date '2025-01-15' + make_interval(months => m), i, 0, i, 'manual', now()
    from loans l, generate_series(0, 11) m, lateral (select (l.amount_fen * (l.annual_rate * 10000)::bigint / 120000) i) x`);
  await db.execute(sql`analyze`);
}

/** The database the runs read: demo data, the back-dated history, the loans and repayments, the programme published. */
export async function setUpClaims(database: Database, calendars: CalendarStore, loans = LOANS): Promise<number> {
  await migrate(database);
  await installBuiltInRuleSets(database);
  await installExpertModel(database);
  await installBuiltInLprFixings(database, calendars);
  await seedDemo(database, { seed: 20261207, enterprises: ENTERPRISES, now: new Date(), withAccounts: false });
  await scoreEnterprises(database, { now: new Date() });
  const setUp = performance.now();
  await backDate(database);
  await lend(database, loans);
  await saveProgramme(systemContext({ database }), { programme: programmeJson(PROGRAMME), nameZh: '基准贴息', nameEn: 'Benchmark subsidy', status: 'published' });
  return (performance.now() - setUp) / 1000;
}

async function claims(database: Database): Promise<Figures> {
  const calendars = new CalendarStore();
  const setUpS = await setUpClaims(database, calendars);
  const ctx = systemContext({ database });
  const timed = async (dryRun: boolean) => {
    const phases: Partial<Record<RunPhase, number>> = {};
    const started = performance.now();
    const result = await runSubsidy(ctx, calendars, PROGRAMME.id, { ...PERIOD, dryRun, onPhase: (phase, ms) => (phases[phase] = ms) });
    return { ms: performance.now() - started, result, phases };
  };
  /** Each phase's milliseconds: load (the facts), lock (the loans, and the stored claims read), compute (with trails), write. */
  const phasesOf = (prefix: string, run: { phases: Partial<Record<RunPhase, number>> }) => Object.fromEntries(Object.entries(run.phases).map(([k, v]) => [`${prefix}${k[0]!.toUpperCase()}${k.slice(1)}Ms`, round(v, 0)]));
  const dry = await timed(true);
  const written = await timed(false);
  const again = process.env.KEJIN_BENCH_CLAIM_RERUN === '0' ? null : await timed(false);
  const eligible = written.result.claims.filter((c) => c.eligible).length;
  return {
    loans: LOANS,
    repayments: LOANS * 12,
    enterprises: ENTERPRISES,
    setUpS: round(setUpS, 1),
    eligibleLoans: eligible,
    grantedFen: String(written.result.totalFen),
    dryRunMs: round(dry.ms, 0),
    ...phasesOf('dry', dry),
    writtenRunMs: round(written.ms, 0),
    ...phasesOf('written', written),
    claimsCreated: written.result.written.created,
    rerunMs: again ? round(again.ms, 0) : 'skipped',
    ...(again ? phasesOf('rerun', again) : {}),
    claimsRecomputed: again ? again.result.written.updated : 'skipped',
    targetMs: TARGET_MS,
    withinTarget: Math.max(dry.ms, written.ms) <= TARGET_MS ? 'yes' : 'no',
    writtenWithinTarget: written.ms <= TARGET_MS ? 'yes' : 'no',
    rerunWithinTarget: again ? (again.ms <= TARGET_MS ? 'yes' : 'no') : 'skipped',
    loadAverage: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}

export const claimsBenchmark: Benchmark = {
  name: 'claims',
  description: 'subsidy claims for 100,000 loans with a year of monthly repayments on PostgreSQL: dry run and written run (target ≤ 10 s each)',
  run: () => onPostgres(claims),
};
