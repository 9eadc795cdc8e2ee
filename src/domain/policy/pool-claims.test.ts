import { describe, expect, it } from 'vitest';
import { packageCalendarYears, workingCalendar } from '../calendar/index.ts';
import { DomainError } from '../shared/errors.ts';
import { checkClaimMove, claimTrigger, FINAL_CLAIM_STATES, POOL_CLAIM_STATES, POOL_CLAIM_TRANSITIONS, reviewClock, type PoolClaimMoveRequest, type PoolClaimState } from './pool-claims.ts';
import type { RegisteredLoan } from './pool-coverage.ts';
import { SHANGHAI_POOL as POOL } from './pool-fixtures.ts';
import type { ClaimDocument } from './pool.ts';

const calendar = workingCalendar(packageCalendarYears());
const ALL_DOCUMENTS: ClaimDocument[] = ['overdue_notice', 'lawsuit_acceptance_notice', 'loan_contract', 'repayment_record', 'collection_evidence', 'committee_minutes'];
const move = (from: PoolClaimState, to: PoolClaimState, by: 'partner' | 'administrator', extra: Partial<PoolClaimMoveRequest> = {}) => checkClaimMove({ pool: POOL, from, to, by, ...extra });
const errorOf = (r: ReturnType<typeof checkClaimMove>) => (r.ok ? null : { code: r.refusal.error.code, params: r.refusal.error.params });

describe('the claim state table', () => {
  it('allows a claim’s ordinary life, each move by its mover with what it needs', () => {
    const documents = ALL_DOCUMENTS;
    const path: [PoolClaimState, PoolClaimState, 'partner' | 'administrator', Partial<PoolClaimMoveRequest>][] = [
      ['filed', 'returned', 'administrator', { comment: 'the lawsuit acceptance notice is unreadable' }],
      ['returned', 'filed', 'partner', { documents: ['overdue_notice', 'lawsuit_acceptance_notice'] }],
      ['filed', 'under_review', 'administrator', { documents: ['overdue_notice', 'lawsuit_acceptance_notice'] }],
      ['under_review', 'awaiting_approval', 'administrator', { documents }],
      ['awaiting_approval', 'approved', 'administrator', { documents }],
      ['approved', 'paid', 'administrator', { payment: { amountFen: 100n, approvedFen: 100n, balanceFen: 100n } }],
    ];
    for (const [from, to, by, extra] of path) expect(move(from, to, by, extra).ok, `${from} → ${to}`).toBe(true);
  });

  it('refuses every move not in the table, saying where the claim can go', () => {
    let refused = 0;
    for (const from of POOL_CLAIM_STATES) {
      for (const to of POOL_CLAIM_STATES) {
        if (POOL_CLAIM_TRANSITIONS.some((tr) => tr.from === from && tr.to === to)) continue;
        for (const by of ['partner', 'administrator'] as const) {
          const result = move(from, to, by, { documents: ALL_DOCUMENTS, reason: 'r', comment: 'c' });
          expect(result.ok ? 'allowed' : result.refusal.kind, `${from} → ${to}`).toBe('illegal');
          refused++;
        }
      }
    }
    expect(refused).toBe(2 * (POOL_CLAIM_STATES.length ** 2 - POOL_CLAIM_TRANSITIONS.length));
    expect(errorOf(move('filed', 'approved', 'administrator'))).toEqual({ code: 'pool.claim_illegal_move', params: { from: 'filed', to: 'approved', allowed: ['under_review', 'returned', 'rejected', 'withdrawn'] } });
    expect(errorOf(move('under_review', 'paid', 'administrator'))).toMatchObject({ code: 'pool.claim_illegal_move' });
  });

  it('final states go nowhere', () => {
    for (const from of FINAL_CLAIM_STATES) expect(errorOf(move(from, 'filed', 'partner'))).toEqual({ code: 'pool.claim_final_state', params: { from, to: 'filed' } });
  });

  it('refuses the wrong mover: a partner cannot approve its own claim, the administrator cannot withdraw it', () => {
    expect(errorOf(move('awaiting_approval', 'approved', 'partner', { documents: ALL_DOCUMENTS }))).toEqual({ code: 'pool.claim_wrong_mover', params: { from: 'awaiting_approval', to: 'approved', mover: 'administrator' } });
    expect(errorOf(move('filed', 'withdrawn', 'administrator'))).toEqual({ code: 'pool.claim_wrong_mover', params: { from: 'filed', to: 'withdrawn', mover: 'partner' } });
    expect(move('returned', 'filed', 'administrator', { documents: ALL_DOCUMENTS })).toMatchObject({ ok: false, refusal: { kind: 'wrong_mover' } });
  });

  it('each step needs its documents, and says which are missing', () => {
    const filing = move('filed', 'under_review', 'administrator', { documents: ['overdue_notice'] });
    expect(filing).toMatchObject({ ok: false, refusal: { kind: 'missing', need: 'documents', missing: ['lawsuit_acceptance_notice'] } });
    expect(errorOf(filing)).toEqual({ code: 'pool.claim_documents_missing', params: { step: 'filing', missing: ['lawsuit_acceptance_notice'] } });
    expect(errorOf(move('under_review', 'awaiting_approval', 'administrator', { documents: ['overdue_notice', 'lawsuit_acceptance_notice', 'repayment_record'] }))).toEqual({
      code: 'pool.claim_documents_missing',
      params: { step: 'review', missing: ['loan_contract', 'collection_evidence'] },
    });
    expect(errorOf(move('awaiting_approval', 'approved', 'administrator', { documents: ALL_DOCUMENTS.slice(0, 5) }))).toEqual({ code: 'pool.claim_documents_missing', params: { step: 'approval', missing: ['committee_minutes'] } });
    expect(errorOf(move('returned', 'filed', 'partner'))).toMatchObject({ code: 'pool.claim_documents_missing', params: { step: 'filing' } });
  });

  it('a rejection needs a reason, a return a comment', () => {
    expect(errorOf(move('under_review', 'rejected', 'administrator', { reason: '  ' }))).toEqual({ code: 'pool.claim_needs_reason', params: { to: 'rejected' } });
    expect(errorOf(move('filed', 'returned', 'administrator'))).toEqual({ code: 'pool.claim_needs_comment', params: { to: 'returned' } });
    expect(move('awaiting_approval', 'rejected', 'administrator', { reason: 'the loan was not registered when disbursed' }).ok).toBe(true);
  });

  it('paying needs the amount, within the approved payout and the balance: nothing partial', () => {
    expect(errorOf(move('approved', 'paid', 'administrator'))).toEqual({ code: 'pool.claim_needs_payment', params: { to: 'paid' } });
    expect(errorOf(move('approved', 'paid', 'administrator', { payment: { amountFen: 101n, approvedFen: 101n, balanceFen: 100n } }))).toEqual({ code: 'pool.payout_above_balance', params: { amount: '101', balance: '100' } });
    expect(errorOf(move('approved', 'paid', 'administrator', { payment: { amountFen: 101n, approvedFen: 100n, balanceFen: 500n } }))).toEqual({ code: 'pool.payout_above_approved', params: { amount: '101', approved: '100' } });
  });
});

describe('the review clock: five working days a step', () => {
  it('runs over the National Day holiday, counting the swapped working Sunday', () => {
    // Friday 26 September 2025: Sunday 28th is worked, 1–8 October are off
    expect(reviewClock(POOL, 'filed', '2025-09-26', '2025-10-09', calendar)).toEqual({ step: 'filing', startedOn: '2025-09-26', dueOn: '2025-10-10', workingDaysLeft: 1, overdue: false });
    expect(reviewClock(POOL, 'under_review', '2025-09-26', '2025-10-13', calendar)).toEqual({ step: 'review', startedOn: '2025-09-26', dueOn: '2025-10-10', workingDaysLeft: -2, overdue: true });
  });

  it('uses each step’s own days, and stops while the claim is back with the partner or final', () => {
    const pool = { ...POOL, review: { ...POOL.review, approval: { ...POOL.review.approval, workingDays: 10 } } };
    expect(reviewClock(pool, 'awaiting_approval', '2025-06-02', '2025-06-02', calendar)).toMatchObject({ step: 'approval', dueOn: '2025-06-16', workingDaysLeft: 10 });
    for (const state of ['returned', 'approved', 'paid', 'rejected', 'withdrawn'] as const) expect(reviewClock(POOL, state, '2025-06-02', '2025-06-02', calendar)).toBeNull();
  });
});

describe('when a claim may be filed', () => {
  const loans: RegisteredLoan[] = [{ loanId: 'L1', enterpriseId: 'e1', partnerId: 'partner-bank', outstandingPrincipalFen: 300_000_000n, nonPerforming: true, share: '0.6' }];
  const facts = { loanId: 'L1', partnerId: 'partner-bank', overdueSince: '2025-03-01', lawsuitAcceptedOn: '2025-04-20' };
  const reasons = (t: ReturnType<typeof claimTrigger>) => t.reasons.map((r) => ({ code: r.code, params: r.params }));

  it('needs MORE than 60 days overdue: 60 is not enough, 61 is', () => {
    const sixty = claimTrigger(POOL, facts, '2025-04-30', loans);
    expect(sixty).toMatchObject({ met: false, overdueDays: 60 });
    expect(reasons(sixty)).toEqual([{ code: 'pool.claim_overdue_too_short', params: { days: 60, required: 60 } }]);
    expect(claimTrigger(POOL, facts, '2025-05-01', loans)).toEqual({ met: true, overdueDays: 61, reasons: [] });
  });

  it('needs the lawsuit accepted by the filing date, and names both conditions when both are missing', () => {
    expect(reasons(claimTrigger(POOL, { ...facts, lawsuitAcceptedOn: '2025-05-02' }, '2025-05-01', loans))).toEqual([{ code: 'pool.claim_lawsuit_not_accepted', params: {} }]);
    expect(reasons(claimTrigger(POOL, { ...facts, lawsuitAcceptedOn: null }, '2025-03-31', loans))).toEqual([
      { code: 'pool.claim_overdue_too_short', params: { days: 30, required: 60 } },
      { code: 'pool.claim_lawsuit_not_accepted', params: {} },
    ]);
    const noLawsuitNeeded = { ...POOL, trigger: { overdueDaysMoreThan: 60, requiresLawsuitAccepted: false } };
    expect(claimTrigger(noLawsuitNeeded, { ...facts, lawsuitAcceptedOn: null }, '2025-05-01', loans).met).toBe(true);
  });

  it('needs the loan registered with the pool by the partner claiming', () => {
    expect(reasons(claimTrigger(POOL, { ...facts, partnerId: 'other-bank' }, '2025-05-01', loans))).toEqual([{ code: 'pool.loan_not_registered', params: { loan: 'L1' } }]);
  });

  it('refuses dates that are not dates, naming the field', () => {
    expect(() => claimTrigger(POOL, { ...facts, overdueSince: '2025-02-30' }, '2025-05-01', loans)).toThrow(DomainError);
    try {
      claimTrigger(POOL, { ...facts, lawsuitAcceptedOn: 'soon' }, '2025-05-01', loans);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'field.invalid_date', fields: [expect.objectContaining({ field: 'lawsuitAcceptedOn' })] });
    }
  });
});
