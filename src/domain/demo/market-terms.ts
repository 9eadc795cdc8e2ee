// Building blocks of demo products: amounts in 万元, terms for loans, cover (guarantee and
// insurance) and equity, rules written the way an officer would type them.
import type { LoanType, ProductPreferences, ProductTerms, RepaymentMethod, SecurityKind } from '../marketplace/products.ts';
import type { EligibilityRule } from '../marketplace/rules.ts';
import type { Random } from './random.ts';

const FEN_PER_WAN = 1_000_000n; // 1万元 = 10,000 yuan = 1,000,000 fen

export const wanToFen = (wan: number): bigint => BigInt(Math.round(wan)) * FEN_PER_WAN;

/** Spreads are quoted in whole 5bp steps. */
export const bp5 = (bp: number): number => Math.round(bp / 5) * 5;

/** A draw of `min` … `max` rounded to `step`. */
export const stepped = (rng: Random, min: number, max: number, step: number): number => Math.round(rng.float(min, max) / step) * step;

export const gte = (fact: string, value: number | string): EligibilityRule => ({ fact, op: 'gte', value });
export const lte = (fact: string, value: number | string): EligibilityRule => ({ fact, op: 'lte', value });
export const oneOf = (fact: string, values: string[]): EligibilityRule => ({ fact, op: 'in', values });

export const NO_PREFERENCES: ProductPreferences = { industries: [], stages: [], regions: [], thesis: '' };

export interface LoanShape {
  amountWan: readonly [number, number];
  months: readonly [number, number];
  spreadBp: readonly [number, number];
  repayment: RepaymentMethod[];
  security: SecurityKind[];
  turnaroundDays: number;
}

export function loanTerms(s: LoanShape): ProductTerms {
  return {
    amountMinFen: wanToFen(s.amountWan[0]),
    amountMaxFen: wanToFen(s.amountWan[1]),
    termMinMonths: s.months[0],
    termMaxMonths: s.months[1],
    rate: { lprTenor: '1y', spreadMinBp: s.spreadBp[0], spreadMaxBp: s.spreadBp[1] },
    feeRate: null,
    coverRatio: null,
    repaymentMethods: s.repayment,
    security: s.security,
    turnaroundDays: s.turnaroundDays,
    eligibleLoanTypes: [],
  };
}

export interface CoverShape {
  amountWan: readonly [number, number];
  months: readonly [number, number];
  feeRate: number;
  coverRatio: number;
  security: SecurityKind[];
  turnaroundDays: number;
  eligibleLoanTypes: LoanType[];
}

/** Guarantees and insurance: a yearly fee or premium and the share of the loss covered. */
export function coverTerms(s: CoverShape): ProductTerms {
  return {
    amountMinFen: wanToFen(s.amountWan[0]),
    amountMaxFen: wanToFen(s.amountWan[1]),
    termMinMonths: s.months[0],
    termMaxMonths: s.months[1],
    rate: null,
    feeRate: Math.round(s.feeRate * 1000) / 1000,
    coverRatio: Math.round(s.coverRatio * 20) / 20,
    repaymentMethods: [],
    security: s.security,
    turnaroundDays: s.turnaroundDays,
    eligibleLoanTypes: s.eligibleLoanTypes,
  };
}

/** An investor's ticket: no term, no rate, no security. */
export function equityTerms(ticketWan: readonly [number, number], turnaroundDays: number): ProductTerms {
  return {
    amountMinFen: wanToFen(ticketWan[0]),
    amountMaxFen: wanToFen(ticketWan[1]),
    termMinMonths: null,
    termMaxMonths: null,
    rate: null,
    feeRate: null,
    coverRatio: null,
    repaymentMethods: [],
    security: ['none'],
    turnaroundDays,
    eligibleLoanTypes: [],
  };
}
