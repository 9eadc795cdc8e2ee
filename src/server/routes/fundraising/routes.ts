// An enterprise's fundraising: its profile (the enterprise saves it; an investor sees it whole under
// a data-room grant, masked without), its pitch deck and data room (multipart PDF uploads; each
// download watermarked and logged), the download log, and the open fundraisings investors browse.
import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AMOUNT_BANDS, FUNDRAISING_DOCUMENT_KINDS, FUNDRAISING_ROUNDS, FUNDRAISING_STATUSES, MAX_FUNDRAISING_DOCUMENT_BYTES, MAX_MILESTONES, type FundraisingDocumentKind, type FundraisingRound, type FundraisingStatus } from '../../../../shared/fundraising.ts';
import type { FundraisingDocumentMeta, FundraisingDownloadRow, FundraisingProfileRow } from '../../../db/repositories/fundraising.ts';
import { addFundraisingDocument, deleteFundraisingDocument, downloadFundraisingDocument, readFundraisingDownloads } from '../../../services/fundraising/documents.ts';
import { browseFundraisings, readFundraising, saveFundraising, type BrowsedFundraising, type FundraisingView } from '../../../services/fundraising/profile.ts';
import { contextOf } from '../../app.ts';
import { errorResponses, fenToJson, IsoDate, iso, multilineText, PageQuery, pageOf } from '../common.ts';
import { sendDocument } from '../send-document.ts';
import { readUploadForm, UPLOAD_LIMITS } from './upload-form.ts';

const tags = ['fundraising'];
const CreditCodeParams = z.object({ creditCode: z.string().trim().toUpperCase().length(18) });
const DocumentParams = CreditCodeParams.extend({ documentId: z.uuid() });
const Fen = z.number().int('must be a whole number of fen').max(Number.MAX_SAFE_INTEGER).transform(BigInt);

const Round = z.enum(FUNDRAISING_ROUNDS).meta({ id: 'FundraisingRound' });
const Milestone = z.object({ title: z.string().trim().min(1).max(200), dueOn: IsoDate });
const ProfileBody = z
  .object({
    round: Round,
    amountSoughtFen: Fen,
    valuationMinFen: Fen,
    valuationMaxFen: Fen,
    useOfFunds: multilineText().trim().min(1).max(4000),
    milestones: z.array(Milestone).max(MAX_MILESTONES * 5).default([]),
    status: z.enum(FUNDRAISING_STATUSES).default('open'),
  })
  .strict();

const ProfileSchema = z.object({
  round: Round,
  amountSoughtFen: z.number().int(),
  valuationMinFen: z.number().int(),
  valuationMaxFen: z.number().int(),
  useOfFunds: z.string(),
  milestones: z.array(z.object({ title: z.string(), dueOn: z.string() })),
  status: z.enum(FUNDRAISING_STATUSES),
  updatedAt: z.string(),
});
const DocumentSchema = z.object({ id: z.string(), kind: z.enum(FUNDRAISING_DOCUMENT_KINDS), name: z.string(), contentType: z.string(), sizeBytes: z.number().int(), sha256: z.string(), uploadedAt: z.string() });
const Summary = z.object({ round: Round, amountBand: z.enum(AMOUNT_BANDS), status: z.enum(FUNDRAISING_STATUSES) }).describe('what an investor sees without the data room');
const EnterpriseSchema = z.object({ creditCode: z.string(), name: z.string(), industryCode: z.string(), parkName: z.string() });
const ViewSchema = z.object({
  view: z.enum(['full', 'masked']),
  enterprise: EnterpriseSchema,
  summary: Summary.nullable(),
  profile: ProfileSchema.nullable().describe('null while masked, or while the enterprise has saved none'),
  documents: z.array(DocumentSchema).describe('to those who may download them'),
  manages: z.boolean(),
  readsDocuments: z.boolean(),
});
const DownloadSchema = z.object({ id: z.string(), documentId: z.string(), documentName: z.string(), documentKind: z.enum(FUNDRAISING_DOCUMENT_KINDS), viewerOrganisationName: z.string(), userEmail: z.string().nullable(), underGrant: z.boolean(), at: z.string() });
const ListedSchema = z.object({
  creditCode: z.string(),
  enterpriseName: z.string(),
  industryCode: z.string(),
  parkName: z.string(),
  parkNameEn: z.string(),
  granted: z.boolean().describe('the investor holds a live data-room grant: the figures below are given'),
  summary: Summary,
  amountSoughtFen: z.number().int().nullable(),
  valuationMinFen: z.number().int().nullable(),
  valuationMaxFen: z.number().int().nullable(),
  updatedAt: z.string(),
});

const presentProfile = (p: FundraisingProfileRow): z.infer<typeof ProfileSchema> => ({
  round: p.round as FundraisingRound,
  amountSoughtFen: fenToJson(p.amountSoughtFen),
  valuationMinFen: fenToJson(p.valuationMinFen),
  valuationMaxFen: fenToJson(p.valuationMaxFen),
  useOfFunds: p.useOfFunds,
  milestones: p.milestones,
  status: p.status as FundraisingStatus,
  updatedAt: iso(p.updatedAt)!,
});
const presentDocument = (d: FundraisingDocumentMeta): z.infer<typeof DocumentSchema> => ({ id: d.id, kind: d.kind as FundraisingDocumentKind, name: d.name, contentType: d.contentType, sizeBytes: d.sizeBytes, sha256: d.sha256, uploadedAt: iso(d.uploadedAt)! });
const presentView = (v: FundraisingView): z.infer<typeof ViewSchema> => ({
  view: v.view,
  enterprise: { creditCode: v.enterprise.creditCode, name: v.enterprise.name, industryCode: v.enterprise.industryCode, parkName: v.enterprise.parkName },
  summary: v.view === 'masked' ? v.summary : null,
  profile: v.view === 'full' && v.profile ? presentProfile(v.profile) : null,
  documents: v.view === 'full' ? v.documents.map(presentDocument) : [],
  manages: v.access.manages,
  readsDocuments: v.access.readsDocuments,
});
const presentDownload = (d: FundraisingDownloadRow): z.infer<typeof DownloadSchema> => ({ id: String(d.id), documentId: d.documentId, documentName: d.documentName, documentKind: d.documentKind as FundraisingDocumentKind, viewerOrganisationName: d.viewerOrganisationName, userEmail: d.userEmail, underGrant: d.grantId !== null, at: iso(d.at)! });
const presentListed = ({ row, granted, summary }: BrowsedFundraising): z.infer<typeof ListedSchema> => ({
  creditCode: row.creditCode,
  enterpriseName: row.enterpriseName,
  industryCode: row.industryCode,
  parkName: row.parkName,
  parkNameEn: row.parkNameEn,
  granted,
  summary,
  amountSoughtFen: granted ? fenToJson(row.amountSoughtFen) : null,
  valuationMinFen: granted ? fenToJson(row.valuationMinFen) : null,
  valuationMaxFen: granted ? fenToJson(row.valuationMaxFen) : null,
  updatedAt: iso(row.updatedAt)!,
});

export const fundraisingRoutes: FastifyPluginAsyncZod = async (app) => {
  // A file past the cap is read to one byte over and refused as too large in the document's own words, not the parser's.
  await app.register(fastifyMultipart, { limits: UPLOAD_LIMITS, throwFileSizeLimit: false });

  app.get(
    '/enterprises/:creditCode/fundraising',
    { config: { access: 'fundraising.read' }, schema: { tags, summary: 'The enterprise’s fundraising: whole to the enterprise, its park and investors it granted its data room; a masked summary (round, amount band) to other investors', params: CreditCodeParams, response: { 200: ViewSchema, ...errorResponses } } },
    async (request) => presentView(await readFundraising(contextOf(request), request.params.creditCode)),
  );
  app.put(
    '/enterprises/:creditCode/fundraising',
    { config: { access: 'fundraising.manage' }, schema: { tags, summary: 'Save the enterprise’s fundraising profile (the enterprise itself): round, amount sought, valuation range, use of funds, dated milestones, open or closed', params: CreditCodeParams, body: ProfileBody, response: { 200: ProfileSchema, ...errorResponses } } },
    async (request) => presentProfile(await saveFundraising(contextOf(request), request.params.creditCode, request.body)),
  );
  app.post(
    '/enterprises/:creditCode/fundraising/documents',
    {
      config: { access: 'fundraising.manage' },
      bodyLimit: MAX_FUNDRAISING_DOCUMENT_BYTES + 1024 * 1024,
      schema: { tags, summary: 'Upload the pitch deck (replacing the one before) or a data-room paper (multipart: kind, file): a PDF by its content, at most 20 MB, stored with its SHA-256', consumes: ['multipart/form-data'], params: CreditCodeParams, response: { 201: DocumentSchema, ...errorResponses } },
    },
    async (request, reply) => reply.code(201).send(presentDocument(await addFundraisingDocument(contextOf(request), request.params.creditCode, await readUploadForm(request)))),
  );
  app.get(
    '/enterprises/:creditCode/fundraising/documents/:documentId',
    { config: { access: 'fundraising.read' }, schema: { tags, summary: 'Download a pitch deck or data-room paper, every page stamped with the viewer’s organisation and the time; the download is logged (the enterprise and investors it granted its data room)', params: DocumentParams, response: { 200: z.any().describe('the watermarked PDF'), ...errorResponses } } },
    async (request, reply) => {
      const doc = await downloadFundraisingDocument(contextOf(request), request.params.creditCode, request.params.documentId);
      reply.header('x-watermarked', 'organisation and time');
      return sendDocument(reply, { name: doc.name, mediaType: 'application/pdf', sha256: doc.sha256, content: doc.watermarked });
    },
  );
  app.delete(
    '/enterprises/:creditCode/fundraising/documents/:documentId',
    { config: { access: 'fundraising.manage' }, schema: { tags, summary: 'Delete a pitch deck or data-room paper (the enterprise itself); its downloads stay logged', params: DocumentParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await deleteFundraisingDocument(contextOf(request), request.params.creditCode, request.params.documentId);
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/enterprises/:creditCode/fundraising/downloads',
    { config: { access: 'fundraising.manage' }, schema: { tags, summary: 'Who downloaded the enterprise’s deck and data room, newest first (the enterprise itself)', params: CreditCodeParams, querystring: PageQuery.omit({ q: true }), response: { 200: pageOf(DownloadSchema), ...errorResponses } } },
    async (request) => {
      const page = await readFundraisingDownloads(contextOf(request), request.params.creditCode, request.query);
      return { ...page, items: page.items.map(presentDownload) };
    },
  );
  app.get(
    '/fundraisings',
    { config: { access: 'fundraising.browse' }, schema: { tags, summary: 'The open fundraisings, for investors (venture, angel and guidance funds): whole where the enterprise granted the investor its data room, a masked summary elsewhere', querystring: PageQuery.omit({ q: true }), response: { 200: pageOf(ListedSchema), ...errorResponses } } },
    async (request) => {
      const page = await browseFundraisings(contextOf(request), request.query);
      return { ...page, items: page.items.map(presentListed) };
    },
  );
};
