import { describe, expect, it } from 'vitest';
import type { TrailStep } from '../../domain/policy/trail.ts';
import { encodeTrail, storedTrail, trailOf } from './trail-store.ts';

const interestTrail: TrailStep[] = [
  { step: 'repayment', date: '2025-04-10', interestFen: 400_000n },
  { step: 'repayment_not_counted', date: '2026-01-10', interestFen: 99_999n, from: '2025-03-10', to: '2025-12-31' },
  { step: 'interest_paid', repayments: 1, interestFen: 400_000n },
  { step: 'lpr', base: 'lpr1y', month: '2025-02', publishedOn: '2025-02-20', rate: '0.0310' },
  { step: 'rate_cap', base: 'lpr1y', lprRate: '0.0310', times: '1.4', plusBp: 0, capRate: '0.0434', loanRate: '0.052', applies: true },
  { step: 'eligible_interest', interestPaidFen: 400_000n, capRate: '0.0434', loanRate: '0.052', eligibleInterestFen: 333_846n, rounding: 'down' },
  { step: 'share', share: '0.5', eligibleInterestFen: 333_846n, subsidyFen: 166_923n, rounding: 'down' },
  { step: 'cap', cap: 'per_enterprise_year', limitFen: 30_000_000n, alreadyFen: 0n, roomFen: 30_000_000n, beforeFen: 166_923n, afterFen: 166_923n },
  { step: 'budget', rule: 'first_come', outcome: 'in_full', requestedFen: 166_923n, grantedFen: 166_923n, budgetLeftBeforeFen: 9_007_199_254_740_993n, budgetLeftAfterFen: 9_007_199_254_574_070n },
  { step: 'budget', rule: 'pro_rata', outcome: 'pro_rata', requestedFen: 5n, grantedFen: 3n, budgetLeftBeforeFen: 3n, budgetLeftAfterFen: 0n, budgetFen: 3n, requestedTotalFen: 10n, remainderFen: 1n },
  { step: 'ineligible', reasons: ['subsidy.grade_below_minimum', 'subsidy.no_valid_report'] },
];

describe('stored calculation trails', () => {
  it('reads back every step as the object it was, to the fen, fen beyond 2^53 included', () => {
    expect(trailOf(JSON.parse(encodeTrail(interestTrail)))).toEqual(interestTrail);
    expect(trailOf(storedTrail(interestTrail))).toEqual(interestTrail);
    // same key order, so the API prints each step as before
    expect(trailOf(storedTrail(interestTrail)).map((s) => Object.keys(s))).toEqual(interestTrail.map((s) => Object.keys(s)));
  });

  it('stores known steps as arrays in a fixed order, without their keys', () => {
    expect(JSON.parse(encodeTrail(interestTrail.slice(0, 1)))).toEqual([['repayment', '2025-04-10', 400000]]);
    expect(JSON.parse(encodeTrail(interestTrail.slice(8, 9)))[0].slice(-2)).toEqual(['9007199254740993', 9007199254574070]);
  });

  it('keeps a step with keys out of the listed order, or unknown, as an object', () => {
    const odd = [{ interestFen: 5n, step: 'repayment', date: '2025-01-01' }, { step: 'something_new', amountFen: 7n }] as unknown as TrailStep[];
    expect(JSON.parse(encodeTrail(odd))).toEqual([{ interestFen: '5', step: 'repayment', date: '2025-01-01' }, { step: 'something_new', amountFen: '7' }]);
    expect(trailOf(JSON.parse(encodeTrail(odd)))).toEqual(odd);
  });

  it('reads trails stored as objects before the compact encoding', () => {
    expect(trailOf([{ step: 'repayment', date: '2025-04-10', interestFen: '400000' }])).toEqual([interestTrail[0]]);
  });
});
