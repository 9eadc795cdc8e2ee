// The simulator's portfolio: loans as columns (one typed array per field), so a million loans are
// a few flat arrays rather than a million objects. Texts that repeat (parks, industries, rates,
// institutions, enterprise ids) are dictionaries indexed from the columns; each rate is parsed
// once. Repayments are flat arrays sliced per loan by offsets. `simPortfolioOf` builds one from
// the full engine's `RunLoan[]` (what a caller loads from the database); `runLoansOf` goes back.
import { GRADES, type Grade } from '../../../shared/rating.ts';
import { LOAN_TYPES } from '../../../shared/marketplace.ts';
import { parseRate } from '../loans/rate.ts';
import { fail } from '../shared/errors.ts';
import type { Fraction } from './decimal.ts';
import { EXACT_LIMIT } from './simulate-exact.ts';
import type { RunLoan } from './run.ts';

/**
 * Loans as columns, loan i at index i of every per-loan array. Loans are in strictly ascending
 * loan-id order (the engine's tie-break everywhere), so a loan's index is its id's rank.
 * Dates are integers yyyymmdd (2025-04-10 → 20250410), which order as the ISO strings do.
 * Fen are integers held in doubles: repayment interest is a safe integer and each loan's interest
 * in total at most 2^52 (`checkSimPortfolio`); amounts and amounts received are only compared
 * with programme limits (at most 10^15 fen), which stays exact even for larger values.
 * The enterprise facts are per loan, as of its disbursement date, as in `RunLoan`.
 */
export interface SimPortfolio {
  /** Number of loans. */
  size: number;
  /** Strictly ascending (JavaScript string order). */
  loanIds: readonly string[];
  enterpriseIds: readonly string[];
  parkCodes: readonly string[];
  /** GB/T 4754 codes as the platform stores them ("I6513"). */
  industryCodes: readonly string[];
  institutionIds: readonly string[];
  /** Annual rates as decimal strings ("0.0520"), each parsed once. */
  rates: readonly string[];
  /** Per loan: index into enterpriseIds. */
  enterprise: Int32Array;
  /** Per loan: index into GRADES, −1 when the enterprise was not rated on the loan date. */
  grade: Int8Array;
  /** Per loan: 1 when the enterprise held a valid report on the loan date. */
  validReport: Uint8Array;
  /** Per loan: 1 when the enterprise was on the serious-dishonesty list. */
  dishonest: Uint8Array;
  park: Int32Array;
  industry: Int32Array;
  institution: Int32Array;
  /** Per loan: index into LOAN_TYPES. */
  loanType: Uint8Array;
  rate: Int32Array;
  amountFen: Float64Array;
  disbursedOn: Int32Array;
  termMonths: Int32Array;
  /** Per loan: subsidy already received under the programme in earlier periods; null: none. */
  receivedLoanFen: Float64Array | null;
  /** size + 1 offsets: loan i's repayments are [repaymentStart[i], repaymentStart[i + 1]). Any order within a loan. */
  repaymentStart: Int32Array;
  repaymentOn: Int32Array;
  repaymentInterestFen: Float64Array;
}

/** The most loans a portfolio may hold: the first-come sort key packs the index into 24 bits. */
export const MAX_SIM_LOANS = 2 ** 24;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** '2025-04-10' → 20250410; null when the text is not YYYY-MM-DD. */
export function dateKeyOf(date: string): number | null {
  const m = ISO_DATE.exec(date);
  return m === null ? null : Number(m[1]) * 10_000 + Number(m[2]) * 100 + Number(m[3]);
}

/** 20250410 → '2025-04-10'. */
export function dateOfKey(key: number): string {
  const year = Math.floor(key / 10_000);
  const month = Math.floor(key / 100) % 100;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(key % 100).padStart(2, '0')}`;
}

/** Checks the invariants the simulator relies on; throws RangeError (a portfolio is built by code, not typed by a user). */
export function checkSimPortfolio(p: SimPortfolio): void {
  const n = p.size;
  if (!Number.isInteger(n) || n < 0 || n > MAX_SIM_LOANS) throw new RangeError(`a portfolio holds 0 to ${MAX_SIM_LOANS} loans, got ${n}`);
  const perLoan = [p.loanIds, p.enterprise, p.grade, p.validReport, p.dishonest, p.park, p.industry, p.institution, p.loanType, p.rate, p.amountFen, p.disbursedOn, p.termMonths];
  if (perLoan.some((column) => column.length !== n) || (p.receivedLoanFen !== null && p.receivedLoanFen.length !== n)) throw new RangeError('every per-loan column has one entry per loan');
  if (p.repaymentStart.length !== n + 1 || p.repaymentStart[0] !== 0 || p.repaymentStart[n] !== p.repaymentOn.length || p.repaymentOn.length !== p.repaymentInterestFen.length) {
    throw new RangeError('repaymentStart holds size + 1 offsets from 0 to the number of repayments');
  }
  for (let i = 1; i < n; i++) if (!(p.loanIds[i - 1]! < p.loanIds[i]!)) throw new RangeError(`loan ids must be strictly ascending: ${p.loanIds[i - 1]} then ${p.loanIds[i]}`);
  const inRange = (column: ArrayLike<number>, size: number, min = 0) => {
    for (let i = 0; i < column.length; i++) if (!(column[i]! >= min && column[i]! < size)) return false;
    return true;
  };
  if (!inRange(p.enterprise, p.enterpriseIds.length) || !inRange(p.park, p.parkCodes.length) || !inRange(p.industry, p.industryCodes.length) || !inRange(p.institution, p.institutionIds.length)) {
    throw new RangeError('a dictionary index is out of range');
  }
  if (!inRange(p.rate, p.rates.length) || !inRange(p.loanType, LOAN_TYPES.length) || !inRange(p.grade, GRADES.length, -1)) throw new RangeError('a dictionary index is out of range');
  for (let i = 0; i < n; i++) {
    if (p.repaymentStart[i + 1]! < p.repaymentStart[i]!) throw new RangeError('repayment offsets must not decrease');
    let total = 0;
    for (let r = p.repaymentStart[i]!; r < p.repaymentStart[i + 1]!; r++) {
      const fen = p.repaymentInterestFen[r]!;
      if (!Number.isSafeInteger(fen) || fen < 0) throw fail('subsidy.repayment_invalid', { date: dateOfKey(p.repaymentOn[r]!) });
      total += fen;
    }
    if (total > EXACT_LIMIT) throw new RangeError(`loan ${p.loanIds[i]}: interest above 2^52 fen is beyond the simulator's exact range`);
  }
}

/** The portfolio's rates parsed exactly once (throws the loans' rate errors, as the engine does). */
export const parsedRates = (p: SimPortfolio): Fraction[] => p.rates.map((r) => parseRate(r));

class Dictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  of(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(value, i);
    }
    return i;
  }
}

const byLoanId = (a: RunLoan, b: RunLoan) => (a.loan.id < b.loan.id ? -1 : a.loan.id > b.loan.id ? 1 : 0);

/** The columns of a run's loans (sorted by loan id); refuses duplicate ids, malformed dates and amounts. */
export function simPortfolioOf(loans: readonly RunLoan[]): SimPortfolio {
  const sorted = [...loans].sort(byLoanId);
  const n = sorted.length;
  if (n > MAX_SIM_LOANS) throw new RangeError(`a portfolio holds at most ${MAX_SIM_LOANS} loans, got ${n}`);
  const [enterprises, parks, industries, institutions, rates] = [new Dictionary(), new Dictionary(), new Dictionary(), new Dictionary(), new Dictionary()];
  const repayments = sorted.reduce((sum, l) => sum + l.repayments.length, 0);
  const p: SimPortfolio = {
    size: n,
    loanIds: sorted.map((l) => l.loan.id),
    enterpriseIds: enterprises.values,
    parkCodes: parks.values,
    industryCodes: industries.values,
    institutionIds: institutions.values,
    rates: rates.values,
    ...loanColumns(n),
    receivedLoanFen: sorted.some((l) => l.receivedLoanFen !== undefined && l.receivedLoanFen !== 0n) ? new Float64Array(n) : null,
    repaymentStart: new Int32Array(n + 1),
    repaymentOn: new Int32Array(repayments),
    repaymentInterestFen: new Float64Array(repayments),
  };
  let r = 0;
  sorted.forEach(({ enterprise: e, loan, repayments: rs, receivedLoanFen }, i) => {
    if (i > 0 && sorted[i - 1]!.loan.id === loan.id) throw new RangeError(`loan ${loan.id} is given twice`);
    const disbursed = dateKeyOf(loan.disbursedOn);
    if (disbursed === null) throw new RangeError(`loan ${loan.id}: disbursedOn must be YYYY-MM-DD, got ${loan.disbursedOn}`);
    if (typeof loan.amountFen !== 'bigint' || loan.amountFen < 0n) throw new RangeError(`loan ${loan.id}: amountFen must be a non-negative bigint`);
    p.enterprise[i] = enterprises.of(e.enterpriseId);
    const grade = e.gradeAtLoanDate === null ? -1 : GRADES.indexOf(e.gradeAtLoanDate);
    const loanType = LOAN_TYPES.indexOf(loan.loanType);
    if ((grade < 0 && e.gradeAtLoanDate !== null) || loanType < 0) throw new RangeError(`loan ${loan.id}: unknown grade or loan type`);
    p.grade[i] = grade;
    p.validReport[i] = e.hasValidReportOnLoanDate ? 1 : 0;
    p.dishonest[i] = e.dishonest ? 1 : 0;
    p.park[i] = parks.of(e.parkCode);
    p.industry[i] = industries.of(e.industryCode);
    p.institution[i] = institutions.of(loan.institutionId);
    p.loanType[i] = loanType;
    p.rate[i] = rates.of(loan.annualRate);
    p.amountFen[i] = Number(loan.amountFen); // compared only with limits ≤ 10^15: exact where it matters
    p.disbursedOn[i] = disbursed;
    p.termMonths[i] = loan.termMonths;
    if (p.receivedLoanFen) p.receivedLoanFen[i] = Number(receivedLoanFen ?? 0n);
    for (const { date, interestFen } of rs) {
      const on = dateKeyOf(date);
      if (on === null || typeof interestFen !== 'bigint' || interestFen < 0n || interestFen > BigInt(Number.MAX_SAFE_INTEGER)) throw fail('subsidy.repayment_invalid', { date: String(date) });
      p.repaymentOn[r] = on;
      p.repaymentInterestFen[r++] = Number(interestFen);
    }
    p.repaymentStart[i + 1] = r;
  });
  checkSimPortfolio(p);
  return p;
}

/** The portfolio's loans as the full engine takes them (for checks against runInterestSubsidy and small exports). */
export function runLoansOf(p: SimPortfolio): RunLoan[] {
  const out: RunLoan[] = [];
  for (let i = 0; i < p.size; i++) {
    const repayments = [];
    for (let r = p.repaymentStart[i]!; r < p.repaymentStart[i + 1]!; r++) repayments.push({ date: dateOfKey(p.repaymentOn[r]!), interestFen: BigInt(p.repaymentInterestFen[r]!) });
    const grade = p.grade[i]!;
    out.push({
      enterprise: {
        enterpriseId: p.enterpriseIds[p.enterprise[i]!]!,
        gradeAtLoanDate: grade < 0 ? null : (GRADES[grade] as Grade),
        hasValidReportOnLoanDate: p.validReport[i] === 1,
        industryCode: p.industryCodes[p.industry[i]!]!,
        parkCode: p.parkCodes[p.park[i]!]!,
        dishonest: p.dishonest[i] === 1,
      },
      loan: {
        id: p.loanIds[i]!,
        amountFen: BigInt(p.amountFen[i]!),
        annualRate: p.rates[p.rate[i]!]!,
        disbursedOn: dateOfKey(p.disbursedOn[i]!),
        termMonths: p.termMonths[i]!,
        loanType: LOAN_TYPES[p.loanType[i]!]!,
        institutionId: p.institutionIds[p.institution[i]!]!,
      },
      repayments,
      ...(p.receivedLoanFen ? { receivedLoanFen: BigInt(p.receivedLoanFen[i]!) } : {}),
    });
  }
  return out;
}

/** The per-loan columns of a portfolio of n loans, zeroed, to be filled. */
export function loanColumns(n: number) {
  return {
    enterprise: new Int32Array(n),
    grade: new Int8Array(n),
    validReport: new Uint8Array(n),
    dishonest: new Uint8Array(n),
    park: new Int32Array(n),
    industry: new Int32Array(n),
    institution: new Int32Array(n),
    loanType: new Uint8Array(n),
    rate: new Int32Array(n),
    amountFen: new Float64Array(n),
    disbursedOn: new Int32Array(n),
    termMonths: new Int32Array(n),
  };
}
