// A synthetic loan portfolio for the simulator (and its benchmark), deterministic from a seed:
// enterprises in the demo parks (zhangjiang, zizhu, qingdao) with their industry mixes, a spread of
// grades, reports and a few dishonest firms; loans of ¥1m–¥10m at the 1-year LPR plus a spread,
// 12 to 60 months, paying interest monthly. Only the repayments from a month before the claim
// period to its end are generated (earlier ones never count), so a million loans stay small.
import { GRADES, type Grade } from '../../../shared/rating.ts';
import { LOAN_TYPES, type LoanType } from '../../../shared/marketplace.ts';
import { PARK_SPECS } from '../demo/parks.ts';
import { createRandom } from '../demo/random.ts';
import { floorDiv } from './simulate-exact.ts';
import { dateKeyOf, loanColumns, MAX_SIM_LOANS, type SimPortfolio } from './simulate-portfolio.ts';

export interface SyntheticOptions {
  /** The claim period the repayments are generated for; 2025-01-01 to 2025-12-31 when absent. */
  period?: { from: string; to: string };
  /** Disbursements fall between these dates (inclusive); from 2024-01-01 to the period's end when absent. */
  disbursedFrom?: string;
  disbursedTo?: string;
  /** The 1-year LPR the loan rates are drawn around (four places); "0.0310" when absent. */
  lprOneYear?: string;
}

const GRADE_WEIGHTS: readonly (readonly [Grade | null, number])[] = [['AAA', 4], ['AA', 10], ['A', 20], ['BBB', 26], ['BB', 18], ['B', 10], ['CCC', 4], ['CC', 1.5], ['C', 0.5], [null, 6]];
const LOANS_PER_ENTERPRISE: readonly (readonly [number, number])[] = [[1, 60], [2, 25], [3, 10], [4, 5]];
const TERMS: readonly (readonly [number, number])[] = [[12, 45], [24, 25], [36, 20], [60, 10]];
const LOAN_TYPE_WEIGHTS: readonly (readonly [LoanType, number])[] = [['credit', 40], ['ip_pledge', 20], ['innovation_points', 8], ['equity_incentive', 4], ['receivables', 12], ['order_financing', 10], ['investment_loan_linkage', 6]];
const INSTITUTIONS = Array.from({ length: 12 }, (_, i) => `bank-${String(i + 1).padStart(2, '0')}`);

/** Days since 1970-01-01 of a civil date (proleptic Gregorian), by integer arithmetic. */
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** The civil date of a day number, as a date key yyyymmdd. */
function dateKeyOfDay(z0: number): number {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return (yoe + era * 400 + (m <= 2 ? 1 : 0)) * 10_000 + m * 100 + d;
}

const dayOfKey = (key: number) => dayNumber(Math.floor(key / 10_000), Math.floor(key / 100) % 100, key % 100);
const monthIndexOfKey = (key: number) => Math.floor(key / 10_000) * 12 + (Math.floor(key / 100) % 100) - 1;

function keyOrThrow(date: string, name: string): number {
  const key = dateKeyOf(date);
  if (key === null) throw new RangeError(`${name} must be YYYY-MM-DD, got ${date}`);
  return key;
}

/** `size` loans, the same for the same seed and options. */
export function syntheticPortfolio(seed: number, size: number, options: SyntheticOptions = {}): SimPortfolio {
  if (!Number.isInteger(size) || size < 0 || size > MAX_SIM_LOANS) throw new RangeError(`size must be an integer from 0 to ${MAX_SIM_LOANS}, got ${size}`);
  const period = options.period ?? { from: '2025-01-01', to: '2025-12-31' };
  const [periodFrom, periodTo] = [keyOrThrow(period.from, 'period.from'), keyOrThrow(period.to, 'period.to')];
  const disbursedFrom = dayOfKey(keyOrThrow(options.disbursedFrom ?? '2024-01-01', 'disbursedFrom'));
  const disbursedTo = dayOfKey(keyOrThrow(options.disbursedTo ?? period.to, 'disbursedTo'));
  const lprBp = Number((options.lprOneYear ?? '0.0310').replace('.', '')); // "0.0310" → 310 bp
  if (!Number.isInteger(lprBp) || disbursedTo < disbursedFrom) throw new RangeError('lprOneYear must have four places and disbursedFrom precede disbursedTo');
  const random = createRandom(seed);
  const industryCodes = [...new Set(PARK_SPECS.flatMap((s) => s.industryMix.map(([code]) => code)))];
  const industryIndex = new Map(industryCodes.map((code, i) => [code, i]));
  const rateIndex = new Map<number, number>();
  const rates: string[] = [];
  const enterpriseIds: string[] = [];
  const p = emptyPortfolio(size, { enterpriseIds, parkCodes: PARK_SPECS.map((s) => s.code), industryCodes, institutionIds: INSTITUTIONS, rates });
  const facts = { park: 0, industry: 0, grade: 0, validReport: 0, dishonest: 0 }; // the current enterprise's
  const parks = PARK_SPECS.map((s, i) => [i, s.share] as const);
  let loansLeft = 0;
  for (let i = 0; i < size; i++) {
    if (loansLeft === 0) {
      loansLeft = random.weighted(LOANS_PER_ENTERPRISE);
      enterpriseIds.push(`ent-${String(enterpriseIds.length + 1).padStart(8, '0')}`);
      const park = random.weighted(parks);
      const grade = random.weighted(GRADE_WEIGHTS);
      Object.assign(facts, { park, industry: industryIndex.get(random.weighted(PARK_SPECS[park]!.industryMix))!, grade: grade === null ? -1 : GRADES.indexOf(grade), validReport: random.chance(grade === null ? 0.3 : 0.85) ? 1 : 0, dishonest: random.chance(0.004) ? 1 : 0 });
    }
    loansLeft--;
    p.enterprise[i] = enterpriseIds.length - 1;
    [p.park[i], p.industry[i], p.grade[i], p.validReport[i], p.dishonest[i]] = [facts.park, facts.industry, facts.grade, facts.validReport, facts.dishonest];
    p.institution[i] = random.int(0, INSTITUTIONS.length - 1);
    p.loanType[i] = LOAN_TYPES.indexOf(random.weighted(LOAN_TYPE_WEIGHTS));
    const u = random.next();
    p.amountFen[i] = (100 + Math.floor(900 * u * u)) * 1_000_000; // ¥1m–¥10m in steps of ¥10,000, most loans small
    const spreadBp = Math.max(-50, Math.min(300, Math.round(random.normal(80, 70) / 5) * 5));
    const rateBp = lprBp + spreadBp;
    let r = rateIndex.get(rateBp);
    if (r === undefined) {
      r = rates.push(`0.${String(rateBp).padStart(4, '0')}`) - 1;
      rateIndex.set(rateBp, r);
    }
    p.rate[i] = r;
    p.disbursedOn[i] = dateKeyOfDay(random.int(disbursedFrom, disbursedTo));
    p.termMonths[i] = random.weighted(TERMS);
  }
  fillRepayments(p, rates, periodFrom, periodTo);
  return p;
}

function emptyPortfolio(n: number, dictionaries: Pick<SimPortfolio, 'enterpriseIds' | 'parkCodes' | 'industryCodes' | 'institutionIds' | 'rates'>): SimPortfolio {
  return {
    size: n,
    loanIds: Array.from({ length: n }, (_, i) => `loan-${String(i + 1).padStart(8, '0')}`),
    ...dictionaries,
    ...loanColumns(n),
    receivedLoanFen: null,
    repaymentStart: new Int32Array(n + 1),
    repaymentOn: new Int32Array(0),
    repaymentInterestFen: new Float64Array(0),
  };
}

/** Interest-only monthly repayments on the disbursement day (at most the 28th), from a month before the period to its end or maturity. */
function fillRepayments(p: SimPortfolio, rates: readonly string[], periodFrom: number, periodTo: number): void {
  const [firstMonth, lastMonth] = [monthIndexOfKey(periodFrom) - 1, monthIndexOfKey(periodTo)];
  const span = (i: number): [number, number] => {
    const disbursedMonth = monthIndexOfKey(p.disbursedOn[i]!);
    return [Math.max(disbursedMonth + 1, firstMonth), Math.min(disbursedMonth + p.termMonths[i]!, lastMonth)];
  };
  for (let i = 0; i < p.size; i++) {
    const [from, to] = span(i);
    p.repaymentStart[i + 1] = p.repaymentStart[i]! + Math.max(0, to - from + 1);
  }
  const total = p.repaymentStart[p.size]!;
  const on = new Int32Array(total);
  const interest = new Float64Array(total);
  const rateBp = rates.map((r) => Number(r.replace('.', '')));
  for (let i = 0, k = 0; i < p.size; i++) {
    const [from, to] = span(i);
    const day = Math.min(p.disbursedOn[i]! % 100, 28);
    // amount ≤ 10^9 fen × rate ≤ 10^4 bp stays far below 2^52: floorDiv is exact
    const monthly = floorDiv(p.amountFen[i]! * rateBp[p.rate[i]!]!, 12 * 10_000);
    for (let m = from; m <= to; m++, k++) {
      on[k] = Math.floor(m / 12) * 10_000 + ((m % 12) + 1) * 100 + day;
      interest[k] = monthly;
    }
  }
  p.repaymentOn = on;
  p.repaymentInterestFen = interest;
}
