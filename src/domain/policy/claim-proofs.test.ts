import { describe, expect, it } from 'vitest';
import type { RequiredProof } from '../../../shared/policy.ts';
import { approvalProofRefusal, missingProofs, proofStatus, proofUploadRefusal, uploadableProofs } from './claim-proofs.ts';

const REQUIRED: RequiredProof[] = [
  { kind: 'application_form', by: 'enterprise' },
  { kind: 'pledge_registration', by: 'enterprise' },
  { kind: 'loan_contract', by: 'institution' },
];

describe('proofUploadRefusal', () => {
  const code = (over: Partial<Parameters<typeof proofUploadRefusal>[0]>) => proofUploadRefusal({ required: REQUIRED, state: 'published', kind: 'application_form', uploader: 'enterprise', ...over })?.code ?? null;
  it.each([
    ['the enterprise its own kind', {}, null],
    ['the institution its own kind', { kind: 'loan_contract' as const, uploader: 'institution' as const }, null],
    ['on a computed claim', { state: 'computed' as const }, null],
    ['on an approved claim', { state: 'approved' as const }, null],
    ['the institution an enterprise kind', { uploader: 'institution' as const }, 'claim.proof_wrong_provider'],
    ['the enterprise an institution kind', { kind: 'loan_contract' as const }, 'claim.proof_wrong_provider'],
    ['a kind the programme does not take', { kind: 'business_licence' as const }, 'claim.proof_not_required'],
    ['no provider', { uploader: null }, 'claim.proof_not_a_provider'],
    ['a paid claim', { state: 'paid' as const }, 'claim.proof_claim_closed'],
    ['a rejected claim', { state: 'rejected' as const }, 'claim.proof_claim_closed'],
    ['a forfeited claim', { state: 'forfeited' as const }, 'claim.proof_claim_closed'],
    ['a clawed-back claim', { state: 'clawed_back' as const }, 'claim.proof_claim_closed'],
  ])('%s', (_name, over, expected) => {
    expect(code(over)).toBe(expected);
  });
  it('takes nothing when the programme requires nothing', () => {
    expect(proofUploadRefusal({ required: [], state: 'published', kind: 'other', uploader: 'enterprise' })).toMatchObject({ code: 'claim.proof_not_required', params: { proof: 'other', required: [] } });
  });
});

describe('what is present and missing', () => {
  it('counts documents per required kind and lists the missing ones in the programme’s order', () => {
    const kinds = ['loan_contract', 'application_form', 'loan_contract', 'other'];
    expect(proofStatus(REQUIRED, kinds).map((p) => [p.kind, p.documents, p.present])).toEqual([
      ['application_form', 1, true],
      ['pledge_registration', 0, false],
      ['loan_contract', 2, true],
    ]);
    expect(missingProofs(REQUIRED, kinds)).toEqual(['pledge_registration']);
    expect(uploadableProofs(REQUIRED, 'confirmed', 'enterprise')).toEqual(['application_form', 'pledge_registration']);
    expect(uploadableProofs(REQUIRED, 'paid', 'institution')).toEqual([]);
  });
  it('refuses approval only, and only while a proof is missing', () => {
    expect(approvalProofRefusal('approved', REQUIRED, ['application_form'])).toMatchObject({ code: 'claim.proofs_missing', params: { missing: ['pledge_registration', 'loan_contract'] } });
    expect(approvalProofRefusal('approved', REQUIRED, ['application_form', 'pledge_registration', 'loan_contract'])).toBeNull();
    expect(approvalProofRefusal('rejected', REQUIRED, [])).toBeNull();
    expect(approvalProofRefusal('approved', [], [])).toBeNull();
  });
});
