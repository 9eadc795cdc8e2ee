// A fundraising's documents: the enterprise uploads one pitch deck (a new one replaces it) and any
// number of data-room papers, each a PDF by its bytes under the cap, that opens as a PDF, stored with
// its SHA-256; a refusal throws before anything is written. Each download, by the enterprise or an
// investor under its data-room grant, leaves stamped with the viewer's organisation and the time and
// is logged: in the fundraising's download log, and, under a grant, in the enterprise's access log.
import { findFundraisingDocument, findFundraisingProfile, deleteFundraisingDocument as removeDocument, deletePitchDeck, fundraisingDownloadsOf, insertFundraisingDocument, insertFundraisingDownload, lockPitchDeck, type FundraisingDocumentMeta, type FundraisingDocumentRow } from '../../db/repositories/fundraising.ts';
import { findOrganisation } from '../../db/repositories/organisations.ts';
import { insertAccessLog } from '../../db/repositories/sharing.ts';
import type { PageRequest } from '../../db/paging.ts';
import { FUNDRAISING_DOCUMENT_RULE } from '../../domain/equity/fundraising/view.ts';
import { fail } from '../../domain/shared/errors.ts';
import type { FundraisingDocumentKind } from '../../../shared/fundraising.ts';
import { acceptDocument } from '../shared/documents.ts';
import { mutate, type ServiceContext } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { openFundraising, type OpenedFundraising } from './profile.ts';
import { openPdf, watermarkPdf } from './watermark.ts';

async function managed(ctx: ServiceContext, creditCode: string): Promise<OpenedFundraising> {
  const opened = await openFundraising(ctx, creditCode);
  if (!opened.access.manages) throw fail('access.not_your_organisation');
  return opened;
}

export interface FundraisingDocumentInput {
  kind: FundraisingDocumentKind;
  name: string;
  content: Buffer;
}

export async function addFundraisingDocument(ctx: ServiceContext, creditCode: string, input: FundraisingDocumentInput): Promise<FundraisingDocumentMeta> {
  const { enterprise } = await managed(ctx, creditCode);
  if (!(await findFundraisingProfile(ctx.database.db, enterprise.organisationId))) throw fail('fundraising.profile_first');
  const accepted = acceptDocument(input.name, input.content, FUNDRAISING_DOCUMENT_RULE);
  // A file that starts like a PDF but does not open as one could never be watermarked: refused now, not at download.
  if (!(await openPdf(accepted.content))) throw fail('document.type_not_allowed', { types: ['PDF'] });
  return mutate(ctx, async (tx) => {
    let replaced: FundraisingDocumentMeta | undefined;
    if (input.kind === 'pitch_deck') {
      await lockPitchDeck(tx, enterprise.organisationId);
      replaced = await deletePitchDeck(tx, enterprise.organisationId);
    }
    const doc = await insertFundraisingDocument(tx, { id: newId(), enterpriseId: enterprise.organisationId, parkId: enterprise.parkId, kind: input.kind, name: input.name, contentType: accepted.mediaType, sizeBytes: accepted.sizeBytes, sha256: accepted.sha256, content: accepted.content, uploadedBy: ctx.actor.userId, uploadedAt: ctx.now() });
    return {
      result: doc,
      audit: { action: 'fundraising.document_added', targetType: 'enterprise', targetId: enterprise.organisationId, parkId: enterprise.parkId, details: { documentId: doc.id, kind: input.kind, sha256: accepted.sha256, sizeBytes: accepted.sizeBytes, replaced: replaced?.id ?? null } },
    };
  });
}

export async function deleteFundraisingDocument(ctx: ServiceContext, creditCode: string, documentId: string): Promise<void> {
  const { enterprise } = await managed(ctx, creditCode);
  await mutate(ctx, async (tx) => {
    const removed = await removeDocument(tx, enterprise.organisationId, documentId);
    if (!removed) throw fail('document.not_found');
    return { result: undefined, audit: { action: 'fundraising.document_deleted', targetType: 'enterprise', targetId: enterprise.organisationId, parkId: enterprise.parkId, details: { documentId, kind: removed.kind, sha256: removed.sha256 } } };
  });
}


/** The document stamped for the viewer, its download logged; refused to whoever the enterprise has not granted its data room. */
export async function downloadFundraisingDocument(ctx: ServiceContext, creditCode: string, documentId: string): Promise<FundraisingDocumentRow & { watermarked: Buffer }> {
  const { enterprise, access } = await openFundraising(ctx, creditCode);
  if (!access.readsDocuments || !access.viewerOrganisationId) throw fail('fundraising.documents_need_grant');
  const doc = await findFundraisingDocument(ctx.database.db, enterprise.organisationId, documentId);
  if (!doc) throw fail('document.not_found');
  const viewer = await findOrganisation(ctx.database.db, access.viewerOrganisationId);
  const at = ctx.now();
  const watermarked = await watermarkPdf(doc.content, { organisationName: viewer?.name ?? access.viewerOrganisationId, at, timezone: ctx.timezone });
  await ctx.database.db.transaction(async (tx) => {
    await insertFundraisingDownload(tx, { enterpriseId: enterprise.organisationId, parkId: enterprise.parkId, documentId: doc.id, documentName: doc.name, documentKind: doc.kind, documentSha256: doc.sha256, viewerOrganisationId: access.viewerOrganisationId!, viewerOrganisationName: viewer?.name ?? '', userId: ctx.actor.userId, userEmail: ctx.actor.email, grantId: access.grantId, at });
    if (access.grantId) {
      await insertAccessLog(tx, [{ parkId: enterprise.parkId, enterpriseId: enterprise.organisationId, institutionId: access.viewerOrganisationId!, userId: ctx.actor.userId, userEmail: ctx.actor.email, category: 'data_room', grantId: access.grantId, at }]);
    }
  });
  return { ...doc, watermarked };
}

/** Who downloaded the enterprise's documents, for the enterprise. */
export async function readFundraisingDownloads(ctx: ServiceContext, creditCode: string, page: PageRequest) {
  const { enterprise } = await managed(ctx, creditCode);
  return fundraisingDownloadsOf(ctx.database.db, enterprise.organisationId, page);
}
