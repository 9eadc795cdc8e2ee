// Random schedules checked against an independent model: due dates through Date.UTC, interest
// re-derived with its own half-up rounding, the instalment solved in exact rationals from the
// balance recursion itself.
import { describe, expect, it } from 'vitest';
import { addDays } from '../shared/business-time.ts';
import { createRandom, type Random } from '../demo/random.ts';
import type { Rate } from './rate.ts';
import { levelInstalmentFen, REPAYMENT_METHODS, repaymentSchedule, type Payment, type ScheduleTerms } from './schedule.ts';

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
  const start = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
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
    return { date: addDays('1970-01-01', due / DAY_MS), days };
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
  const problems: string[] = []; // collected, as one expect per payment is slow over 360 payments
  payments.forEach((p, k) => {
    const expected = interestFen(balance, terms.annualRate, due[k]!.days);
    if (p.interestFen !== expected) problems.push(`period ${p.period}: interest ${p.interestFen}, expected ${expected}`);
    if (!(p.principalFen >= 0n && p.interestFen >= 0n && p.principalFen <= balance)) problems.push(`period ${p.period}: principal ${p.principalFen} of ${balance}`);
    balance -= p.principalFen;
    interest += p.interestFen;
    if (p.balanceFen !== balance) problems.push(`period ${p.period}: balance ${p.balanceFen}, expected ${balance}`);
  });
  expect(problems).toEqual([]);
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

const halfUp = (numerator: bigint, denominator: bigint) => (2n * numerator + denominator) / (2n * denominator);

/**
 * The A for which B_k = B_(k−1)·(1 + r·d_k/360) − A reaches B_n = 0, periods marked false paying
 * interest only (B_k = B_(k−1)); as the fraction α/β, from B_k·D^k = α_k − β_k·A with D = 360·den.
 */
function amortisingInstalment(terms: ScheduleTerms, days: number[], paying: boolean[]): [bigint, bigint] {
  const { numerator, denominator } = terms.annualRate;
  const D = 360n * denominator;
  let alpha = terms.amountFen;
  let beta = 0n;
  let scale = 1n;
  days.forEach((d, k) => {
    scale *= D;
    const factor = paying[k] ? D + numerator * BigInt(d) : D;
    alpha *= factor;
    beta = beta * factor + (paying[k] ? scale : 0n);
  });
  return [alpha, beta];
}

/** Which periods pay the instalment in exact arithmetic: not those whose interest would exceed it. */
function modelPayingPeriods(terms: ScheduleTerms, days: number[]): boolean[] {
  const { numerator, denominator } = terms.annualRate;
  const D = 360n * denominator;
  const paying = days.map(() => true);
  for (let added = true; added; ) {
    const [alpha, beta] = amortisingInstalment(terms, days, paying);
    let balance = terms.amountFen * beta; // B_(k−1)·D^(k−1)·β
    let instalment = alpha * D; // A·D^k·β
    added = false;
    days.forEach((d, k) => {
      if (paying[k] && balance * numerator * BigInt(d) > instalment) paying[k] = !(added = true);
      balance = paying[k] ? balance * (D + numerator * BigInt(d)) - instalment : balance * D;
      instalment *= D;
    });
  }
  return paying;
}

/** Σ over paying periods k of ∏ over later paying periods j of (1 + r·d_j/360): dL/dA, in floating point. */
function sensitivity(terms: ScheduleTerms, days: number[], paying: boolean[]): number {
  const rate = Number(terms.annualRate.numerator) / Number(terms.annualRate.denominator);
  return days.reduce((sum, d, k) => (paying[k] ? sum * (1 + (rate * d) / 360) + 1 : sum), 0);
}

type LevelKind = 'level' | 'with_interest_only_months' | 'paid_early';

/**
 * The instalment is the exact solution rounded half up; every period but the last pays it, or
 * only its interest when that is more. Writing e_k for period k's interest less B_(k−1)·r·d_k/360
 * (|e_k| ≤ ½ fen) and T for the sensitivity over the periods that paid A, the last payment L
 * obeys L − A = (A* − A)·T + Σ e_k·∏_(j>k) (1 + r·d_j/360) exactly, A* solving the equation over
 * those same periods; so |L − A| ≤ T·(|A* − A| + ½), which is T when they are the model's
 * periods. A tiny loan whose fen of rounding outweighs its instalment (A < T) may instead be
 * paid off a period or more early.
 */
function checkLevelInstalments(terms: ScheduleTerms, payments: Payment[]): LevelKind {
  const days = expectedDueDates(terms.start, terms.months).map((d) => d.days);
  const instalment = levelInstalmentFen(terms.amountFen, terms.annualRate, days);
  expect(instalment).toBe(halfUp(...amortisingInstalment(terms, days, modelPayingPeriods(terms, days))));
  const n = terms.months;
  const paying = payments.map((p, k) => k === n - 1 || p.principalFen > 0n || p.interestFen < instalment);
  const paidEarly = payments.findIndex((p) => p.balanceFen === 0n) < n - 1;
  const where = (k: number) => `period ${k + 1} of ${JSON.stringify(terms, (_, v) => (typeof v === 'bigint' ? String(v) : v))}`;
  const offLevel = payments.slice(0, -1).findIndex((p, k) => {
    const ranOut = paidEarly && p.principalFen === (k === 0 ? terms.amountFen : payments[k - 1]!.balanceFen);
    return paying[k] && !ranOut && p.principalFen + p.interestFen !== instalment;
  });
  expect(offLevel, where(offLevel)).toBe(-1);
  const sensitivityFen = sensitivity(terms, days, paying);
  if (paidEarly) {
    expect(Number(instalment)).toBeLessThan(sensitivityFen);
    return 'paid_early';
  }
  const [alpha, beta] = amortisingInstalment(terms, days, paying);
  const misfit = Math.abs(Number(((alpha - instalment * beta) * 10n ** 12n) / beta)) / 1e12;
  const last = payments[n - 1]!.principalFen + payments[n - 1]!.interestFen;
  expect(Math.abs(Number(last - instalment)), where(n - 1)).toBeLessThanOrEqual(sensitivityFen * (misfit + 0.5) * (1 + 1e-9) + 1e-6);
  return paying.every(Boolean) ? 'level' : 'with_interest_only_months';
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
    expect(seen.get('with_interest_only_months')).toBeGreaterThan(0);
  });

  it('keeps ¥1,000,000 level for every term from 1 to 360 months, at rates from 0 to 36% in turn', () => {
    const rates = ['0', '0.0001', '0.0435', '0.15', '0.36'].map((rate) => {
      const [whole, fraction = ''] = rate.split('.');
      return { numerator: BigInt(whole! + fraction), denominator: 10n ** BigInt(fraction.length) };
    });
    const kinds = new Map<LevelKind, number>();
    for (let months = 1; months <= 360; months++) {
      const terms: ScheduleTerms = { amountFen: 100_000_000n, annualRate: rates[months % rates.length]!, months, method: 'equal_instalment', start: '2024-01-31' };
      const { payments, totalInterestFen } = repaymentSchedule(terms);
      checkCommonInvariants(terms, payments, totalInterestFen);
      const kind = checkLevelInstalments(terms, payments);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    expect(kinds.get('paid_early')).toBeUndefined();
    expect(kinds.get('with_interest_only_months')).toBeGreaterThan(0);
  });
});
