// A subsidy claim's proofs: the enterprise and the lending (or fee-submitting) institution upload
// the kinds the claim's programme requires of them while the claim is open; whoever may read the
// claim reads them. An upload is checked whole (uploader, kind, state, size, type by its bytes)
// before anything is written, then stored with its SHA-256 and its audit record in one transaction.
import type { Database, Tx } from '../../db/client.ts';
import { findProgrammeRow } from '../../db/repositories/programmes.ts';
import { claimDocumentsOf, findClaimDocument, insertClaimDocument, paymentSubmittersOf, type ClaimDocumentMeta, type ClaimDocumentRow } from '../../db/repositories/subsidy-claim-documents.ts';
import { findClaim, type ClaimListed } from '../../db/repositories/subsidy-claims.ts';
import { proofProviderOf } from '../../domain/access/policy-access.ts';
import { authorize } from '../../domain/access/policy.ts';
import { proofStatus, proofUploadRefusal, uploadableProofs, type ProofStatus } from '../../domain/policy/claim-proofs.ts';
import type { RequiredProof, ProofKind, SubsidyClaimState } from '../../../shared/policy.ts';
import { fail } from '../../domain/shared/errors.ts';
import { acceptDocument } from '../shared/documents.ts';
import { newId } from '../shared/ids.ts';
import { mutate, type ServiceContext } from '../shared/context.ts';
import { programmeOf } from './programmes.ts';

/** The proofs the programme version a claim was computed under requires. */
export async function requiredProofsOf(db: Database['db'] | Tx, claim: Pick<ClaimListed, 'programmeId'>): Promise<RequiredProof[]> {
  const row = await findProgrammeRow(db, claim.programmeId);
  return row ? (programmeOf(row).proofs ?? []) : [];
}

/** The institutions party to a claim: the lender, and whoever submitted fee or premium payments on its loan. */
export const claimInstitutions = async (db: Database['db'], claim: Pick<ClaimListed, 'institutionId' | 'loanId'>) => [claim.institutionId, ...(await paymentSubmittersOf(db, claim.loanId))];

export interface ClaimProofs {
  documents: ClaimDocumentMeta[];
  proofs: ProofStatus[];
  /** The kinds the reader may upload now. */
  uploadable: ProofKind[];
}

/** The claim's documents, its required proofs with which are present, and what the reader may add (the caller has checked the reader may read the claim). */
export async function claimProofs(ctx: ServiceContext, claim: ClaimListed): Promise<ClaimProofs> {
  const db = ctx.database.db;
  const [documents, required, institutionIds] = await Promise.all([claimDocumentsOf(db, claim.id), requiredProofsOf(db, claim), claimInstitutions(db, claim)]);
  const uploader = proofProviderOf(ctx.actor, { enterpriseId: claim.enterpriseId, institutionIds });
  return { documents, proofs: proofStatus(required, documents.map((d) => d.kind)), uploadable: uploadableProofs(required, claim.state as SubsidyClaimState, uploader) };
}

export interface ClaimDocumentInput {
  kind: ProofKind;
  name: string;
  content: Buffer;
}

export async function addClaimDocument(ctx: ServiceContext, claimId: string, input: ClaimDocumentInput): Promise<ClaimDocumentMeta> {
  const db = ctx.database.db;
  const claim = await findClaim(db, claimId);
  if (!claim) throw fail('claim.not_found');
  const institutionIds = await claimInstitutions(db, claim);
  authorize(ctx.actor, 'claim.document_add', { parkId: claim.parkId, parties: [claim.enterpriseId, ...institutionIds] });
  const uploader = proofProviderOf(ctx.actor, { enterpriseId: claim.enterpriseId, institutionIds });
  const refusal = proofUploadRefusal({ required: await requiredProofsOf(db, claim), state: claim.state as SubsidyClaimState, kind: input.kind, uploader });
  if (refusal) throw refusal;
  const accepted = acceptDocument(input.name, input.content);
  const org = uploader === 'enterprise' ? claim.enterpriseId : ctx.actor.memberships.find((m) => m.role === 'institution_officer' && institutionIds.includes(m.organisationId))!.organisationId;
  return mutate(ctx, async (tx) => {
    const doc = await insertClaimDocument(tx, { id: newId(), claimId: claim.id, kind: input.kind, name: input.name, mediaType: accepted.mediaType, sizeBytes: accepted.sizeBytes, sha256: accepted.sha256, content: accepted.content, uploadedBy: ctx.actor.userId, uploadedByOrg: org, uploadedAt: ctx.now() });
    return { result: doc, audit: { action: 'claim.document_added', targetType: 'subsidy_claim', targetId: claim.id, parkId: claim.parkId, details: { documentId: doc.id, kind: input.kind, by: uploader, sha256: accepted.sha256, sizeBytes: accepted.sizeBytes, mediaType: accepted.mediaType } } };
  });
}

/** One document's bytes, to whoever may read its claim. */
export async function readClaimDocument(ctx: ServiceContext, claimId: string, documentId: string): Promise<ClaimDocumentRow> {
  const db = ctx.database.db;
  const claim = await findClaim(db, claimId);
  if (!claim) throw fail('claim.not_found');
  authorize(ctx.actor, 'claim.document_read', { parkId: claim.parkId, parties: [claim.enterpriseId, ...(await claimInstitutions(db, claim))] });
  const doc = await findClaimDocument(db, claim.id, documentId);
  if (!doc) throw fail('document.not_found');
  return doc;
}
