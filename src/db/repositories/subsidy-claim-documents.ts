// A subsidy claim's proofs: stored with their bytes, listed without them, read back one at a time;
// and the institutions that submitted fee or premium payments on a loan (they provide proofs too).
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { policyPayments, subsidyClaimDocuments } from '../schema/index.ts';

export type ClaimDocumentRow = typeof subsidyClaimDocuments.$inferSelect;
export type ClaimDocumentMeta = Omit<ClaimDocumentRow, 'content'>;

const meta = {
  id: subsidyClaimDocuments.id,
  claimId: subsidyClaimDocuments.claimId,
  kind: subsidyClaimDocuments.kind,
  name: subsidyClaimDocuments.name,
  mediaType: subsidyClaimDocuments.mediaType,
  sizeBytes: subsidyClaimDocuments.sizeBytes,
  sha256: subsidyClaimDocuments.sha256,
  uploadedBy: subsidyClaimDocuments.uploadedBy,
  uploadedByOrg: subsidyClaimDocuments.uploadedByOrg,
  uploadedAt: subsidyClaimDocuments.uploadedAt,
};

export async function insertClaimDocument(db: Executor, row: typeof subsidyClaimDocuments.$inferInsert): Promise<ClaimDocumentMeta> {
  const [inserted] = await db.insert(subsidyClaimDocuments).values(row).returning(meta);
  return inserted!;
}

/** The claim's documents without their bytes, oldest first. */
export async function claimDocumentsOf(db: Executor, claimId: string): Promise<ClaimDocumentMeta[]> {
  return db.select(meta).from(subsidyClaimDocuments).where(eq(subsidyClaimDocuments.claimId, claimId)).orderBy(asc(subsidyClaimDocuments.uploadedAt), asc(subsidyClaimDocuments.id));
}

/** One document of the claim with its bytes; undefined when the claim holds no such document. */
export async function findClaimDocument(db: Executor, claimId: string, id: string): Promise<ClaimDocumentRow | undefined> {
  const [row] = await db.select().from(subsidyClaimDocuments).where(and(eq(subsidyClaimDocuments.claimId, claimId), eq(subsidyClaimDocuments.id, id)));
  return row;
}

/** The institutions that submitted guarantee-fee or premium payments on the loan. */
export async function paymentSubmittersOf(db: Executor, loanId: string): Promise<string[]> {
  const rows = await db.selectDistinct({ id: policyPayments.submittedBy }).from(policyPayments).where(eq(policyPayments.loanId, loanId));
  return rows.map((r) => r.id);
}
