// The simulator's totals by park, industry, grade and month, and the enterprises it reaches.
// Industry is the GB/T 4754 division — section letter and two digits ("I65" for I6513): fine
// enough to tell software from semiconductors, coarse enough to read; a code shorter than a
// division is its own key. Month is the month of the claim's first counted repayment — the date
// first_come queues a claim by, so the cumulative grants by month show when the budget runs out.
import { GRADES } from '../../../shared/rating.ts';
import { FenSums } from './simulate-exact.ts';
import type { SimPortfolio } from './simulate-portfolio.ts';

/** One group's figures; money in fen. */
export interface BreakdownRow {
  /** Park code, industry division ("I65"), grade ("AAA"… or "unrated"), or month (YYYY-MM). */
  key: string;
  /** Loans in the group (by month: loans whose first counted repayment falls in it). */
  loans: number;
  eligibleLoans: number;
  /** Interest counted in the period on the group's eligible loans. */
  interestPaidFen: bigint;
  /** After every cap, before the budget. */
  requestedFen: bigint;
  grantedFen: bigint;
}

export interface SimulationBreakdowns {
  /** By park code, sorted by code. */
  byPark: BreakdownRow[];
  /** By GB/T 4754 division, sorted by key. */
  byIndustry: BreakdownRow[];
  /** Best grade first, "unrated" last. */
  byGrade: BreakdownRow[];
  /** By month of the first counted repayment, oldest first; loans with no counted repayment have no month. */
  byMonth: BreakdownRow[];
}

interface ClaimColumns {
  eligible: Uint8Array;
  firstOn: Int32Array;
  interestPaidFen: Float64Array;
}

/** "I6513" → "I65"; shorter or unusual codes stay as they are. */
export const industryDivisionOf = (code: string): string => (/^[A-T]\d{2}/.test(code) ? code.slice(0, 3) : code);

class Tally {
  readonly loans: Int32Array;
  readonly eligible: Int32Array;
  readonly fen: FenSums; // per group: interest paid, requested, granted

  constructor(readonly keys: readonly string[]) {
    this.loans = new Int32Array(keys.length);
    this.eligible = new Int32Array(keys.length);
    this.fen = new FenSums(keys.length * 3);
  }

  add(g: number, eligible: boolean, paid: number, requested: number, granted: number): void {
    this.loans[g]!++;
    if (!eligible) return;
    this.eligible[g]!++;
    this.fen.add(g * 3, paid);
    if (requested > 0) this.fen.add(g * 3 + 1, requested);
    if (granted > 0) this.fen.add(g * 3 + 2, granted);
  }

  rows(order: (a: string, b: string) => number = () => 0): BreakdownRow[] {
    const rows: BreakdownRow[] = [];
    this.keys.forEach((key, g) => {
      if (this.loans[g]! > 0) rows.push({ key, loans: this.loans[g]!, eligibleLoans: this.eligible[g]!, interestPaidFen: this.fen.get(g * 3), requestedFen: this.fen.get(g * 3 + 1), grantedFen: this.fen.get(g * 3 + 2) });
    });
    return rows.sort((a, b) => order(a.key, b.key));
  }
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function monthsOf(period: { from: string; to: string }): { first: number; keys: string[] } {
  const index = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  const [first, last] = [index(period.from), index(period.to)];
  const keys: string[] = [];
  for (let m = first; m <= last; m++) keys.push(`${String(Math.floor(m / 12)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}`);
  return { first, keys };
}

export function breakdowns(p: SimPortfolio, period: { from: string; to: string }, claims: ClaimColumns, requested: Float64Array, granted: Float64Array, detail: boolean) {
  const divisions = new Map<string, number>();
  const divisionOfIndustry = Int32Array.from(p.industryCodes, (code) => {
    const division = industryDivisionOf(code);
    if (!divisions.has(division)) divisions.set(division, divisions.size);
    return divisions.get(division)!;
  });
  const months = monthsOf(period);
  const tallies = { park: new Tally(p.parkCodes), industry: new Tally([...divisions.keys()]), grade: new Tally([...GRADES, 'unrated']), month: new Tally(months.keys) };
  const enterprise = new Uint8Array(p.enterpriseIds.length); // bits: 1 has a loan, 2 an eligible loan, 4 a grant
  const perEnterprise = detail ? new FenSums(p.enterpriseIds.length) : null;
  for (let i = 0; i < p.size; i++) {
    const eligible = claims.eligible[i] === 1;
    const [paid, ask, grant] = [claims.interestPaidFen[i]!, requested[i]!, granted[i]!];
    tallies.park.add(p.park[i]!, eligible, paid, ask, grant);
    tallies.industry.add(divisionOfIndustry[p.industry[i]!]!, eligible, paid, ask, grant);
    tallies.grade.add(p.grade[i]! < 0 ? GRADES.length : p.grade[i]!, eligible, paid, ask, grant);
    const first = claims.firstOn[i]!;
    if (first !== 0) {
      const month = Math.floor(first / 10_000) * 12 + (Math.floor(first / 100) % 100) - 1;
      tallies.month.add(month - months.first, eligible, paid, ask, grant);
    }
    const e = p.enterprise[i]!;
    enterprise[e]! |= 1 | (eligible ? 2 : 0) | (grant > 0 ? 4 : 0);
    if (perEnterprise && grant > 0) perEnterprise.add(e, grant);
  }
  const count = (bit: number) => enterprise.reduce((n, flags) => n + (flags & bit ? 1 : 0), 0);
  return {
    counts: { enterprises: count(1), enterprisesEligible: count(2), enterprisesReached: count(4) },
    byPark: tallies.park.rows(byText),
    byIndustry: tallies.industry.rows(byText),
    byGrade: tallies.grade.rows(),
    byMonth: tallies.month.rows(),
    detail: perEnterprise ? { loanGrantedFen: granted, enterpriseGrantedFen: new Map(p.enterpriseIds.flatMap((id, e) => (perEnterprise.any(e) ? [[id, perEnterprise.get(e)] as const] : []))) } : null,
  };
}
