import { describe, expect, it } from 'vitest';
import { createRandom } from '../demo/random.ts';
import { DomainError } from '../shared/errors.ts';
import { RepaymentError } from './errors.ts';
import { parseRate } from './rate.ts';
import { allocateRepayment, loanPosition, loanStateOf, type Instalment, type LoanState } from './repayments.ts';
import { repaymentSchedule } from './schedule.ts';

const row = (period: number, date: string, principalFen: bigint, interestFen: bigint, paid: Partial<Instalment> = {}): Instalment => ({
  period,
  date,
  principalFen,
  interestFen,
  paidPrincipalFen: 0n,
  paidInterestFen: 0n,
  ...paid,
});

/** Three instalments of 1,000 principal and 10 interest, due on the 15th. */
const fresh = (): LoanState => ({
  instalments: [row(1, '2025-02-15', 1_000n, 10n), row(2, '2025-03-15', 1_000n, 10n), row(3, '2025-04-15', 1_000n, 10n)],
});

const paidColumns = (state: LoanState) => state.instalments.map((i) => [i.paidInterestFen, i.paidPrincipalFen]);

function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('allocateRepayment', () => {
  it('pays the oldest instalment first, interest before principal', () => {
    const { state, allocations } = allocateRepayment(fresh(), 5n);
    expect(paidColumns(state)).toEqual([[5n, 0n], [0n, 0n], [0n, 0n]]);
    expect(allocations).toEqual([{ period: 1, interestFen: 5n, principalFen: 0n }]);
    const second = allocateRepayment(state, 500n);
    expect(paidColumns(second.state)).toEqual([[10n, 495n], [0n, 0n], [0n, 0n]]);
    expect(second.allocations).toEqual([{ period: 1, interestFen: 5n, principalFen: 495n }]);
  });

  it('runs on into instalments not yet due (prepayment)', () => {
    const { state, allocations } = allocateRepayment(fresh(), 1_015n);
    expect(paidColumns(state)).toEqual([[10n, 1_000n], [5n, 0n], [0n, 0n]]);
    expect(allocations).toEqual([
      { period: 1, interestFen: 10n, principalFen: 1_000n },
      { period: 2, interestFen: 5n, principalFen: 0n },
    ]);
  });

  it('takes instalments by due date whatever order the rows come in, and leaves the given state alone', () => {
    const given = { instalments: [...fresh().instalments].reverse() };
    const before = structuredClone(given);
    const { state } = allocateRepayment(given, 1_010n);
    expect(state.instalments.map((i) => [i.period, i.paidPrincipalFen])).toEqual([[1, 1_000n], [2, 0n], [3, 0n]]);
    expect(given).toEqual(before);
  });

  it('skips instalments already paid and can pay the loan off exactly', () => {
    const partly = { instalments: [row(1, '2025-02-15', 1_000n, 10n, { paidPrincipalFen: 1_000n, paidInterestFen: 10n }), row(2, '2025-03-15', 1_000n, 10n, { paidInterestFen: 10n })] };
    const { state, allocations } = allocateRepayment(partly, 1_000n);
    expect(allocations).toEqual([{ period: 2, interestFen: 0n, principalFen: 1_000n }]);
    expect(loanPosition(state, '2030-01-01')).toMatchObject({ paidOff: true, overdueFen: 0n, daysOverdue: 0, classification: 'normal' });
  });

  it.each([
    [0n, /more than 0 fen/],
    [-5n, /more than 0 fen/],
    [3_031n, /a repayment of 3031 fen is larger than the outstanding balance of 3030 fen/],
  ])('refuses %i fen', (amountFen, message) => {
    const error = errorOf(() => allocateRepayment(fresh(), amountFen));
    expect(error).toBeInstanceOf(RepaymentError);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ category: 'invalid_input', field: 'amountFen', message: expect.stringMatching(message) });
  });

  it('refuses rows that record more paid than due, negative amounts or a bad date', () => {
    for (const bad of [{ paidInterestFen: 11n }, { paidPrincipalFen: -1n }, { date: '2025-02-30' }]) {
      const state = { instalments: [row(1, '2025-02-15', 1_000n, 10n, bad)] };
      expect(errorOf(() => allocateRepayment(state, 1n))).toMatchObject({ field: 'instalments', message: expect.stringMatching(/^instalment 1: /) });
    }
  });
});

describe('loanPosition', () => {
  it.each([
    ['2025-01-20', 0n, 0, 'normal'],
    ['2025-02-15', 0n, 0, 'normal'], // due today is not yet overdue
    ['2025-02-16', 1_010n, 1, 'special_mention'],
    ['2025-03-16', 2_020n, 29, 'special_mention'],
    ['2025-05-16', 3_030n, 90, 'special_mention'],
    ['2025-05-17', 3_030n, 91, 'substandard'],
    ['2025-11-12', 3_030n, 270, 'substandard'],
    ['2025-11-13', 3_030n, 271, 'doubtful'],
    ['2026-02-10', 3_030n, 360, 'doubtful'],
    ['2026-02-11', 3_030n, 361, 'loss'],
  ])('on %s with nothing paid: %i fen overdue for %i days (%s)', (asOf, overdueFen, daysOverdue, classification) => {
    expect(loanPosition(fresh(), asOf)).toEqual({ outstandingPrincipalFen: 3_000n, outstandingInterestFen: 30n, overdueFen, daysOverdue, classification, paidOff: false });
  });

  it('counts days from the oldest instalment with anything unpaid', () => {
    const { state } = allocateRepayment(fresh(), 1_005n); // instalment 1 short of 5 fen of principal
    expect(loanPosition(state, '2025-03-20')).toEqual({ outstandingPrincipalFen: 2_005n, outstandingInterestFen: 20n, overdueFen: 1_015n, daysOverdue: 33, classification: 'special_mention', paidOff: false });
    const { state: caughtUp } = allocateRepayment(state, 5n);
    expect(loanPosition(caughtUp, '2025-03-20')).toMatchObject({ overdueFen: 1_010n, daysOverdue: 5 });
  });

  it('refuses a date that is not a calendar date', () => {
    expect(errorOf(() => loanPosition(fresh(), '2025-13-01'))).toMatchObject({ field: 'asOf', category: 'invalid_input' });
  });

  it.each([
    ['a due date that is no date', row(2, '2025-02-30', 1_000n, 10n), 'loan.instalment_date_invalid', { period: 2, date: '2025-02-30' }],
    ['a negative amount due', row(2, '2025-03-15', -1n, 10n), 'loan.instalment_negative_due', { period: 2 }],
    ['a negative amount paid', row(2, '2025-03-15', 1_000n, 10n, { paidInterestFen: -1n }), 'loan.instalment_negative_paid', { period: 2 }],
    ['more paid than due', row(2, '2025-03-15', 1_000n, 10n, { paidPrincipalFen: 1_001n }), 'loan.instalment_overpaid', { period: 2 }],
  ])('names %s in a stored instalment by code and period, not a sentence', (_, bad, code, params) => {
    const state = { instalments: [row(1, '2025-02-15', 1_000n, 10n), bad] };
    expect(errorOf(() => loanPosition(state, '2025-03-20'))).toMatchObject({ field: 'instalments', code, params });
  });

  it('keeps paid plus outstanding equal to the schedule over random repayments', () => {
    const random = createRandom(7);
    for (let loan = 0; loan < 40; loan++) {
      const schedule = repaymentSchedule({ amountFen: BigInt(random.int(1, 10_000_000)), annualRate: parseRate('0.0435'), months: random.int(1, 36), method: random.pick(['equal_instalment', 'equal_principal', 'interest_only'] as const), start: '2025-01-31' });
      const owed = schedule.payments.reduce((sum, p) => sum + p.principalFen + p.interestFen, 0n);
      let state = loanStateOf(schedule);
      let paid = 0n;
      while (paid < owed) {
        const amountFen = random.chance(0.2) ? owed - paid : BigInt(random.int(1, Number(owed - paid)));
        const result = allocateRepayment(state, amountFen);
        expect(result.allocations.reduce((sum, a) => sum + a.interestFen + a.principalFen, 0n)).toBe(amountFen);
        state = result.state;
        paid += amountFen;
        const position = loanPosition(state, '2025-01-31');
        expect(position.outstandingPrincipalFen + position.outstandingInterestFen).toBe(owed - paid);
        // oldest first: behind the first instalment not fully paid, nothing is paid at all
        const firstOpen = state.instalments.findIndex((i) => i.paidInterestFen < i.interestFen || i.paidPrincipalFen < i.principalFen);
        const untouched = firstOpen < 0 ? [] : state.instalments.slice(firstOpen + 1);
        expect(untouched.every((i) => i.paidPrincipalFen === 0n && i.paidInterestFen === 0n)).toBe(true);
      }
      expect(loanPosition(state, '2099-01-01').paidOff).toBe(true);
    }
  });
});
