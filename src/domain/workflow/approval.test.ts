import { describe, expect, it } from 'vitest';
import { approvalOf, checkApproval, disbursementTerms, type ApprovalTerms } from './approval.ts';

const approved: ApprovalTerms = { amountFen: 3_000_000_00n, lprTenor: '1y', spreadBp: 45, termMonths: 24 };

describe('approval terms', () => {
  it('records amount, LPR tenor, spread and term; the tenor follows the term unless given', () => {
    expect(checkApproval({ amountFen: 5_000_000_00n }, { amountFen: 3_000_000_00n, spreadBp: 45, termMonths: 24 })).toEqual({ ok: true, terms: approved });
    expect(checkApproval({ amountFen: 5_000_000_00n }, { amountFen: 1n, spreadBp: -20, termMonths: 84 })).toMatchObject({ ok: true, terms: { lprTenor: '5y' } });
    expect(checkApproval({ amountFen: 5_000_000_00n }, { amountFen: 1n, spreadBp: 0, termMonths: 84, lprTenor: '1y' })).toMatchObject({ ok: true, terms: { lprTenor: '1y' } });
  });

  it('refuses an approval above the amount applied for, a zero amount, a wild spread or term, naming each field', () => {
    const r = checkApproval({ amountFen: 100n }, { amountFen: 101n, spreadBp: 2001, termMonths: 0 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.field)).toEqual(['approval.amountFen', 'approval.spreadBp', 'approval.termMonths']);
    const zero = checkApproval({ amountFen: 100n }, { amountFen: 0n, spreadBp: 0, termMonths: 12 });
    expect(!zero.ok && zero.problems[0]).toMatchObject({ field: 'approval.amountFen', message: 'must be more than zero' });
  });
});

describe('disbursement against the approval', () => {
  it('defaults to the approved amount, rate and term', () => {
    expect(disbursementTerms(approved, {})).toEqual({ ok: true, terms: approved });
  });

  it('may draw less than approved but never more', () => {
    expect(disbursementTerms(approved, { amountFen: 1_000_000_00n })).toEqual({ ok: true, terms: { ...approved, amountFen: 1_000_000_00n } });
    const over = disbursementTerms(approved, { amountFen: 3_000_000_01n });
    expect(over).toMatchObject({ ok: false, refusal: { kind: 'exceeds', field: 'loan.amountFen' } });
    expect(!over.ok && over.refusal.message).toContain('disbursement_exceeds_approval');
  });

  it('refuses another spread, tenor or term than approved; the same ones sent again are fine', () => {
    expect(disbursementTerms(approved, { spreadBp: 60 })).toMatchObject({ ok: false, refusal: { kind: 'differs', field: 'loan.spreadBp' } });
    expect(disbursementTerms(approved, { lprTenor: '5y' })).toMatchObject({ ok: false, refusal: { field: 'loan.lprTenor' } });
    expect(disbursementTerms(approved, { termMonths: 36 })).toMatchObject({ ok: false, refusal: { field: 'loan.termMonths' } });
    expect(disbursementTerms(approved, { spreadBp: 45, lprTenor: '1y', termMonths: 24 }).ok).toBe(true);
  });

  it('an application approved without terms needs them at disbursement', () => {
    expect(disbursementTerms(null, { amountFen: 5n, termMonths: 12 })).toMatchObject({ ok: false, refusal: { kind: 'missing', field: 'loan.spreadBp' } });
    expect(disbursementTerms(null, { amountFen: 5n, spreadBp: 10, termMonths: 72 })).toEqual({ ok: true, terms: { amountFen: 5n, spreadBp: 10, termMonths: 72, lprTenor: '5y' } });
  });

  it('reads the stored approval, or none when the columns are empty', () => {
    expect(approvalOf({ approvedAmountFen: 3_000_000_00n, approvedLprTenor: '1y', approvedSpreadBp: 45, approvedTermMonths: 24 })).toEqual(approved);
    expect(approvalOf({ approvedAmountFen: null, approvedLprTenor: null, approvedSpreadBp: null, approvedTermMonths: null })).toBeNull();
  });
});
