// The policy simulator over 1,000,000 synthetic loans (target ≤ 5 s in process): the Zhangjiang
// programme (pro rata, its ¥20m budget far short of a million loans' claims) and the same with
// first_come, and a broad variant (city-wide, any grade, loans since 2024, a rate ceiling: nearly
// every loan reaches the LPR lookups and the arithmetic), each timed after one warm-up run. Building the portfolio is timed separately, and so
// is converting 100,000 loans from the engine's RunLoan[] (what a caller loading from the database does).
import { workingCalendar } from '../src/domain/calendar/calendar.ts';
import { packageCalendarYears } from '../src/domain/calendar/package-data.ts';
import { builtInLprFixings, demoLprFixings } from '../src/domain/loans/lpr-history.ts';
import { ZHANGJIANG_RATED } from '../src/domain/policy/fixtures.ts';
import type { Programme } from '../src/domain/policy/programme.ts';
import { simulateProgramme, type SimulationResult } from '../src/domain/policy/simulate.ts';
import { runLoansOf, simPortfolioOf } from '../src/domain/policy/simulate-portfolio.ts';
import { syntheticPortfolio } from '../src/domain/policy/simulate-synthetic.ts';
import type { Benchmark, Figures } from './main.ts';
import { round } from './stats.ts';

const LOANS = Number(process.env.KEJIN_BENCH_POLICY_LOANS ?? 1_000_000);
const PERIOD = { from: '2025-01-01', to: '2025-12-31' };
const BROAD: Programme = {
  ...ZHANGJIANG_RATED,
  ownerPark: null,
  validFrom: '2024-01-01',
  eligibility: { ...ZHANGJIANG_RATED.eligibility, minGrade: null, requiresValidReport: false },
  loanRules: { ...ZHANGJIANG_RATED.loanRules, maxTermMonths: null, maxRate: { base: 'lpr1y', plusBp: 250 } },
};

export const policyBenchmark: Benchmark = {
  name: 'policy',
  description: 'simulate an interest-subsidy programme over 1,000,000 synthetic loans (target ≤ 5 s)',
  async run() {
    const calendar = workingCalendar(packageCalendarYears());
    // the built-in history ends in May 2025; later 2025 months carry its last rates forward (demo-labelled)
    const lprFixings = [...builtInLprFixings(calendar), ...demoLprFixings(PERIOD.to, calendar)];
    const built = performance.now();
    const portfolio = syntheticPortfolio(2026, LOANS, { period: PERIOD });
    const buildMs = performance.now() - built;
    const simulate = (programme: Programme): { ms: number; result: SimulationResult } => {
      const started = performance.now();
      const result = simulateProgramme({ programme, portfolio, period: PERIOD, lprFixings, calendar });
      return { ms: performance.now() - started, result };
    };
    simulate(ZHANGJIANG_RATED); // warm-up: the first run also compiles the hot loops
    const proRata = simulate(ZHANGJIANG_RATED);
    const firstCome = simulate({ ...ZHANGJIANG_RATED, budgetRule: 'first_come' });
    const broad = simulate(BROAD);
    const memory = process.memoryUsage();
    const runLoans = runLoansOf(syntheticPortfolio(2027, 100_000, { period: PERIOD }));
    const converted = performance.now();
    simPortfolioOf(runLoans);
    const convertMs = performance.now() - converted;
    const r = proRata.result;
    const figures: Figures = {
      loans: LOANS,
      repayments: portfolio.repaymentOn.length,
      buildPortfolioMs: round(buildMs, 0),
      simulate1mLoansMs: round(proRata.ms, 0),
      simulate1mLoansFirstComeMs: round(firstCome.ms, 0),
      simulate1mLoansBroadMs: round(broad.ms, 0),
      loansPerSecond: Math.round(LOANS / (proRata.ms / 1000)),
      targetMs: 5000,
      withinTarget: Math.max(proRata.ms, firstCome.ms, broad.ms) <= 5000 ? 'yes' : 'no',
      eligibleLoans: r.eligibleLoans,
      enterprisesReached: r.enterprisesReached,
      requestedFen: String(r.requestedFen),
      grantedFen: String(r.totalFen),
      budgetExhaustedMonth: r.budgetExhaustedMonth ?? 'never',
      firstComeEnterprisesReached: firstCome.result.enterprisesReached,
      broadEligibleLoans: broad.result.eligibleLoans,
      heapUsedMb: round(memory.heapUsed / 2 ** 20, 0),
      arrayBuffersMb: round(memory.arrayBuffers / 2 ** 20, 0),
      rssMb: round(memory.rss / 2 ** 20, 0),
      convert100kRunLoansMs: round(convertMs, 0),
    };
    return figures;
  },
};
