// Repayment schedules: 100,000 loans of ¥100k–¥50m at 2.5–8% over 6–60 months, all three
// methods. The inputs are drawn before the clock starts, so only schedule generation is timed.
import { daysFromCivil, toIsoDate } from '../src/domain/demo/dates.ts';
import { createRandom } from '../src/domain/demo/random.ts';
import { REPAYMENT_METHODS, repaymentSchedule, type ScheduleTerms } from '../src/domain/loans/schedule.ts';
import { round } from './stats.ts';

const SCHEDULES = 100_000;

function drawTerms(count: number, seed: number): ScheduleTerms[] {
  const random = createRandom(seed);
  const firstStart = daysFromCivil(2024, 1, 1);
  return Array.from({ length: count }, (_, i) => ({
    amountFen: BigInt(random.int(100_000, 50_000_000)) * 100n,
    annualRate: { numerator: BigInt(random.int(250, 800)), denominator: 10_000n },
    months: random.int(6, 60),
    method: REPAYMENT_METHODS[i % REPAYMENT_METHODS.length]!,
    start: toIsoDate(firstStart + random.int(0, 729)),
  }));
}

export function scheduleFigures(): Record<string, number> {
  const terms = drawTerms(SCHEDULES, 11);
  let payments = 0;
  const started = performance.now();
  for (const loan of terms) payments += repaymentSchedule(loan).payments.length;
  const seconds = (performance.now() - started) / 1000;
  return { schedules_100k_s: round(seconds, 2), schedules_per_s: Math.round(SCHEDULES / seconds), schedule_payments_total: payments };
}
