// Repayment schedules for the three methods Chinese lenders quote. Interest accrues on actual
// days over a 360-day year (the PBoC convention), so instalments follow the calendar; all
// money is bigint fen and every division rounds half up exactly.
//
// 等额本息 needs care: the textbook annuity assumes 12 equal months (rate / 12 each), but
// actual/360 charges r·d/360 for a d-day month, about 1.4% more interest over a year of
// calendar months. A textbook instalment therefore never quite clears the balance, and the
// shortfall compounds into the last payment (¥1m at 4.35% over 30 years ended over six times
// a normal one). The level instalment is instead solved from the schedule's own due dates, so
// that charging actual/360 interest and paying it every period amortises to exactly zero; the
// last payment then differs from the others only by accumulated fen rounding. That still
// compounds — a fen in period k grows by ∏_(j>k) (1 + r·d_j/360) — so the bound is
// Σ_k ∏_(j>k) (1 + r·d_j/360) fen: n fen interest-free, a little over n on short loans, about
// ¥7.50 over 30 years at 4.35%.
import { addMonthsClamped, civilDate, isoDate, type CivilDate } from './due-dates.ts';
import { ScheduleError } from './errors.ts';
import { rateProblem, type Rate } from './rate.ts';

import { REPAYMENT_METHODS, type RepaymentMethod } from '../../../shared/marketplace.ts';

export { REPAYMENT_METHODS, type RepaymentMethod } from '../../../shared/marketplace.ts';
/** 等额本息 level instalments, 等额本金 level principal, 按月付息到期还本 interest then bullet. */

export const MAX_AMOUNT_FEN = 10n ** 15n; // ¥10 trillion: beyond any single loan
export const MAX_MONTHS = 360;

export interface ScheduleTerms {
  amountFen: bigint;
  annualRate: Rate;
  months: number;
  method: RepaymentMethod;
  start: string; // YYYY-MM-DD, the drawdown date
}

export interface Payment {
  period: number; // 1-based
  date: string; // YYYY-MM-DD
  principalFen: bigint;
  interestFen: bigint;
  balanceFen: bigint; // principal still owed after this payment
}

export interface Schedule {
  payments: Payment[];
  totalInterestFen: bigint;
}

const DAY_COUNT_YEAR = 360n;
const FIXED_POINT = 10n ** 40n;

/** The repayment plan of a loan; throws ScheduleError (invalid_input) naming the bad term. */
export function repaymentSchedule(terms: ScheduleTerms): Schedule {
  const start = checkTerms(terms);
  const { amountFen, annualRate, months, method } = terms;
  const dueDates = new Array<CivilDate>(months);
  const periodDays = new Array<number>(months);
  for (let k = 0, previousDay = start.dayNumber; k < months; k++) {
    dueDates[k] = addMonthsClamped(start, k + 1);
    periodDays[k] = dueDates[k]!.dayNumber - previousDay;
    previousDay = dueDates[k]!.dayNumber;
  }
  const level = levelFen(terms, periodDays);
  // interest = balance × rate × days / 360, half up: (2·balance·num·days + 360·den) / (720·den);
  // due dates a calendar month apart are always 28 to 31 days apart
  const twoRateDays = [28n, 29n, 30n, 31n].map((days) => 2n * annualRate.numerator * days);
  const half = annualRate.denominator * DAY_COUNT_YEAR;
  const whole = 2n * half;
  const payments = new Array<Payment>(months);
  let balance = amountFen;
  let totalInterest = 0n;
  for (let period = 1; period <= months; period++) {
    const interestFen = (balance * twoRateDays[periodDays[period - 1]! - 28]! + half) / whole;
    const principalFen = period === months ? balance : principalDue(method, level, interestFen, balance);
    balance -= principalFen;
    totalInterest += interestFen;
    payments[period - 1] = { period, date: isoDate(dueDates[period - 1]!), principalFen, interestFen, balanceFen: balance };
  }
  return { payments, totalInterestFen: totalInterest };
}

/**
 * 等额本息: the instalment A that amortises P to zero when period k (periodDays[k], in days)
 * grows the balance by m_k = 1 + r·d_k/360 before A is paid, B_k = B_(k−1)·m_k − A, rounded
 * half up to the fen. Solving B_n = 0 gives A = P / Σ_k v_k with discount factors
 * v_k = ∏_(j≤k) 1/m_j; with r = a/den and D = 360·den each 1/m_j = D / (D + a·d_j) exactly.
 * For 30-day periods this is the textbook P·i / (1 − (1+i)^−n) with i = r / 12. A period whose
 * interest would exceed A pays only that interest and drops out of the equation.
 */
export function levelInstalmentFen(amountFen: bigint, annualRate: Rate, periodDays: readonly number[]): bigint {
  const n = periodDays.length;
  if (n === 0 || !periodDays.every((days) => Number.isSafeInteger(days) && days > 0)) {
    throw new ScheduleError('months', 'loan.schedule_periods', {});
  }
  if (annualRate.numerator === 0n) return roundHalfUp(amountFen, BigInt(n));
  const dayCountDenominator = DAY_COUNT_YEAR * annualRate.denominator;
  const growth = periodDays.map((days) => dayCountDenominator + annualRate.numerator * BigInt(days));
  const { paying, discountSum } = payingPeriods(amountFen, dayCountDenominator, growth);
  return roundInstalment(amountFen, paying, discountSum) ?? levelExactly(amountFen, dayCountDenominator, paying);
}

/**
 * Long loans at high rates (above about 13% over 30 years, 20% over 20, 36% beyond 11) owe more
 * interest in an early 31-day month than A: the schedule pays interest only there (principal
 * is never negative), the balance stops growing, and the A solved above would then overpay and
 * clear the loan years early. So those periods leave the equation (a period that pays interest
 * only keeps B_k = B_(k−1)) and A is solved again over the rest; a lower A makes more periods
 * interest-only and never fewer, so repeating until none is added settles within n rounds,
 * usually two.
 */
function payingPeriods(amountFen: bigint, dayCountDenominator: bigint, growth: readonly bigint[]): { paying: readonly bigint[]; discountSum: bigint } {
  let paying = growth;
  let discountSum = discountFactorSum(dayCountDenominator, paying);
  const scaledAmount = amountFen * FIXED_POINT;
  const longest = growth.reduce((most, factor) => (factor > most ? factor : most));
  // If the longest period's interest on P itself is at most A (P·(m − 1) ≤ P / Σv), the balance
  // only ever falls and no period can owe more than A.
  if ((longest - dayCountDenominator) * discountSum <= FIXED_POINT * dayCountDenominator) return { paying, discountSum };
  const interestOnly = growth.map(() => false);
  for (;;) {
    const instalment = (scaledAmount * FIXED_POINT) / discountSum; // A in units of 10^−40 fen
    let balance = scaledAmount;
    let added = false;
    growth.forEach((factor, k) => {
      if (interestOnly[k]) return;
      if (balance * (factor - dayCountDenominator) > instalment * dayCountDenominator) {
        interestOnly[k] = added = true;
      } else {
        balance = (balance * factor) / dayCountDenominator - instalment;
      }
    });
    if (!added) return { paying, discountSum };
    paying = growth.filter((_, k) => !interestOnly[k]);
    discountSum = discountFactorSum(dayCountDenominator, paying);
  }
}

/**
 * Exact rationals over 360 periods run to ~15,000 bits, so the discount factors are summed in
 * 10^40 fixed point instead. Each v_k is truncated once, and since every factor D/(D + a·d) is
 * at most 1, the truncations never grow: v̂_k falls short of v_k by less than k units of 10^−40,
 * the sum by less than E = n(n+1)/2 units.
 */
function discountFactorSum(dayCountDenominator: bigint, growth: readonly bigint[]): bigint {
  let discount = FIXED_POINT;
  let sum = 0n;
  for (const factor of growth) {
    discount = (discount * dayCountDenominator) / factor;
    sum += discount;
  }
  return sum;
}

/**
 * Â = P / Σv̂ overstates A by less than Â·E/Σv̂ (under 10^−20 fen for any loan the platform
 * allows: E ≤ 64,980, Σv̂ > 0.97·10^40 and Â < 1.04·P); only when Â + ½ lies within that above a whole fen
 * could rounding Â differ from rounding A, and then null asks for the exact answer.
 */
function roundInstalment(amountFen: bigint, paying: readonly bigint[], discountSum: bigint): bigint | null {
  const twiceSum = 2n * discountSum;
  const twiceShifted = 2n * amountFen * FIXED_POINT + discountSum; // 2·(Â + ½)·Σv̂
  const instalment = twiceShifted / twiceSum;
  const n = BigInt(paying.length);
  const errorBound = (instalment + 1n) * n * (n + 1n); // 2·Â·E, against the remainder of 2·Σv̂
  return twiceShifted % twiceSum > errorBound ? instalment : null;
}

/** The rare exact answer: A = P·∏m / Σ_k ∏_(j>k) m_j, scaled by D^n to integers, summed Horner-style. */
function levelExactly(amountFen: bigint, dayCountDenominator: bigint, growth: readonly bigint[]): bigint {
  let product = 1n;
  let sum = 0n;
  let scale = 1n;
  for (const factor of growth) {
    scale *= dayCountDenominator;
    product *= factor;
    sum = sum * factor + scale;
  }
  return roundHalfUp(amountFen * product, sum);
}

/** What each period but the last aims to pay: the instalment, the principal, or nothing. */
function levelFen({ amountFen, annualRate, months, method }: ScheduleTerms, periodDays: readonly number[]): bigint {
  if (method === 'equal_instalment') return levelInstalmentFen(amountFen, annualRate, periodDays);
  return method === 'equal_principal' ? roundHalfUp(amountFen, BigInt(months)) : 0n;
}

function principalDue(method: RepaymentMethod, level: bigint, interestFen: bigint, balance: bigint): bigint {
  // A long loan near 36% can owe more interest in a 31-day month than the level instalment.
  const wanted = method === 'equal_instalment' ? (level > interestFen ? level - interestFen : 0n) : level;
  return wanted < balance ? wanted : balance;
}

const roundHalfUp = (numerator: bigint, denominator: bigint) => (2n * numerator + denominator) / (2n * denominator);

function checkTerms(terms: ScheduleTerms): CivilDate {
  const { amountFen, annualRate, months, method } = terms;
  if (typeof amountFen !== 'bigint' || amountFen <= 0n || amountFen > MAX_AMOUNT_FEN) {
    throw new ScheduleError('amountFen', 'loan.schedule_amount', { max: String(MAX_AMOUNT_FEN), value: String(amountFen) });
  }
  const problem = rateProblem(annualRate);
  if (problem !== null) throw new ScheduleError('annualRate', 'loan.rate_invalid', { value: `${annualRate.numerator}/${annualRate.denominator}` }, problem);
  if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS) {
    throw new ScheduleError('months', 'loan.schedule_months', { max: MAX_MONTHS, value: String(months) });
  }
  if (!(REPAYMENT_METHODS as readonly string[]).includes(method)) {
    throw new ScheduleError('method', 'loan.schedule_method', { value: String(method), methods: REPAYMENT_METHODS });
  }
  const start = civilDate(terms.start);
  if (start === null) throw new ScheduleError('start', 'loan.schedule_start', { value: String(terms.start) });
  if (start.year * 12 + start.month - 1 + months >= 10_000 * 12) throw new ScheduleError('start', 'loan.schedule_past_9999', { start: terms.start });
  return start;
}
