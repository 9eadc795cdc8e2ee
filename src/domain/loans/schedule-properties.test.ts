// Random schedules checked against an independent model: due dates through Date.UTC, interest
// re-derived with its own half-up rounding, the instalment in fixed point.
import { describe, expect, it } from 'vitest';
import { createRandom, type Random } from '../demo/random.ts';
import type { Rate } from './rate.ts';
import { REPAYMENT_METHODS, repaymentSchedule, type Payment, type ScheduleTerms } from './schedule.ts';

const DAY_MS = 86_400_000;
const CASES = 600;

function randomTerms(random: Random): ScheduleTerms {
  const amountFen = BigInt(random.int(1, 9_999_999)) * 10n ** BigInt(random.int(0, 8));
  const decimals = random.pick([2, 4, 6, 10]);
  const denominator = 10n ** BigInt(decimals);
  const numerator = random.chance(0.05) ? 0n : (BigInt(random.int(0, 1_000_000)) * 36n * denominator) / 100_000_000n;
  const months = random.chance(0.1) ? random.pick([1, 2, 359, 360]) : random.int(1, 120);
  const year = random.int(1990, 2100);
  const month = random.int(1, 12);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = random.chance(0.4) ? random.int(last - 3, last) : random.int(1, last);
  const start = new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
  return { amountFen: amountFen > 10n ** 15n ? 10n ** 15n : amountFen, annualRate: { numerator, denominator }, months, method: random.pick(REPAYMENT_METHODS), start };
}

/** Due dates and day counts from Date.UTC, independently of the module's own calendar. */
function expectedDueDates(start: string, months: number): { date: string; days: number }[] {
  const [year, month, day] = start.split('-').map(Number) as [number, number, number];
  let previous = Date.UTC(year, month - 1, day);
  return Array.from({ length: months }, (_, k) => {
    const last = new Date(Date.UTC(year, month + k + 1, 0)).getUTCDate();
    const due = Date.UTC(year, month + k, Math.min(day, last));
    const days = (due - previous) / DAY_MS;
    previous = due;
    return { date: new Date(due).toISOString().slice(0, 10), days };
  });
}

function interestFen(balance: bigint, rate: Rate, days: number): bigint {
  const dividend = balance * rate.numerator * BigInt(days);
  const divisor = rate.denominator * 360n;
  const remainder = dividend % divisor;
  return dividend / divisor + (2n * remainder >= divisor ? 1n : 0n);
}

function checkCommonInvariants(terms: ScheduleTerms, payments: Payment[], totalInterestFen: bigint) {
  const due = expectedDueDates(terms.start, terms.months);
  expect(payments.map((p) => p.period)).toEqual(due.map((_, k) => k + 1));
  expect(payments.map((p) => p.date)).toEqual(due.map((d) => d.date));
  let balance = terms.amountFen;
  let interest = 0n;
  payments.forEach((p, k) => {
    expect(p.interestFen).toBe(interestFen(balance, terms.annualRate, due[k]!.days));
    expect(p.principalFen >= 0n && p.interestFen >= 0n && p.principalFen <= balance).toBe(true);
    balance -= p.principalFen;
    interest += p.interestFen;
    expect(p.balanceFen).toBe(balance);
  });
  expect(balance).toBe(0n);
  expect(payments.reduce((sum, p) => sum + p.principalFen, 0n)).toBe(terms.amountFen);
  expect(totalInterestFen).toBe(interest);
}

/** P/n half up each month (less once the balance runs short), the remainder last. */
function checkLevelPrincipal(terms: ScheduleTerms, payments: Payment[]) {
  const n = BigInt(terms.months);
  const level = terms.amountFen / n + (2n * (terms.amountFen % n) >= n ? 1n : 0n);
  let balance = terms.amountFen;
  for (const p of payments.slice(0, -1)) {
    expect(p.principalFen).toBe(level < balance ? level : balance);
    balance = p.balanceFen;
  }
}

/** The annuity in 10^40 fixed point by repeated multiplication: A × 10^40, to within 10^-20 fen. */
function fixedPointInstalment({ amountFen, annualRate, months }: ScheduleTerms): bigint {
  const scale = 10n ** 40n;
  if (annualRate.numerator === 0n) return (amountFen * scale) / BigInt(months);
  const r = (annualRate.numerator * scale) / (12n * annualRate.denominator);
  let growth = scale;
  for (let k = 0; k < months; k++) growth = (growth * (scale + r)) / scale;
  return (amountFen * r * growth) / (growth - scale);
}

/**
 * Level payments differ only through day counts and fen rounding. With r the monthly rate,
 * e_k the period's interest less balance × r, and s = Σ (1+r)^j, the last payment L and the
 * instalment A satisfy L − A = (A_exact − A)·s + Σ e_k (1+r)^(n−k) exactly, so
 * |L − A| ≤ s/2 + Σ |e_k| (1+r)^(n−k).
 */
function checkLevelInstalments(terms: ScheduleTerms, payments: Payment[]): 'level' | 'clamped' {
  const scale = 10n ** 40n;
  const exact = fixedPointInstalment(terms);
  const instalment = (exact + scale / 2n) / scale;
  const error = instalment * scale - exact;
  expect((error < 0n ? -error : error) <= scale / 2n + 10n ** 20n).toBe(true);
  const n = terms.months;
  const r = Number(terms.annualRate.numerator) / Number(terms.annualRate.denominator) / 12;
  let balance = Number(terms.amountFen);
  let bound = 0;
  let clamped = false;
  payments.forEach((p, k) => {
    if (k < n - 1 && p.principalFen + p.interestFen !== instalment) {
      clamped = true; // interest above the instalment, or the balance ran out early
      expect(p.balanceFen === 0n || (p.principalFen === 0n && p.interestFen >= instalment), `period ${k + 1} of ${JSON.stringify(terms, (_, v) => (typeof v === 'bigint' ? String(v) : v))}`).toBe(true);
    }
    bound += Math.abs(Number(p.interestFen) - balance * r) * (1 + r) ** (n - 1 - k);
    balance = Number(p.balanceFen);
  });
  if (clamped) return 'clamped';
  const s = r === 0 ? n : Math.expm1(n * Math.log1p(r)) / r;
  const last = payments[n - 1]!.principalFen + payments[n - 1]!.interestFen;
  expect(Math.abs(Number(last - instalment))).toBeLessThanOrEqual((s / 2 + bound) * (1 + 1e-9) + 1);
  return 'level';
}

describe('repayment schedules, property by property', () => {
  it(`hold every invariant over ${CASES} seeded random loans`, () => {
    const random = createRandom(20250115);
    const seen = new Map<string, number>();
    for (let i = 0; i < CASES; i++) {
      const terms = randomTerms(random);
      const { payments, totalInterestFen } = repaymentSchedule(terms);
      checkCommonInvariants(terms, payments, totalInterestFen);
      const kind = terms.method === 'equal_instalment' ? checkLevelInstalments(terms, payments) : terms.method;
      if (terms.method === 'equal_principal') checkLevelPrincipal(terms, payments);
      if (terms.method === 'interest_only') expect(payments.slice(0, -1).every((p) => p.principalFen === 0n)).toBe(true);
      seen.set(kind, (seen.get(kind) ?? 0) + 1);
    }
    for (const kind of ['level', 'equal_principal', 'interest_only']) expect(seen.get(kind)).toBeGreaterThan(CASES / 20);
    expect(seen.get('clamped')).toBeGreaterThan(0);
  });
});
