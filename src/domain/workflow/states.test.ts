import { describe, expect, it } from 'vitest';
import { APPLICATION_STATES, checkMove, FINAL, movesFrom, stateNamed, TRANSITIONS, type ApplicationState, type Mover } from './states.ts';

const move = (from: ApplicationState, to: ApplicationState, by: Mover, extra: Partial<Parameters<typeof checkMove>[0]> = {}) => checkMove({ from, to, by, productIsLoan: true, ...extra });

describe('the application state table', () => {
  it('allows the ordinary life of a loan, each move by its mover', () => {
    const path: [ApplicationState, ApplicationState, Mover, object?][] = [
      ['draft', 'submitted', 'enterprise'],
      ['submitted', 'accepted', 'institution'],
      ['accepted', 'info_requested', 'institution', { comment: 'Send the 2025 audit' }],
      ['info_requested', 'accepted', 'enterprise', { comment: 'Attached' }],
      ['accepted', 'approved', 'institution', { hasApprovalTerms: true }],
      ['approved', 'contract_signed', 'institution'],
      ['contract_signed', 'disbursed', 'institution', { hasLoanTerms: true }],
      ['disbursed', 'repaying', 'platform'],
      ['repaying', 'overdue', 'platform'],
      ['overdue', 'defaulted', 'institution', { reason: 'over 90 days' }],
      ['defaulted', 'written_off', 'institution', { comment: 'board decision' }],
    ];
    for (const [from, to, by, extra] of path) expect(move(from, to, by, extra).ok, `${from} → ${to}`).toBe(true);
  });

  it('refuses every move not in the table, naming where the application can go', () => {
    let refused = 0;
    for (const from of APPLICATION_STATES) {
      for (const to of APPLICATION_STATES) {
        if (TRANSITIONS.some((tr) => tr.from === from && tr.to === to)) continue;
        for (const by of ['enterprise', 'institution', 'platform'] as const) {
          const result = move(from, to, by);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.refusal.kind).toBe('illegal');
          refused++;
        }
      }
    }
    expect(refused).toBeGreaterThan(400);
    const r = move('approved', 'disbursed', 'institution');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.refusal.message).toBe('An application cannot move from approved to disbursed; from approved it can go to contract_signed, withdrawn');
  });

  it('final states go nowhere; a rejected application cannot be approved', () => {
    for (const s of FINAL.filter((f) => f !== 'closed')) expect(movesFrom(s, true)).toEqual([]);
    const r = move('rejected', 'approved', 'institution');
    expect(!r.ok && r.refusal.message).toContain('rejected is final');
  });

  it('refuses the wrong mover: an enterprise cannot approve itself, officers cannot mark repayments', () => {
    const approve = move('accepted', 'approved', 'enterprise');
    expect(!approve.ok && approve.refusal).toMatchObject({ kind: 'wrong_mover', message: 'Moving from accepted to approved is done by the institution' });
    const repaying = move('disbursed', 'repaying', 'institution');
    expect(!repaying.ok && repaying.refusal.kind).toBe('wrong_mover');
    expect(move('submitted', 'withdrawn', 'institution').ok).toBe(false);
  });

  it('a rejection needs a reason, a request for information a comment, a loan disbursement its terms', () => {
    expect(move('accepted', 'rejected', 'institution')).toMatchObject({ ok: false, refusal: { kind: 'missing', field: 'reason' } });
    expect(move('accepted', 'rejected', 'institution', { reason: '  ' })).toMatchObject({ ok: false, refusal: { field: 'reason' } });
    expect(move('accepted', 'info_requested', 'institution')).toMatchObject({ ok: false, refusal: { field: 'comment' } });
    expect(move('contract_signed', 'disbursed', 'institution')).toMatchObject({ ok: false, refusal: { field: 'loan' } });
    expect(move('contract_signed', 'disbursed', 'institution', { productIsLoan: false }).ok).toBe(true);
  });

  it('approving a loan needs its terms; approving equity or a guarantee does not', () => {
    expect(move('accepted', 'approved', 'institution')).toMatchObject({ ok: false, refusal: { kind: 'missing', field: 'approval' } });
    expect(move('submitted', 'approved', 'institution', { hasApprovalTerms: true }).ok).toBe(true);
    expect(move('accepted', 'approved', 'institution', { productIsLoan: false }).ok).toBe(true);
  });

  it('loans close through repayments; equity and guarantees are closed by the institution', () => {
    expect(move('disbursed', 'closed', 'institution').ok).toBe(false);
    expect(move('disbursed', 'closed', 'institution', { productIsLoan: false }).ok).toBe(true);
    expect(move('disbursed', 'repaying', 'platform', { productIsLoan: false }).ok).toBe(false);
  });

  it('reads the other spellings clients send', () => {
    expect(stateNamed('accepted for review')).toBe('accepted');
    expect(stateNamed('UNDER_REVIEW')).toBe('accepted');
    expect(stateNamed('contract-signed')).toBe('contract_signed');
    expect(stateNamed('approved')).toBe('approved');
    expect(stateNamed('approve')).toBeNull();
  });
});
