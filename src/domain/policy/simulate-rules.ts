// A programme compiled against one portfolio, for the simulator: every list rule (parks,
// industries, institutions, loan types) decided once per dictionary entry, limits as numbers,
// the share and the rate cap as reduced integer fractions, and the LPR looked up once per
// distinct disbursement date. What each loan then costs is a few comparisons and, when its rate is
// above the cap, one exact multiply-and-divide (simulate-exact.ts), with bigint only past 2^52.
import type { WorkingCalendar } from '../calendar/calendar.ts';
import { fixingInForce, rateOfTenor, type LprFixing } from '../loans/lpr.ts';
import { fail } from '../shared/errors.ts';
import { GRADES } from '../../../shared/rating.ts';
import { LOAN_TYPES } from '../../../shared/marketplace.ts';
import { compareFractions, parseDecimal, type Fraction } from './decimal.ts';
import { lprRateValue } from './interest-subsidy.ts';
import { parksOf } from './overlap.ts';
import type { LprRate, Programme } from './programme.ts';
import { exactProduct, floorDiv, smallOf } from './simulate-exact.ts';
import { dateOfKey, type SimPortfolio } from './simulate-portfolio.ts';

/** The codes of unmet rules, in the order the engine lists them (bit i of a loan's mask is code i). */
export const REASON_CODES = [
  'subsidy.loan_outside_period',
  'subsidy.not_rated',
  'subsidy.grade_below',
  'subsidy.no_valid_report',
  'subsidy.industry_not_listed',
  'subsidy.park_not_listed',
  'subsidy.dishonest',
  'subsidy.loan_type_not_listed',
  'subsidy.institution_not_listed',
  'subsidy.amount_below_min',
  'subsidy.amount_above_max',
  'subsidy.term_above_max',
  'subsidy.rate_above_max',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

const [OUTSIDE, NOT_RATED, GRADE_BELOW, NO_REPORT, INDUSTRY, PARK, DISHONEST, LOAN_TYPE, INSTITUTION, BELOW_MIN, ABOVE_MAX, TERM, RATE] = REASON_CODES.map((_, i) => 1 << i) as number[] as [number, number, number, number, number, number, number, number, number, number, number, number, number];

/** An exact fraction m / d reduced, as doubles when both are ≤ 2^52 (else NaN) and as bigints. */
interface Ratio {
  m: number;
  d: number;
  bm: bigint;
  bd: bigint;
}

function ratio(numerator: bigint, denominator: bigint): Ratio {
  const g = gcd(numerator, denominator);
  const [bm, bd] = [numerator / g, denominator / g];
  const [m, d] = [smallOf(bm), smallOf(bd)];
  return Number.isNaN(m) || Number.isNaN(d) ? { m: NaN, d: NaN, bm, bd } : { m, d, bm, bd };
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

/** floor(fen × r) exactly; fen ≤ 2^52 and r ≤ 1, so the result is a double too. */
function timesRatio(fen: number, r: Ratio): number {
  const product = Number.isNaN(r.m) ? NaN : exactProduct(fen, r.m);
  return Number.isNaN(product) ? Number((BigInt(fen) * r.bm) / r.bd) : floorDiv(product, r.d);
}

/** `null` when the list is empty (any value passes), else 1 per dictionary entry that passes. */
function passes(values: readonly string[], test: ((value: string) => boolean) | null): Uint8Array | null {
  if (test === null) return null;
  return Uint8Array.from(values, (v) => (test(v) ? 1 : 0));
}

const limitOf = (fen: bigint | null, none: number) => (fen === null ? none : Number(fen)); // schema: ≤ 10^15, exact

export class CompiledProgramme {
  private readonly validFrom: number;
  private readonly validTo: number;
  private readonly minGrade: number;
  private readonly industryOk: Uint8Array | null;
  private readonly parkOk: Uint8Array | null;
  private readonly loanTypeOk: Uint8Array | null;
  private readonly institutionOk: Uint8Array | null;
  private readonly minAmount: number;
  private readonly maxAmount: number;
  private readonly maxTerm: number;
  private readonly share: Ratio;
  readonly perLoanCapFen: number | null;
  readonly perEnterpriseYearCapFen: number | null;
  private readonly lpr: LprLookup;

  constructor(
    readonly programme: Programme,
    private readonly p: SimPortfolio,
    rates: readonly Fraction[],
    lprFixings: Iterable<LprFixing>,
    calendar: WorkingCalendar,
  ) {
    const { eligibility: e, loanRules: l } = programme;
    const key = (date: string) => Number(date.replace(/-/g, ''));
    [this.validFrom, this.validTo] = [key(programme.validFrom), key(programme.validTo)];
    this.minGrade = e.minGrade === null ? -1 : GRADES.indexOf(e.minGrade);
    this.industryOk = passes(p.industryCodes, e.industryPrefixes.length ? (code) => e.industryPrefixes.some((prefix) => code.startsWith(prefix)) : null);
    const parks = parksOf(programme);
    this.parkOk = passes(p.parkCodes, parks === null ? null : (code) => parks.includes(code));
    this.loanTypeOk = passes(LOAN_TYPES, l.loanTypes.length ? (t) => (l.loanTypes as readonly string[]).includes(t) : null);
    this.institutionOk = passes(p.institutionIds, l.institutionIds.length ? (id) => l.institutionIds.includes(id) : null);
    this.minAmount = limitOf(l.minAmountFen, -Infinity);
    this.maxAmount = limitOf(l.maxAmountFen, Infinity);
    this.maxTerm = l.maxTermMonths ?? Infinity;
    const share = parseDecimal(programme.formula.share)!;
    this.share = ratio(share.numerator, share.denominator);
    this.perLoanCapFen = programme.caps.perLoanFen === null ? null : Number(programme.caps.perLoanFen);
    this.perEnterpriseYearCapFen = programme.caps.perEnterprisePerYearFen === null ? null : Number(programme.caps.perEnterprisePerYearFen);
    this.lpr = new LprLookup(programme, p, rates, lprFixings, calendar);
  }

  /** The unmet rules of loan i as a bit mask over REASON_CODES; 0 when it is eligible. */
  unmet(i: number): number {
    const p = this.p;
    let mask = 0;
    const on = p.disbursedOn[i]!;
    if (on < this.validFrom || on > this.validTo) mask |= OUTSIDE;
    if (this.minGrade >= 0) {
      const grade = p.grade[i]!;
      if (grade < 0) mask |= NOT_RATED;
      else if (grade > this.minGrade) mask |= GRADE_BELOW;
    }
    if (this.programme.eligibility.requiresValidReport && p.validReport[i] === 0) mask |= NO_REPORT;
    if (this.industryOk !== null && this.industryOk[p.industry[i]!] === 0) mask |= INDUSTRY;
    if (this.parkOk !== null && this.parkOk[p.park[i]!] === 0) mask |= PARK;
    if (this.programme.eligibility.excludeDishonest && p.dishonest[i] === 1) mask |= DISHONEST;
    if (this.loanTypeOk !== null && this.loanTypeOk[p.loanType[i]!] === 0) mask |= LOAN_TYPE;
    if (this.institutionOk !== null && this.institutionOk[p.institution[i]!] === 0) mask |= INSTITUTION;
    const amount = p.amountFen[i]!;
    if (amount < this.minAmount) mask |= BELOW_MIN;
    if (amount > this.maxAmount) mask |= ABOVE_MAX;
    if (p.termMonths[i]! > this.maxTerm) mask |= TERM;
    if (this.lpr.aboveMaxRate(i)) mask |= RATE;
    return mask;
  }

  /** An eligible loan's subsidy before the per-enterprise cap: interest at most at the capped rate, the share, the per-loan cap. */
  claimFen(i: number, interestPaidFen: number): { eligibleInterestFen: number; computedFen: number; afterLoanCapFen: number } {
    const eligibleInterestFen = this.lpr.eligibleInterest(i, interestPaidFen);
    const computedFen = timesRatio(eligibleInterestFen, this.share);
    let afterLoanCapFen = computedFen;
    if (this.perLoanCapFen !== null) {
      const already = this.p.receivedLoanFen === null ? 0 : this.p.receivedLoanFen[i]!;
      const room = this.perLoanCapFen > already ? this.perLoanCapFen - already : 0;
      if (room < afterLoanCapFen) afterLoanCapFen = room;
    }
    return { eligibleInterestFen, computedFen, afterLoanCapFen };
  }
}

/** The rate cap and the maximum loan rate at each loan's disbursement date, memoised per date and per (fixing, loan rate). */
class LprLookup {
  private readonly fixings: LprFixing[];
  private readonly fixingAtDate = new Map<number, number>();
  private readonly fixingList: LprFixing[] = [];
  private readonly fixingIndex = new Map<LprFixing, number>();
  private readonly caps: (Fraction | undefined)[] = [];
  private readonly maxes: (Fraction | undefined)[] = [];
  private readonly capPairs = new Map<number, Ratio | null>();
  private readonly maxPairs = new Map<number, boolean>();

  constructor(
    private readonly programme: Programme,
    private readonly p: SimPortfolio,
    private readonly rates: readonly Fraction[],
    lprFixings: Iterable<LprFixing>,
    private readonly calendar: WorkingCalendar,
  ) {
    this.fixings = [...lprFixings]; // read once; fixingInForce indexes them by month per distinct date
  }

  /** The fixing in force on loan i's disbursement date (index into fixingList); throws subsidy.lpr_missing as the engine does. */
  private fixingOf(i: number): number {
    const on = this.p.disbursedOn[i]!;
    let index = this.fixingAtDate.get(on);
    if (index === undefined) {
      const choice = fixingInForce(dateOfKey(on), this.fixings, this.calendar);
      if (!choice.ok) throw fail('subsidy.lpr_missing', { month: choice.missing.month, dueOn: choice.missing.dueOn });
      index = this.fixingIndex.get(choice.fixing);
      if (index === undefined) {
        index = this.fixingList.push(choice.fixing) - 1;
        this.fixingIndex.set(choice.fixing, index);
      }
      this.fixingAtDate.set(on, index);
    }
    return index;
  }

  private rateAt(rate: LprRate, fixing: number, memo: (Fraction | undefined)[]): Fraction {
    let value = memo[fixing];
    if (value === undefined) {
      value = lprRateValue(rate, rateOfTenor(this.fixingList[fixing]!, rate.base === 'lpr5y' ? '5y' : '1y')).rate;
      memo[fixing] = value;
    }
    return value;
  }

  aboveMaxRate(i: number): boolean {
    const maxRate = this.programme.loanRules.maxRate;
    if (maxRate === null) return false;
    const fixing = this.fixingOf(i);
    const key = fixing * this.rates.length + this.p.rate[i]!;
    let above = this.maxPairs.get(key);
    if (above === undefined) {
      above = compareFractions(this.rates[this.p.rate[i]!]!, this.rateAt(maxRate, fixing, this.maxes)) > 0;
      this.maxPairs.set(key, above);
    }
    return above;
  }

  /** Interest paid, or paid × cap / loan rate rounded down when the loan's rate is above the cap. */
  eligibleInterest(i: number, paidFen: number): number {
    const rateCap = this.programme.formula.rateCap;
    if (rateCap === null) return paidFen;
    const fixing = this.fixingOf(i);
    const key = fixing * this.rates.length + this.p.rate[i]!;
    let pair = this.capPairs.get(key);
    if (pair === undefined) {
      const cap = this.rateAt(rateCap, fixing, this.caps);
      const loanRate = this.rates[this.p.rate[i]!]!;
      // applies only when loanRate > cap ≥ 0, so the loan rate's numerator is positive
      pair = compareFractions(loanRate, cap) > 0 ? ratio(cap.numerator * loanRate.denominator, cap.denominator * loanRate.numerator) : null;
      this.capPairs.set(key, pair);
    }
    return pair === null ? paidFen : timesRatio(paidFen, pair);
  }
}
