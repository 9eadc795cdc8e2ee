import { describe, expect, it } from 'vitest';
import type { Actor, Membership } from './actor.ts';
import { systemActor } from './actor.ts';
import { claimMover, claimScope, managesProgramme, paymentLoanScope, programmeParkScope, proofProviderOf, seesClaimAccount, submitsPaymentsFor } from './policy-access.ts';

const actor = (...memberships: Membership[]): Actor => ({ kind: 'user', userId: 'u', email: 'u@x', memberships });
const m = (role: Membership['role'], organisationId: string, organisationType: string, parkId: string | null = null): Membership => ({ role, organisationId, organisationType, parkId });
const zjAdmin = actor(m('park_admin', 'zj-ops', 'park_operator', 'zj'));
const owner = actor(m('enterprise_user', 'ent-1', 'enterprise', 'zj'));
const banker = actor(m('institution_officer', 'bank-1', 'bank'));
const insurer = actor(m('institution_officer', 'ins-1', 'insurer'));

describe('who acts on subsidy programmes and claims', () => {
  it('moves a claim from the enterprise’s side or the owning park’s; the lender moves none', () => {
    expect(claimMover(owner, { enterpriseId: 'ent-1', programmeParkId: 'zj' })).toBe('enterprise');
    expect(claimMover(owner, { enterpriseId: 'ent-2', programmeParkId: 'zj' })).toBeNull();
    expect(claimMover(zjAdmin, { enterpriseId: 'ent-1', programmeParkId: 'zj' })).toBe('park');
    expect(claimMover(zjAdmin, { enterpriseId: 'ent-1', programmeParkId: 'qd' })).toBeNull();
    // a city-wide programme's claims are the operator's to move
    expect(claimMover(zjAdmin, { enterpriseId: 'ent-1', programmeParkId: null })).toBeNull();
    expect(claimMover(systemActor(), { enterpriseId: 'ent-1', programmeParkId: null })).toBe('park');
    expect(claimMover(banker, { enterpriseId: 'ent-1', programmeParkId: 'zj' })).toBeNull();
  });

  it('manages only its own parks’ programmes; reads every published one', () => {
    expect(managesProgramme(zjAdmin, 'zj')).toBe(true);
    expect(managesProgramme(zjAdmin, 'qd')).toBe(false);
    expect(managesProgramme(zjAdmin, null)).toBe(false);
    expect(managesProgramme(owner, 'zj')).toBe(false);
    expect(programmeParkScope(zjAdmin)).toEqual(['zj']);
    expect(programmeParkScope(owner)).toBeNull();
  });

  it('lists claims by side, and masks the receiving account for lenders', () => {
    expect(claimScope(owner)).toEqual({ kind: 'enterprise', ids: ['ent-1'] });
    expect(claimScope(banker)).toEqual({ kind: 'institution', ids: ['bank-1'] });
    expect(claimScope(zjAdmin)).toEqual({ kind: 'park', ids: ['zj'] });
    const claim = { enterpriseId: 'ent-1', parkId: 'zj' };
    expect([owner, zjAdmin, systemActor(), banker].map((a) => seesClaimAccount(a, claim))).toEqual([true, true, true, false]);
    expect(seesClaimAccount(zjAdmin, { enterpriseId: 'ent-1', parkId: 'qd' })).toBe(false);
  });

  it('takes fee and premium payments from the lender, a guarantor or an insurer only', () => {
    expect(submitsPaymentsFor(banker, { institutionId: 'bank-1' })).toBe(true);
    expect(submitsPaymentsFor(banker, { institutionId: 'bank-2' })).toBe(false);
    expect(submitsPaymentsFor(insurer, { institutionId: 'bank-2' })).toBe(true);
    expect(submitsPaymentsFor(owner, { institutionId: 'bank-1' })).toBe(false);
    expect(submitsPaymentsFor(zjAdmin, { institutionId: 'bank-1' })).toBe(false);
  });

  it('offers a lender its own loans to record a payment on, a guarantor or insurer also those it submitted payments on; nobody else any', () => {
    expect(paymentLoanScope(banker)).toEqual({ scope: { kind: 'institution', ids: ['bank-1'] }, paymentsSubmittedBy: [] });
    expect(paymentLoanScope(insurer)).toEqual({ scope: { kind: 'institution', ids: ['ins-1'] }, paymentsSubmittedBy: ['ins-1'] });
    expect(paymentLoanScope(owner).scope).toEqual({ kind: 'none' });
    expect(paymentLoanScope(zjAdmin).scope).toEqual({ kind: 'none' });
    expect(paymentLoanScope(systemActor()).scope).toEqual({ kind: 'all' });
  });

  it('says which side of a claim’s proofs an actor provides: the enterprise, the lender or a fee submitter; the park none', () => {
    const claim = { enterpriseId: 'ent-1', institutionIds: ['bank-1', 'ins-1'] };
    expect(proofProviderOf(owner, claim)).toBe('enterprise');
    expect(proofProviderOf(banker, claim)).toBe('institution');
    expect(proofProviderOf(insurer, claim)).toBe('institution');
    expect(proofProviderOf(insurer, { enterpriseId: 'ent-1', institutionIds: ['bank-1'] })).toBeNull();
    expect(proofProviderOf(owner, { ...claim, enterpriseId: 'ent-2' })).toBeNull();
    expect(proofProviderOf(zjAdmin, claim)).toBeNull();
    expect(proofProviderOf(systemActor(), claim)).toBeNull();
  });
});
