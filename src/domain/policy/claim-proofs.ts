// The proofs a programme requires of a claim: which kinds an uploader may add (the programme must
// take the kind, and the uploader must be the side that provides it), which are present, and the
// rule that the park approves a claim only once every required proof is there.
import { fail, type DomainError } from '../shared/errors.ts';
import { PROOF_CLOSED_STATES, type ProofKind, type ProofProvider, type RequiredProof, type SubsidyClaimState } from '../../../shared/policy.ts';

export interface ProofStatus extends RequiredProof {
  /** How many documents of the kind the claim holds. */
  documents: number;
  present: boolean;
}

/** Why this uploader may not add a document of this kind to a claim in this state; null when they may. */
export function proofUploadRefusal(input: { required: readonly RequiredProof[]; state: SubsidyClaimState; kind: ProofKind; uploader: ProofProvider | null }): DomainError | null {
  if ((PROOF_CLOSED_STATES as readonly string[]).includes(input.state)) return fail('claim.proof_claim_closed', { state: input.state });
  if (input.uploader === null) return fail('claim.proof_not_a_provider');
  const proof = input.required.find((p) => p.kind === input.kind);
  if (!proof) return fail('claim.proof_not_required', { proof: input.kind, required: input.required.map((p) => p.kind) });
  if (proof.by !== input.uploader) return fail('claim.proof_wrong_provider', { proof: input.kind, by: proof.by });
  return null;
}

/** The kinds this uploader may add now (for the web's upload control). */
export function uploadableProofs(required: readonly RequiredProof[], state: SubsidyClaimState, uploader: ProofProvider | null): ProofKind[] {
  return required.filter((p) => proofUploadRefusal({ required, state, kind: p.kind, uploader }) === null).map((p) => p.kind);
}

/** Each required proof with whether the claim holds a document of its kind. */
export function proofStatus(required: readonly RequiredProof[], documentKinds: readonly string[]): ProofStatus[] {
  return required.map((p) => {
    const documents = documentKinds.filter((k) => k === p.kind).length;
    return { ...p, documents, present: documents > 0 };
  });
}

/** The required kinds with no document, in the programme's order. */
export const missingProofs = (required: readonly RequiredProof[], documentKinds: readonly string[]): ProofKind[] => proofStatus(required, documentKinds).filter((p) => !p.present).map((p) => p.kind);

/** A move to approved needs every required proof: the refusal naming the missing kinds, or null. */
export function approvalProofRefusal(to: SubsidyClaimState, required: readonly RequiredProof[], documentKinds: readonly string[]): DomainError | null {
  if (to !== 'approved') return null;
  const missing = missingProofs(required, documentKinds);
  return missing.length ? fail('claim.proofs_missing', { missing }) : null;
}
