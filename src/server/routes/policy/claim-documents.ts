// A subsidy claim's proofs: the enterprise and the lending institution upload the kinds the
// programme requires of them (PDF, PNG or JPEG by their bytes, capped, stored with their SHA-256);
// whoever may read the claim downloads them.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOCUMENT_MEDIA_TYPES, MAX_DOCUMENT_BYTES, type DocumentMediaType } from '../../../../shared/documents.ts';
import { PROOF_KINDS, PROOF_PROVIDERS, type ProofKind } from '../../../../shared/policy.ts';
import type { ClaimDocumentMeta } from '../../../db/repositories/subsidy-claim-documents.ts';
import type { ClaimProofs } from '../../../services/policy/claim-documents.ts';
import { addClaimDocument, readClaimDocument } from '../../../services/policy/claim-documents.ts';
import { contextOf } from '../../app.ts';
import { errorResponses, IdParams, iso } from '../common.ts';
import { sendDocument } from '../send-document.ts';

const tags = ['policy'];

export const ClaimDocumentSchema = z.object({
  id: z.string(),
  kind: z.enum(PROOF_KINDS),
  name: z.string(),
  mediaType: z.enum(DOCUMENT_MEDIA_TYPES).describe('what its bytes say it is'),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
});
export const ProofsSchema = {
  documents: z.array(ClaimDocumentSchema).describe('the proofs uploaded, without their bytes'),
  proofs: z.array(z.object({ kind: z.enum(PROOF_KINDS), by: z.enum(PROOF_PROVIDERS), documents: z.number().int(), present: z.boolean() })).describe('what the programme requires, and which are present'),
  uploadable: z.array(z.enum(PROOF_KINDS)).describe('the kinds the reader may upload now'),
};

export const presentClaimDocument = (d: ClaimDocumentMeta): z.infer<typeof ClaimDocumentSchema> => ({ id: d.id, kind: d.kind as ProofKind, name: d.name, mediaType: d.mediaType as DocumentMediaType, sizeBytes: d.sizeBytes, sha256: d.sha256, uploadedAt: iso(d.uploadedAt)! });
export const presentProofs = (p: ClaimProofs) => ({ documents: p.documents.map(presentClaimDocument), proofs: p.proofs, uploadable: p.uploadable });

export const claimDocumentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/claims/:id/documents',
    {
      config: { access: 'claim.document_add' },
      bodyLimit: Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 64 * 1024,
      schema: {
        tags,
        summary: 'Upload a proof the claim’s programme requires: the enterprise its kinds, the lending institution its own; a PDF, PNG or JPEG (told by its bytes, the name’s extension must agree), at most 2 MB, stored with its SHA-256; refused once the claim is decided',
        params: IdParams,
        body: z.object({ kind: z.enum(PROOF_KINDS), name: z.string().trim().min(1).max(200), contentBase64: z.base64() }),
        response: { 201: ClaimDocumentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { kind, name, contentBase64 } = request.body;
      return reply.code(201).send(presentClaimDocument(await addClaimDocument(contextOf(request), request.params.id, { kind, name, content: Buffer.from(contentBase64, 'base64') })));
    },
  );
  app.get(
    '/claims/:id/documents/:documentId',
    {
      config: { access: 'claim.document_read' },
      schema: { tags, summary: 'Download one proof of a claim (as an attachment, with the type its bytes say), to whoever may read the claim', params: IdParams.extend({ documentId: z.uuid() }), response: { 200: z.any().describe('the document’s bytes'), ...errorResponses } },
    },
    async (request, reply) => {
      const doc = await readClaimDocument(contextOf(request), request.params.id, request.params.documentId);
      const mediaType = doc.mediaType as DocumentMediaType;
      return sendDocument(reply, { name: doc.name, mediaType, sha256: doc.sha256, content: doc.content });
    },
  );
};
