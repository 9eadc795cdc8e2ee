// The policy simulator: one programme (a draft, or a change to a live one) over a portfolio of
// loans for a claim period, with the result runInterestSubsidy would give — to the fen, same caps
// in the same order, same per-enterprise carry, same budget rule — but without trails or claim
// objects, so a million loans take seconds: enterprises reached, amounts by park, industry, grade
// and month, the month the budget runs out, and why loans were refused. Pure: LPR fixings and the
// calendar are passed in. Fen are doubles only where simulate-exact.ts proves them exact.
import type { WorkingCalendar } from '../calendar/calendar.ts';
import type { LprFixing } from '../loans/lpr.ts';
import { fail } from '../shared/errors.ts';
import type { BudgetRule, Programme } from './programme.ts';
import { shareBudget } from './simulate-budget.ts';
import { FenSums } from './simulate-exact.ts';
import { breakdowns, type SimulationBreakdowns } from './simulate-breakdown.ts';
import { checkSimPortfolio, dateKeyOf, parsedRates, type SimPortfolio } from './simulate-portfolio.ts';
import { CompiledProgramme, REASON_CODES, type ReasonCode } from './simulate-rules.ts';

export type { BreakdownRow, SimulationBreakdowns } from './simulate-breakdown.ts';
export type { ReasonCode } from './simulate-rules.ts';

export interface SimulationInput {
  /** An interest-subsidy programme, validated or not yet saved (a draft). */
  programme: Programme;
  portfolio: SimPortfolio;
  /** The claim period, inclusive business dates (one calendar year when the programme caps per enterprise per year). */
  period: { from: string; to: string };
  lprFixings: Iterable<LprFixing>;
  calendar: WorkingCalendar;
  /** The budget not yet granted; the programme's whole budget (caps.budgetFen) when absent. */
  budgetLeftFen?: bigint;
  /** What each enterprise (by id) already received under the programme in the period's year. */
  receivedByEnterpriseFen?: ReadonlyMap<string, bigint>;
  /** Also return each loan's and each enterprise's grant (for checks and drill-down). */
  detail?: boolean;
}

export interface SimulationResult extends SimulationBreakdowns {
  programmeId: string;
  programmeVersion: number;
  budgetRule: BudgetRule;
  period: { from: string; to: string };
  loansConsidered: number;
  /** Loans with at least one repayment counted in the period (from the later of its start and the disbursement). */
  loansRepaying: number;
  eligibleLoans: number;
  ineligibleLoans: number;
  /** Ineligible loans per unmet rule; a loan failing several rules counts under each. */
  ineligibleByReason: Partial<Record<ReasonCode, number>>;
  /** Distinct enterprises among the loans, with an eligible loan, and granted more than 0 fen. */
  enterprises: number;
  enterprisesEligible: number;
  enterprisesReached: number;
  /** Eligible loans' counted interest, interest that counts (capped rate), the share before caps, after caps (asked of the budget), and granted. */
  interestPaidFen: bigint;
  eligibleInterestFen: bigint;
  computedFen: bigint;
  requestedFen: bigint;
  totalFen: bigint;
  budgetLeftBeforeFen: bigint;
  budgetLeftAfterFen: bigint;
  /** True when the requests exceeded the budget left and the rule cut them. */
  budgetShort: boolean;
  /**
   * YYYY-MM: the month of the first counted repayment of the claim at which the requests, taken in
   * first-come order, reach the budget left — under first_come the month the budget runs out;
   * under pro_rata the month it is oversubscribed (every claim is then cut). Null when they never do.
   */
  budgetExhaustedMonth: string | null;
  detail?: { loanGrantedFen: Float64Array; enterpriseGrantedFen: Map<string, bigint> };
}

const ORDER_SHIFT = 2 ** 24; // first-come key: dateKey × 2^24 + index < 2^27 × 2^24 = 2^51, exact

/** The programme over the portfolio for the period, as runInterestSubsidy would decide it, without trails. */
export function simulateProgramme(input: SimulationInput): SimulationResult {
  const { programme, portfolio: p, period } = input;
  checkInput(input);
  checkSimPortfolio(p);
  const compiled = new CompiledProgramme(programme, p, parsedRates(p), input.lprFixings, input.calendar);
  const claims = computeClaims(compiled, p, dateKeyOf(period.from)!, dateKeyOf(period.to)!);
  const order = firstComeOrder(claims.firstOn);
  const requested = applyEnterpriseCap(compiled, p, claims.afterLoanCapFen, order, input.receivedByEnterpriseFen);
  const budgetLeftFen = input.budgetLeftFen ?? programme.caps.budgetFen;
  const budget = shareBudget(requested, order, programme.budgetRule, budgetLeftFen);
  const view = breakdowns(p, period, claims, requested, budget.grantedFen, input.detail === true);
  const exhausted = budget.exhaustedAt < 0 ? null : claims.firstOn[budget.exhaustedAt]!;
  return {
    programmeId: programme.id,
    programmeVersion: programme.version,
    budgetRule: programme.budgetRule,
    period: { from: period.from, to: period.to },
    loansConsidered: p.size,
    loansRepaying: claims.repaying,
    eligibleLoans: claims.eligibleLoans,
    ineligibleLoans: p.size - claims.eligibleLoans,
    ineligibleByReason: Object.fromEntries(REASON_CODES.flatMap((code, bit) => (claims.reasons[bit]! ? [[code, claims.reasons[bit]!]] : []))),
    ...view.counts,
    interestPaidFen: claims.totals.get(0),
    eligibleInterestFen: claims.totals.get(1),
    computedFen: claims.totals.get(2),
    requestedFen: budget.askedFen,
    totalFen: budget.grantedTotalFen,
    budgetLeftBeforeFen: budgetLeftFen,
    budgetLeftAfterFen: budgetLeftFen - budget.grantedTotalFen,
    budgetShort: budget.short,
    budgetExhaustedMonth: exhausted === null ? null : `${String(Math.floor(exhausted / 10_000)).padStart(4, '0')}-${String(Math.floor(exhausted / 100) % 100).padStart(2, '0')}`,
    byPark: view.byPark,
    byIndustry: view.byIndustry,
    byGrade: view.byGrade,
    byMonth: view.byMonth,
    ...(view.detail ? { detail: view.detail } : {}),
  };
}

/** The refusals computeInterestSubsidy makes for every claim, made once. */
function checkInput({ programme: p, period: { from, to }, budgetLeftFen }: SimulationInput): void {
  if (p.kind !== 'interest_subsidy') throw fail('programme.not_interest_subsidy', { id: p.id, kind: p.kind });
  if (dateKeyOf(from) === null || dateKeyOf(to) === null || from > to) throw fail('subsidy.period_invalid', { from: String(from), to: String(to) });
  if (p.caps.perEnterprisePerYearFen !== null && from.slice(0, 4) !== to.slice(0, 4)) throw fail('subsidy.period_spans_years', { from, to });
  if (budgetLeftFen !== undefined && budgetLeftFen < 0n) throw new RangeError('the budget left cannot be negative');
}

/** Per-loan results before the per-enterprise cap, in loan-index order (the repayments' memory order). */
export interface LoanClaims {
  /** Per loan: 1 when eligible. */
  eligible: Uint8Array;
  /** Per loan: the first counted repayment's date key, 0 when none counted. */
  firstOn: Int32Array;
  /** Per loan: interest counted in the period (every loan, eligible or not). */
  interestPaidFen: Float64Array;
  /** Per eligible loan: after the share and the per-loan cap; 0 when ineligible. */
  afterLoanCapFen: Float64Array;
  eligibleLoans: number;
  repaying: number;
  /** Ineligible loans per REASON_CODES bit. */
  reasons: Int32Array;
  /** Eligible loans' totals: 0 interest paid, 1 eligible interest, 2 computed (before caps). */
  totals: FenSums;
}

function computeClaims(compiled: CompiledProgramme, p: SimPortfolio, from: number, to: number): LoanClaims {
  const n = p.size;
  const out: LoanClaims = { eligible: new Uint8Array(n), firstOn: new Int32Array(n), interestPaidFen: new Float64Array(n), afterLoanCapFen: new Float64Array(n), eligibleLoans: 0, repaying: 0, reasons: new Int32Array(REASON_CODES.length), totals: new FenSums(3) };
  const { repaymentStart: start, repaymentOn: on, repaymentInterestFen: interest } = p;
  for (let i = 0; i < n; i++) {
    const disbursed = p.disbursedOn[i]!;
    const countFrom = disbursed > from ? disbursed : from;
    let paid = 0; // checkSimPortfolio: ≤ 2^52 per loan, so exact
    let first = 0;
    for (let r = start[i]!, end = start[i + 1]!; r < end; r++) {
      const date = on[r]!;
      if (date < countFrom || date > to) continue;
      paid += interest[r]!;
      if (first === 0 || date < first) first = date;
    }
    out.firstOn[i] = first;
    out.interestPaidFen[i] = paid;
    if (first !== 0) out.repaying++;
    const mask = compiled.unmet(i);
    if (mask !== 0) {
      for (let bit = 0; bit < REASON_CODES.length; bit++) if (mask & (1 << bit)) out.reasons[bit]!++;
      continue;
    }
    const claim = compiled.claimFen(i, paid);
    out.eligible[i] = 1;
    out.eligibleLoans++;
    out.afterLoanCapFen[i] = claim.afterLoanCapFen;
    out.totals.add(0, paid);
    out.totals.add(1, claim.eligibleInterestFen);
    out.totals.add(2, claim.computedFen);
  }
  return out;
}

/** Loan indices by first counted repayment date (none first), then loan id — the engine's run and first_come order. */
function firstComeOrder(firstOn: Int32Array): Int32Array {
  const keys = new Float64Array(firstOn.length);
  for (let i = 0; i < firstOn.length; i++) keys[i] = firstOn[i]! * ORDER_SHIFT + i;
  keys.sort();
  const order = new Int32Array(keys.length);
  for (let k = 0; k < keys.length; k++) order[k] = keys[k]! % ORDER_SHIFT; // exact: keys < 2^51
  return order;
}

/** The per-enterprise-per-year cap, carried from an enterprise's earliest repaid loan to its next (first-come order). */
function applyEnterpriseCap(compiled: CompiledProgramme, p: SimPortfolio, afterLoanCap: Float64Array, order: Int32Array, receivedBefore: ReadonlyMap<string, bigint> | undefined): Float64Array {
  const limit = compiled.perEnterpriseYearCapFen;
  if (limit === null) return afterLoanCap;
  const received = new Float64Array(p.enterpriseIds.length); // each ≤ the limit (≤ 10^15): exact
  if (receivedBefore && receivedBefore.size) {
    const indexOf = new Map(p.enterpriseIds.map((id, i) => [id, i]));
    for (const [id, fen] of receivedBefore) {
      const e = indexOf.get(id);
      if (e !== undefined) received[e] = fen < BigInt(limit) ? Number(fen) : limit; // at the limit or above: no room either way
    }
  }
  const requested = new Float64Array(afterLoanCap.length);
  for (const i of order) {
    const ask = afterLoanCap[i]!;
    if (ask === 0) continue;
    const e = p.enterprise[i]!;
    const room = limit - received[e]!;
    const fen = ask < room ? ask : room;
    requested[i] = fen;
    received[e]! += fen;
  }
  return requested;
}
