// The simulator against the full engine on seeded random portfolios and programmes: every loan's
// grant, every enterprise's, the totals, the refusals and the budget's run-out month agree to the fen.
import { describe, expect, it } from 'vitest';
import { GRADES, type Grade } from '../../../shared/rating.ts';
import { LOAN_TYPES } from '../../../shared/marketplace.ts';
import { workingCalendar } from '../calendar/calendar.ts';
import { packageCalendarYears } from '../calendar/package-data.ts';
import { createRandom, type Random } from '../demo/random.ts';
import { builtInLprFixings, demoLprFixings } from '../loans/lpr-history.ts';
import { BEIJING_IP_PLEDGE, ZHANGJIANG_RATED } from './fixtures.ts';
import type { LprRate, Programme } from './programme.ts';
import { runInterestSubsidy, type InterestSubsidyRunResult, type RunLoan } from './run.ts';
import { simulateProgramme, type SimulationResult } from './simulate.ts';
import { runLoansOf, simPortfolioOf } from './simulate-portfolio.ts';
import { syntheticPortfolio } from './simulate-synthetic.ts';

const calendar = workingCalendar(packageCalendarYears());
const lprFixings = builtInLprFixings(calendar); // to 2025-05
const PARKS = ['zhangjiang', 'zizhu', 'qingdao'];
const INDUSTRIES = ['I6513', 'I6520', 'C3973', 'C2761', 'M7340', 'C', 'I65'];
const RATES = ['0.0520', '0.0434', '0.031', '0.0612345', '0.04', '0.1', '0.0001', '0', '0.0355', '0.0375'];
const DAYS = ['2024-06-10', '2024-12-20', '2025-01-10', '2025-01-31', '2025-03-10', '2025-03-21', '2025-04-10', '2025-06-30', '2025-09-10', '2025-12-31', '2026-01-10'];

const pad = (n: number) => String(n).padStart(2, '0');
const dayBetween = (r: Random, fromYear: number, toYear: number) => `${r.int(fromYear, toYear)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;

function randomLoans(r: Random, count: number): RunLoan[] {
  const enterprises = Array.from({ length: Math.ceil(count / 3) }, (_, i) => ({
    enterpriseId: `ent-${r.int(0, 9)}${i}`, // ids in no particular order
    gradeAtLoanDate: r.chance(0.1) ? null : r.pick(GRADES),
    hasValidReportOnLoanDate: r.chance(0.8),
    industryCode: r.pick(INDUSTRIES),
    parkCode: r.pick(PARKS),
    dishonest: r.chance(0.05),
  }));
  return Array.from({ length: count }, (_, i) => {
    const e = r.pick(enterprises);
    const disbursedOn = r.chance(0.9) ? `${r.pick(['2024', '2025'])}-${pad(r.int(1, 5))}-${pad(r.int(1, 28))}` : dayBetween(r, 2024, 2024);
    const repayments = Array.from({ length: r.int(0, 14) }, () => ({
      date: r.chance(0.5) ? r.pick(DAYS) : dayBetween(r, 2024, 2026),
      interestFen: BigInt(r.chance(0.1) ? 0 : r.chance(0.05) ? r.int(0, 2_000_000_000) : r.int(1, 6_000_000)),
    }));
    return {
      enterprise: { ...e, gradeAtLoanDate: r.chance(0.1) ? (r.pick(GRADES) as Grade) : e.gradeAtLoanDate },
      loan: { id: `loan-${r.int(100, 999)}-${i}`, amountFen: BigInt(r.int(1_000_000, 2_000_000_000)), annualRate: r.pick(RATES), disbursedOn, termMonths: r.pick([6, 12, 36, 60]), loanType: r.pick(LOAN_TYPES), institutionId: `bank-${r.int(1, 4)}` },
      repayments,
      ...(r.chance(0.1) ? { receivedLoanFen: BigInt(r.int(0, 3_000_000)) } : {}),
    };
  });
}

const CAPS: (LprRate | null)[] = [null, { base: 'lpr1y', times: '1.4' }, { base: 'lpr1y', plusBp: 40 }, { base: 'lpr5y', times: '1.2', plusBp: -20 }, { base: 'lpr1y', times: '0.9' }, { base: 'lpr1y', plusBp: -400 }, { base: 'lpr1y', times: '1.123456789' }];

function randomProgramme(r: Random): Programme {
  const base = r.pick([BEIJING_IP_PLEDGE, ZHANGJIANG_RATED]);
  const min = r.chance(0.3) ? BigInt(r.int(1_000_000, 500_000_000)) : null;
  return {
    ...base,
    ownerPark: r.pick([null, 'zhangjiang']),
    validFrom: r.pick(['2024-01-01', '2024-07-01', '2025-01-01']),
    validTo: r.pick(['2025-12-31', '2025-03-31']),
    eligibility: {
      minGrade: r.pick([null, 'BBB', 'AA', 'C']),
      requiresValidReport: r.chance(0.5),
      industryPrefixes: r.pick([[], ['I65'], ['C', 'M73'], ['I6513']]),
      parkCodes: r.pick([[], ['zizhu'], ['zhangjiang', 'qingdao']]),
      excludeDishonest: r.chance(0.7),
    },
    loanRules: {
      loanTypes: r.pick([[], ['ip_pledge', 'credit']]),
      institutionIds: r.pick([[], ['bank-1', 'bank-3']]),
      minAmountFen: min,
      maxAmountFen: r.chance(0.3) ? (min ?? 0n) + BigInt(r.int(0, 1_500_000_000)) : null,
      maxTermMonths: r.pick([null, 36, 12]),
      maxRate: r.chance(0.3) ? r.pick(CAPS.filter((c) => c !== null)) : null,
    },
    formula: { share: r.pick(['0.5', '0.3', '1', '0.333', '0.123456789012']), rateCap: r.pick(CAPS) },
    caps: { perEnterprisePerYearFen: r.pick([null, 300_000n, 5_000_000n, 30_000_000n]), perLoanFen: r.pick([null, 100_000n, 2_000_000n]), budgetFen: 50_000_000_000n },
    budgetRule: r.pick(['first_come', 'pro_rata']),
  };
}

/** What the engine's claims say, in the simulator's terms. */
function fromEngine(run: InterestSubsidyRunResult, loans: readonly RunLoan[], budgetLeftFen: bigint) {
  const loanById = new Map(loans.map((l) => [l.loan.id, l]));
  const enterprise = new Map<string, bigint>();
  const park = new Map<string, bigint>();
  const reasons: Record<string, number> = {};
  let requested = 0n;
  let exhausted: string | null = null;
  for (const c of run.claims) {
    if (c.subsidyFen > 0n) enterprise.set(c.enterpriseId, (enterprise.get(c.enterpriseId) ?? 0n) + c.subsidyFen);
    const parkCode = loanById.get(c.loanId)!.enterprise.parkCode;
    park.set(parkCode, (park.get(parkCode) ?? 0n) + c.subsidyFen);
    for (const reason of c.reasons) reasons[reason.code] = (reasons[reason.code] ?? 0) + 1;
    const budget = c.trail.find((s) => s.step === 'budget');
    if (budget && budget.step === 'budget') {
      requested += budget.requestedFen;
      if (exhausted === null && requested >= budgetLeftFen) exhausted = c.firstRepaymentOn!.slice(0, 7);
    }
  }
  const eligible = run.claims.filter((c) => c.eligible);
  const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);
  return {
    loans: new Map(run.claims.map((c) => [c.loanId, c.subsidyFen])),
    enterprise,
    park,
    reasons,
    requested,
    exhausted,
    eligibleLoans: eligible.length,
    interestPaidFen: sum(eligible.map((c) => c.interestPaidFen)),
    eligibleInterestFen: sum(eligible.map((c) => c.eligibleInterestFen)),
    computedFen: sum(eligible.map((c) => c.computedFen)),
    reached: enterprise.size,
  };
}

function expectSame(sim: SimulationResult, run: InterestSubsidyRunResult, loans: readonly RunLoan[], budgetLeftFen: bigint) {
  const want = fromEngine(run, loans, budgetLeftFen);
  const portfolioIds = [...loans.map((l) => l.loan.id)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const got = new Map(portfolioIds.map((id, i) => [id, BigInt(sim.detail!.loanGrantedFen[i]!)]));
  expect(got).toEqual(want.loans);
  expect(sim.detail!.enterpriseGrantedFen).toEqual(want.enterprise);
  expect(sim.totalFen).toBe(run.totalFen);
  expect(sim.budgetLeftAfterFen).toBe(run.budgetLeftFen);
  expect(sim.requestedFen).toBe(want.requested);
  expect(sim.ineligibleByReason).toEqual(want.reasons);
  expect(sim.budgetExhaustedMonth).toBe(want.exhausted);
  expect(new Map(sim.byPark.map((row) => [row.key, row.grantedFen]))).toEqual(want.park);
  expect(sim).toMatchObject({ eligibleLoans: want.eligibleLoans, enterprisesReached: want.reached, interestPaidFen: want.interestPaidFen, eligibleInterestFen: want.eligibleInterestFen, computedFen: want.computedFen });
  expect(sim.byMonth.reduce((sum, row) => sum + row.grantedFen, 0n)).toBe(run.totalFen);
}

const PERIODS = [
  { from: '2025-01-01', to: '2025-12-31' },
  { from: '2025-03-15', to: '2025-09-30' },
  { from: '2024-07-01', to: '2025-06-30' }, // across years: only without a per-enterprise cap
];

describe('the simulator gives the engine’s result to the fen', () => {
  it('on seeded random portfolios and programmes, short and ample budgets, both rules', () => {
    let short = 0;
    let checked = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const r = createRandom(seed);
      const loans = randomLoans(r, r.int(150, 350));
      let programme = randomProgramme(r);
      const period = r.pick(PERIODS);
      if (period.from.slice(0, 4) !== period.to.slice(0, 4)) programme = { ...programme, caps: { ...programme.caps, perEnterprisePerYearFen: null } };
      const received = new Map(loans.filter(() => r.chance(0.05)).map((l) => [l.enterprise.enterpriseId, BigInt(r.int(0, 40_000_000))]));
      const portfolio = simPortfolioOf(loans);
      const ample = runInterestSubsidy({ programme, loans, period, lprFixings, calendar, receivedByEnterpriseFen: received, budgetLeftFen: 10n ** 15n });
      // ample, exactly enough, one fen short, a tenth, nothing
      for (const budgetLeftFen of [10n ** 15n, ample.totalFen, ample.totalFen > 0n ? ample.totalFen - 1n : 0n, ample.totalFen / 10n + BigInt(r.int(0, 99)), 0n]) {
        for (const budgetRule of ['first_come', 'pro_rata'] as const) {
          const p = { ...programme, budgetRule };
          const run = runInterestSubsidy({ programme: p, loans, period, lprFixings, calendar, receivedByEnterpriseFen: received, budgetLeftFen });
          const sim = simulateProgramme({ programme: p, portfolio, period, lprFixings, calendar, receivedByEnterpriseFen: received, budgetLeftFen, detail: true });
          expectSame(sim, run, loans, budgetLeftFen);
          if (sim.budgetShort) short++;
          checked++;
        }
      }
    }
    expect(checked).toBe(600);
    expect(short).toBeGreaterThan(150); // the cut paths were exercised, not only the in-full one
  }, 120_000);

  it('on a synthetic portfolio (the benchmark’s generator), with the Zhangjiang programme and its short budget', () => {
    const fixings = [...lprFixings, ...demoLprFixings('2025-12-31', calendar)];
    const portfolio = syntheticPortfolio(7, 800);
    const loans = runLoansOf(portfolio);
    for (const budgetRule of ['first_come', 'pro_rata'] as const) {
      for (const budgetLeftFen of [ZHANGJIANG_RATED.caps.budgetFen, 50_000_000n]) {
        const programme = { ...ZHANGJIANG_RATED, budgetRule };
        const period = { from: '2025-01-01', to: '2025-12-31' };
        const run = runInterestSubsidy({ programme, loans, period, lprFixings: fixings, calendar, budgetLeftFen });
        const sim = simulateProgramme({ programme, portfolio, period, lprFixings: fixings, calendar, budgetLeftFen, detail: true });
        expectSame(sim, run, loans, budgetLeftFen);
        expect(sim.eligibleLoans).toBeGreaterThan(50);
      }
    }
  }, 60_000);

  it('past 2^52 fen, where the simulator switches to bigint', () => {
    const big = (id: string, interestFen: bigint): RunLoan => ({
      enterprise: { enterpriseId: `e-${id}`, gradeAtLoanDate: 'AA', hasValidReportOnLoanDate: true, industryCode: 'I6513', parkCode: 'zhangjiang', dishonest: false },
      loan: { id, amountFen: 10n ** 16n, annualRate: '0.0520', disbursedOn: '2025-03-10', termMonths: 12, loanType: 'credit', institutionId: 'bank-1' },
      repayments: [{ date: '2025-04-10', interestFen }, { date: '2025-05-10', interestFen: interestFen / 3n }],
    });
    const loans = [big('a', 2_000_000_000_000_001n), big('b', 1_999_999_999_999_999n), big('c', 1_234_567_890_123_457n), big('d', 7n)];
    const programme: Programme = { ...ZHANGJIANG_RATED, formula: { share: '0.999999999999', rateCap: { base: 'lpr1y', times: '1.4' } }, caps: { perEnterprisePerYearFen: null, perLoanFen: null, budgetFen: 10n ** 15n } };
    const period = { from: '2025-01-01', to: '2025-12-31' };
    const portfolio = simPortfolioOf(loans);
    // asked ≈ 5.8 × 10^15 in all: budgets below 2^52, between 2^52 and the total, and above
    for (const [budgetLeftFen, short] of [[10n ** 15n, true], [5n * 10n ** 15n, true], [2n ** 53n + 7n, false]] as const) {
      for (const budgetRule of ['first_come', 'pro_rata'] as const) {
        const p = { ...programme, budgetRule };
        const run = runInterestSubsidy({ programme: p, loans, period, lprFixings, calendar, budgetLeftFen });
        const sim = simulateProgramme({ programme: p, portfolio, period, lprFixings, calendar, budgetLeftFen, detail: true });
        expectSame(sim, run, loans, budgetLeftFen);
        expect(sim.budgetShort).toBe(short);
      }
    }
  });
});
