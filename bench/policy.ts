// The policy simulator over 1,000,000 synthetic loans (target ≤ 5 s in process): the Zhangjiang
// programme (pro rata, its ¥20m budget far short of a million loans' claims) and the same with
// first_come, each timed after one warm-up run. Building the portfolio is timed separately.
import { workingCalendar } from '../src/domain/calendar/calendar.ts';
import { packageCalendarYears } from '../src/domain/calendar/package-data.ts';
import { builtInLprFixings, demoLprFixings } from '../src/domain/loans/lpr-history.ts';
import { ZHANGJIANG_RATED } from '../src/domain/policy/fixtures.ts';
import { simulateProgramme, type SimulationResult } from '../src/domain/policy/simulate.ts';
import { syntheticPortfolio } from '../src/domain/policy/simulate-synthetic.ts';
import type { Benchmark, Figures } from './main.ts';
import { round } from './stats.ts';

const LOANS = Number(process.env.KEJIN_BENCH_POLICY_LOANS ?? 1_000_000);
const PERIOD = { from: '2025-01-01', to: '2025-12-31' };

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
    const simulate = (budgetRule: 'pro_rata' | 'first_come'): { ms: number; result: SimulationResult } => {
      const started = performance.now();
      const result = simulateProgramme({ programme: { ...ZHANGJIANG_RATED, budgetRule }, portfolio, period: PERIOD, lprFixings, calendar });
      return { ms: performance.now() - started, result };
    };
    simulate('pro_rata'); // warm-up: the first run also compiles the hot loops
    const proRata = simulate('pro_rata');
    const firstCome = simulate('first_come');
    const memory = process.memoryUsage();
    const r = proRata.result;
    const figures: Figures = {
      loans: LOANS,
      repayments: portfolio.repaymentOn.length,
      buildPortfolioMs: round(buildMs, 0),
      simulate1mLoansMs: round(proRata.ms, 0),
      simulate1mLoansFirstComeMs: round(firstCome.ms, 0),
      loansPerSecond: Math.round(LOANS / (proRata.ms / 1000)),
      targetMs: 5000,
      withinTarget: proRata.ms <= 5000 && firstCome.ms <= 5000 ? 'yes' : 'no',
      eligibleLoans: r.eligibleLoans,
      enterprisesReached: r.enterprisesReached,
      requestedFen: String(r.requestedFen),
      grantedFen: String(r.totalFen),
      budgetExhaustedMonth: r.budgetExhaustedMonth ?? 'never',
      firstComeEnterprisesReached: firstCome.result.enterprisesReached,
      heapUsedMb: round(memory.heapUsed / 2 ** 20, 0),
      arrayBuffersMb: round(memory.arrayBuffers / 2 ** 20, 0),
      rssMb: round(memory.rss / 2 ** 20, 0),
    };
    return figures;
  },
};
