import { describe, expect, it } from 'vitest';
import { checkLoanMove, LOAN_STATUSES, LOAN_TRANSITIONS, type LoanMover, type LoanStatus } from './status.ts';

const everything = { hasTerms: true, paidOff: true, recoveredInFull: true, reason: 'over 90 days', comment: 'board decision' };

describe('the loan status table', () => {
  it('allows each listed change by its mover, with what it needs', () => {
    const path: [LoanStatus | null, LoanStatus, LoanMover, object][] = [
      [null, 'live', 'institution', { hasTerms: true }],
      ['live', 'closed', 'platform', { paidOff: true }],
      ['live', 'defaulted', 'institution', { reason: 'over 90 days' }],
      ['defaulted', 'closed', 'platform', { recoveredInFull: true }],
      ['defaulted', 'written_off', 'institution', { comment: 'board decision' }],
    ];
    for (const [from, to, by, extra] of path) expect(checkLoanMove({ from, to, by, ...extra }).ok, `${from} → ${to}`).toBe(true);
    expect(path).toHaveLength(LOAN_TRANSITIONS.length);
  });

  it('refuses every pair not in the table, whoever asks and whatever it brings', () => {
    let refused = 0;
    for (const from of [null, ...LOAN_STATUSES]) {
      for (const to of LOAN_STATUSES) {
        if (LOAN_TRANSITIONS.some((tr) => tr.from === from && tr.to === to)) continue;
        for (const by of ['institution', 'platform'] as const) {
          const result = checkLoanMove({ from, to, by, ...everything });
          expect(result.ok, `${from} → ${to} by ${by}`).toBe(false);
          refused++;
        }
      }
    }
    expect(refused).toBe(2 * (5 * 4 - LOAN_TRANSITIONS.length));
    expect(checkLoanMove({ from: 'closed', to: 'live', by: 'institution' })).toMatchObject({ ok: false, message: 'A loan cannot go from closed to live; closed is final' });
    expect(checkLoanMove({ from: 'live', to: 'written_off', by: 'institution', comment: 'x' })).toMatchObject({ ok: false, message: 'A loan cannot go from live to written_off; from live it can go to closed, defaulted' });
  });

  it('refuses the wrong mover: an institution does not close a loan, the platform does not declare default', () => {
    expect(checkLoanMove({ from: 'live', to: 'closed', by: 'institution', paidOff: true })).toMatchObject({ ok: false, message: 'A loan goes from live to closed by the platform, not the institution' });
    expect(checkLoanMove({ from: 'live', to: 'defaulted', by: 'platform', reason: 'x' }).ok).toBe(false);
  });

  it('refuses a change without what it needs', () => {
    expect(checkLoanMove({ from: 'live', to: 'closed', by: 'platform', paidOff: false })).toMatchObject({ ok: false, message: 'A loan going from live to closed needs every instalment paid' });
    expect(checkLoanMove({ from: 'defaulted', to: 'closed', by: 'platform' }).ok).toBe(false);
    expect(checkLoanMove({ from: 'live', to: 'defaulted', by: 'institution', reason: '  ' }).ok).toBe(false);
    expect(checkLoanMove({ from: 'defaulted', to: 'written_off', by: 'institution' }).ok).toBe(false);
    expect(checkLoanMove({ from: null, to: 'live', by: 'institution' }).ok).toBe(false);
  });
});
