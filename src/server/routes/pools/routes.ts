// Risk compensation pools (风险补偿资金池): the park saves a pool and records contributions; its
// partner banks register loans and file claims; the park reviews, approves (the payout computed with
// its trail) and pays; recoveries after payment are shared back. The console is one pool's figures.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PoolClaimEventRow, PoolClaimListed, PoolDocumentMeta, PoolLedgerRow, PoolListed, PoolLoanRow, PoolRecoveryRow } from '../../../db/repositories/pools.ts';
import { CLAIM_DOCUMENTS, CONTRIBUTOR_KINDS, type Pool } from '../../../domain/policy/pool.ts';
import { POOL_CLAIM_STATES, type ReviewClock } from '../../../domain/policy/pool-claims.ts';
import { MAX_DOCUMENT_BYTES, type DocumentMediaType } from '../../../../shared/documents.ts';
import { addPoolClaimDocument, filePoolClaim, movePoolClaim, readPoolClaim, readPoolClaimDocument, recordPoolRecovery } from '../../../services/pools/claims.ts';
import { poolConsole, type ConsoleClaim } from '../../../services/pools/console.ts';
import { registerPoolLoan } from '../../../services/pools/loans.ts';
import { confirmPoolLoan, declinePoolLoan } from '../../../services/pools/proposals.ts';
import { listPools, poolOf, recordContribution, savePool } from '../../../services/pools/pools.ts';
import { contextOf } from '../../app.ts';
import { errorResponses, fenToJson, IdParams, IsoDate, iso, multilineText } from '../common.ts';
import { sendDocument } from '../send-document.ts';

const tags = ['pools'];
const Money = z.number().int();
const nullableFen = (v: bigint | null) => (v === null ? null : fenToJson(v));
const PositiveFen = z.number().int().positive().max(Number.MAX_SAFE_INTEGER).transform(BigInt);
const Trail = z.array(z.record(z.string(), z.unknown())).describe('every step of the calculation, in order; fen as integers');
/** A stored trail for JSON: fen strings as integers. */
const presentTrail = (stored: unknown) => ((stored ?? []) as Record<string, unknown>[]).map((s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, k.endsWith('Fen') && typeof v === 'string' ? Number(v) : v])));

const Named = z.object({ id: z.string(), name: z.string(), nameEn: z.string().nullable() });
const PoolSchema = z.object({
  id: z.string(),
  code: z.string().describe('the pool’s stable code'),
  version: z.number().int(),
  status: z.enum(['active', 'closed']),
  park: z.object({ code: z.string(), name: z.string(), nameEn: z.string() }).nullable().describe('the owning park; null for a city-wide pool'),
  name: z.string(),
  nameEn: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  lossShare: z.string(),
  leverageTarget: z.string(),
  nplThreshold: z.string(),
  partners: z.array(Named),
  contributors: z.array(Named.extend({ kind: z.enum(CONTRIBUTOR_KINDS), share: z.string() })),
  pool: z.record(z.string(), z.unknown()).describe('the whole definition as saved (src/domain/policy/pool.ts)'),
});
type Names = Map<string, { name: string; nameEn: string | null }>;

function presentPool(r: PoolListed, names: Names = new Map(), pool: Pool = poolOf(r)): z.infer<typeof PoolSchema> {
  const named = (id: string) => ({ id, name: names.get(id)?.name ?? id, nameEn: names.get(id)?.nameEn ?? null });
  return {
    id: r.id,
    code: r.code,
    version: r.version,
    status: r.status as 'active' | 'closed',
    park: r.parkCode ? { code: r.parkCode, name: r.parkName ?? '', nameEn: r.parkNameEn ?? '' } : null,
    name: r.nameZh,
    nameEn: r.nameEn,
    validFrom: r.validFrom,
    validTo: r.validTo,
    lossShare: pool.coverage.lossShare,
    leverageTarget: pool.leverage.target,
    nplThreshold: pool.nplThreshold,
    partners: pool.partnerIds.map(named),
    contributors: pool.contributors.map((c) => ({ ...named(c.id), kind: c.kind, share: c.share })),
    pool: r.body as Record<string, unknown>,
  };
}

const ClaimSchema = z.object({
  id: z.string(),
  poolId: z.string(),
  loanId: z.string(),
  partner: z.object({ id: z.string(), name: z.string() }),
  enterprise: z.object({ id: z.string(), name: z.string() }),
  state: z.enum(POOL_CLAIM_STATES),
  version: z.number().int(),
  filedOn: z.string(),
  overdueSince: z.string(),
  overdueDays: z.number().int(),
  lawsuitAcceptedOn: z.string().nullable(),
  principalAtDefaultFen: Money,
  stepStartedOn: z.string().nullable(),
  netLossFen: Money.nullable(),
  approvedFen: Money.nullable().describe('the payout computed on approval'),
  limitedBy: z.enum(['none', 'partner_cap', 'pool_balance']).nullable(),
  trail: Trail,
  paidFen: Money.nullable(),
  paidOn: z.string().nullable(),
  paymentReference: z.string().nullable(),
  reason: z.string().nullable(),
  comment: z.string().nullable(),
});
const EventSchema = z.object({ fromState: z.string().nullable(), toState: z.string(), mover: z.string(), reason: z.string().nullable(), comment: z.string().nullable(), at: z.string() });
const DocumentSchema = z.object({ id: z.string(), kind: z.enum(CLAIM_DOCUMENTS), name: z.string(), contentType: z.string(), sizeBytes: z.number().int(), sha256: z.string(), uploadedAt: z.string() });
const RecoverySchema = z.object({ id: z.string(), recoveredOn: z.string(), amountFen: Money, refundFen: Money, trail: Trail, note: z.string() });
const ClockSchema = z.object({ step: z.string(), startedOn: z.string(), dueOn: z.string(), workingDaysLeft: z.number().int(), overdue: z.boolean() }).nullable();
const ClaimDetail = ClaimSchema.extend({ events: z.array(EventSchema), documents: z.array(DocumentSchema), recoveries: z.array(RecoverySchema), clock: ClockSchema });

const presentClaim = (c: PoolClaimListed): z.infer<typeof ClaimSchema> => ({
  id: c.id,
  poolId: c.poolId,
  loanId: c.loanId,
  partner: { id: c.partnerId, name: c.partnerName },
  enterprise: { id: c.enterpriseId, name: c.enterpriseName },
  state: c.state as (typeof POOL_CLAIM_STATES)[number],
  version: c.version,
  filedOn: c.filedOn,
  overdueSince: c.overdueSince,
  overdueDays: c.overdueDays,
  lawsuitAcceptedOn: c.lawsuitAcceptedOn,
  principalAtDefaultFen: fenToJson(c.principalAtDefaultFen),
  stepStartedOn: c.stepStartedOn,
  netLossFen: nullableFen(c.netLossFen),
  approvedFen: nullableFen(c.approvedFen),
  limitedBy: c.limitedBy as 'none' | 'partner_cap' | 'pool_balance' | null,
  trail: presentTrail(c.trail),
  paidFen: nullableFen(c.paidFen),
  paidOn: c.paidOn,
  paymentReference: c.paymentReference,
  reason: c.reason,
  comment: c.comment,
});
const presentEvent = (e: PoolClaimEventRow) => ({ fromState: e.fromState, toState: e.toState, mover: e.mover, reason: e.reason, comment: e.comment, at: iso(e.at)! });
const presentDocument = (d: PoolDocumentMeta) => ({ id: d.id, kind: d.kind as (typeof CLAIM_DOCUMENTS)[number], name: d.name, contentType: d.contentType, sizeBytes: d.sizeBytes, sha256: d.sha256, uploadedAt: iso(d.uploadedAt)! });
const presentRecovery = (r: PoolRecoveryRow) => ({ id: r.id, recoveredOn: r.recoveredOn, amountFen: fenToJson(r.amountFen), refundFen: fenToJson(r.refundFen), trail: presentTrail(r.trail), note: r.note });
const presentDetail = (d: { claim: PoolClaimListed; events: PoolClaimEventRow[]; documents: PoolDocumentMeta[]; recoveries: PoolRecoveryRow[]; clock?: ReviewClock | null }) => ({
  ...presentClaim(d.claim),
  events: d.events.map(presentEvent),
  documents: d.documents.map(presentDocument),
  recoveries: d.recoveries.map(presentRecovery),
  clock: d.clock ?? null,
});

const ConsoleSchema = PoolSchema.extend({
  asOf: z.string(),
  viewer: z.object({ role: z.enum(['administrator', 'partner', 'contributor']), partnerId: z.string().nullable() }),
  balanceFen: Money,
  contributedFen: Money,
  paidFen: Money,
  refundedFen: Money,
  coveredFen: Money.describe('outstanding principal of the registered loans'),
  leverage: z.string().nullable().describe('covered ÷ balance, an exact decimal; null with no balance'),
  aboveTarget: z.boolean(),
  headroomFen: Money,
  nplFen: Money,
  nplRatio: z.string(),
  claimsByState: z.record(z.enum(POOL_CLAIM_STATES), z.number().int()),
  partnerFigures: z.array(z.object({ partnerId: z.string(), name: z.string(), loans: z.number().int(), outstandingFen: Money, nplFen: Money, nplRatio: z.string(), threshold: z.string(), suspended: z.boolean(), claims: z.number().int(), openClaims: z.number().int(), lossFen: Money, paidFen: Money, refundedFen: Money })),
  contributorFigures: z.array(z.object({ contributorId: z.string(), name: z.string(), kind: z.enum(CONTRIBUTOR_KINDS), share: z.string(), contributedFen: Money, payoutsFen: Money, refundsFen: Money, balanceFen: Money })),
  days: z.array(z.object({ date: z.string(), contributionsFen: Money, payoutsFen: Money, refundsFen: Money, balanceFen: Money })),
  proposals: z.array(z.object({ id: z.string(), loanId: z.string(), partnerId: z.string(), partnerName: z.string(), enterpriseName: z.string(), share: z.string(), firstLoan: z.boolean(), principalFen: Money, proposedOn: z.string().nullable() })).describe('registrations proposed at disbursement, awaiting the partner bank’s confirmation'),
  loans: z.array(z.object({ id: z.string(), loanId: z.string(), partnerId: z.string(), partnerName: z.string(), enterpriseName: z.string(), share: z.string(), firstLoan: z.boolean(), principalFen: Money, outstandingFen: Money, loanStatus: z.string(), classification: z.string(), registeredOn: z.string() })),
  claims: z.array(ClaimDetail),
});

const PoolLoanStatusEnum = z.enum(['proposed', 'registered', 'declined']).meta({ id: 'PoolLoanStatus' });
const PoolLoanSchema = z.object({ id: z.string(), poolId: z.string(), loanId: z.string(), partnerId: z.string(), status: PoolLoanStatusEnum, share: z.string(), firstLoan: z.boolean(), principalFen: Money, registeredOn: z.string(), proposedOn: z.string().nullable() });
const presentPoolLoan = (l: PoolLoanRow): z.infer<typeof PoolLoanSchema> => ({ id: l.id, poolId: l.poolId, loanId: l.loanId, partnerId: l.partnerId, status: l.status as 'proposed', share: l.share, firstLoan: l.firstLoan, principalFen: fenToJson(l.principalFen), registeredOn: l.registeredOn, proposedOn: l.proposedOn });

const LedgerEntrySchema = z.object({ id: z.string(), kind: z.enum(['contribution', 'payout', 'refund']), on: z.string(), amountFen: Money, contributorId: z.string().nullable(), reference: z.string().nullable() });
const presentEntry = (e: PoolLedgerRow) => ({ id: e.id, kind: e.kind as 'contribution' | 'payout' | 'refund', on: e.on, amountFen: fenToJson(e.amountFen), contributorId: e.contributorId, reference: e.reference });

const PoolBody = z
  .object({
    id: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'programme.id_format'),
    name: z.string().trim().min(1).max(100),
    nameEn: z.string().trim().min(1).max(100),
    status: z.enum(['active', 'closed']).optional(),
  })
  .catchall(z.unknown())
  .describe('a pool (src/domain/policy/pool.ts): ownerPark, validFrom, validTo, contributors, partnerIds, coverage, partnerCapRatio, leverage, nplThreshold, trigger, review; version is the next');

const MoveBody = z.object({
  to: z.enum(POOL_CLAIM_STATES),
  version: z.number().int().min(1),
  reason: multilineText().trim().max(1000).nullish(),
  comment: multilineText().trim().max(1000).nullish(),
  payment: z.object({ amountFen: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).transform(BigInt).nullish().describe('default: the payout approved'), reference: z.string().trim().min(1).max(100).nullish() }).nullish().describe('paying: the amount and the transfer’s reference'),
});

export const poolRoutes: FastifyPluginAsyncZod = async (app) => {
  const { calendar } = app.kejin;

  app.get(
    '/pools',
    { config: { access: 'pool.read' }, schema: { tags, summary: 'Risk compensation pools you may see: your parks’ (administrators), those your institution is partner or contributor of', response: { 200: z.object({ items: z.array(PoolSchema) }), ...errorResponses } } },
    async (request) => {
      const { rows, names } = await listPools(contextOf(request));
      return { items: rows.map((r) => presentPool(r, names)) };
    },
  );
  app.post(
    '/pools',
    { config: { access: 'pool.manage' }, schema: { tags, summary: 'Create a pool or save the next version of one (park administrator of the owner park); validated with field paths', body: PoolBody, response: { 201: PoolSchema, ...errorResponses } } },
    async (request, reply) => {
      const { name, nameEn, status, ...pool } = request.body;
      const saved = await savePool(contextOf(request), { pool, nameZh: name, nameEn, ...(status ? { status } : {}) });
      return reply.code(201).send(presentPool(saved));
    },
  );
  app.get(
    '/pools/:id',
    { config: { access: 'pool.read' }, schema: { tags, summary: 'The pool console: balance, coverage, leverage against target, NPL ratio, claims by state with their trail, per-partner and per-contributor figures', params: IdParams, response: { 200: ConsoleSchema, ...errorResponses } } },
    async (request) => {
      const c = await poolConsole(contextOf(request), calendar, request.params.id);
      const s = c.summary;
      const nameOf = (id: string) => c.names.get(id)?.name ?? id;
      return {
        ...presentPool(c.row, c.names, c.pool),
        asOf: s.asOf,
        viewer: c.viewer,
        balanceFen: fenToJson(s.balanceFen),
        contributedFen: fenToJson(s.contributedFen),
        paidFen: fenToJson(s.paidFen),
        refundedFen: fenToJson(s.refundedFen),
        coveredFen: fenToJson(s.coveredFen),
        leverage: s.leverage,
        aboveTarget: s.aboveTarget,
        headroomFen: fenToJson(s.headroomFen),
        nplFen: fenToJson(s.nplFen),
        nplRatio: s.nplRatio,
        claimsByState: s.claimsByState,
        partnerFigures: s.partners.map((p) => ({ partnerId: p.partnerId, name: nameOf(p.partnerId), loans: p.loans, outstandingFen: fenToJson(p.outstandingFen), nplFen: fenToJson(p.nplFen), nplRatio: p.nplRatio, threshold: p.threshold, suspended: p.suspended, claims: p.claims, openClaims: p.openClaims, lossFen: fenToJson(p.lossFen), paidFen: fenToJson(p.paidFen), refundedFen: fenToJson(p.refundedFen) })),
        contributorFigures: s.contributors.map((p) => ({ contributorId: p.contributorId, name: nameOf(p.contributorId), kind: p.kind, share: p.share, contributedFen: fenToJson(p.contributedFen), payoutsFen: fenToJson(p.payoutsFen), refundsFen: fenToJson(p.refundsFen), balanceFen: fenToJson(p.balanceFen) })),
        days: s.days.map((d) => ({ date: d.date, contributionsFen: fenToJson(d.contributionsFen), payoutsFen: fenToJson(d.payoutsFen), refundsFen: fenToJson(d.refundsFen), balanceFen: fenToJson(d.balanceFen) })),
        proposals: c.proposals.map((l) => ({ id: l.id, loanId: l.loanId, partnerId: l.partnerId, partnerName: l.partnerName, enterpriseName: l.enterpriseName, share: l.share, firstLoan: l.firstLoan, principalFen: fenToJson(l.principalFen), proposedOn: l.proposedOn })),
        loans: c.loans.map((l) => ({ id: l.id, loanId: l.loanId, partnerId: l.partnerId, partnerName: l.partnerName, enterpriseName: l.enterpriseName, share: l.share, firstLoan: l.firstLoan, principalFen: fenToJson(l.principalFen), outstandingFen: fenToJson(l.outstandingPrincipalFen), loanStatus: l.loanStatus, classification: l.classification, registeredOn: l.registeredOn })),
        claims: c.claims.map((cl: ConsoleClaim) => presentDetail(cl)),
      };
    },
  );
  app.post(
    '/pools/:id/contributions',
    { config: { access: 'pool.manage' }, schema: { tags, summary: 'Record money put into the pool by one contributor, or one sum split by the shares (contributorId null)', params: IdParams, body: z.object({ amountFen: PositiveFen, contributorId: z.string().trim().min(1).max(64).nullable(), on: IsoDate.optional(), reference: z.string().trim().min(1).max(100).nullish() }), response: { 201: LedgerEntrySchema, ...errorResponses } } },
    async (request, reply) => {
      const { amountFen, contributorId, on, reference } = request.body;
      return reply.code(201).send(presentEntry(await recordContribution(contextOf(request), request.params.id, { amountFen, contributorId, ...(on ? { on } : {}), reference: reference ?? null })));
    },
  );
  app.post(
    '/pools/:id/loans',
    {
      config: { access: 'pool.claim' },
      schema: {
        tags,
        summary: 'Register one of your institution’s loans with the pool (the partner bank confirms it): refused for a non-partner or suspended partner, outside the period, or past the leverage target; once per loan',
        params: IdParams,
        body: z.object({ loanId: z.uuid() }),
        response: { 201: z.object({ id: z.string(), loanId: z.string(), partnerId: z.string(), share: z.string(), firstLoan: z.boolean(), principalFen: Money, registeredOn: z.string(), coveredAfterFen: Money, leverageAfter: z.string(), aboveTarget: z.boolean() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { poolLoan: l, registration: r } = await registerPoolLoan(contextOf(request), request.params.id, request.body);
      return reply.code(201).send({ id: l.id, loanId: l.loanId, partnerId: l.partnerId, share: l.share, firstLoan: l.firstLoan, principalFen: fenToJson(l.principalFen), registeredOn: l.registeredOn, coveredAfterFen: fenToJson(r.coveredAfterFen), leverageAfter: r.leverageAfter, aboveTarget: r.aboveTarget });
    },
  );
  app.post(
    '/pool-loans/:id/confirm',
    {
      config: { access: 'pool.confirm' },
      schema: {
        tags,
        summary: 'Confirm a registration the platform proposed at disbursement (the lending bank’s officer): decided again now, under the pool’s lock — refused if the pool would pass its leverage target or the partner is suspended',
        params: IdParams,
        response: { 200: PoolLoanSchema, ...errorResponses },
      },
    },
    async (request) => presentPoolLoan((await confirmPoolLoan(contextOf(request), request.params.id)).poolLoan),
  );
  app.post(
    '/pool-loans/:id/decline',
    { config: { access: 'pool.confirm' }, schema: { tags, summary: 'Decline a registration the platform proposed at disbursement (the lending bank’s officer); the loan may still be registered by hand later', params: IdParams, response: { 200: PoolLoanSchema, ...errorResponses } } },
    async (request) => presentPoolLoan(await declinePoolLoan(contextOf(request), request.params.id)),
  );
  app.post(
    '/pools/:id/claims',
    { config: { access: 'pool.claim' }, schema: { tags, summary: 'File a claim on a registered loan (partner institution): the loan overdue more than the pool’s days and, where the pool needs it, the lawsuit accepted', params: IdParams, body: z.object({ loanId: z.uuid(), lawsuitAcceptedOn: IsoDate.nullable() }), response: { 201: ClaimDetail, ...errorResponses } } },
    async (request, reply) => {
      const ctx = contextOf(request);
      const claim = await filePoolClaim(ctx, request.params.id, request.body);
      return reply.code(201).send(presentDetail(await readPoolClaim(ctx, calendar, claim.id)));
    },
  );
  app.get(
    '/pool-claims/:id',
    { config: { access: 'pool.read' }, schema: { tags, summary: 'One pool claim with its payout trail, moves, documents and recoveries', params: IdParams, response: { 200: ClaimDetail, ...errorResponses } } },
    async (request) => presentDetail(await readPoolClaim(contextOf(request), calendar, request.params.id)),
  );
  app.post(
    '/pool-claims/:id/moves',
    { config: { access: 'pool.move' }, schema: { tags, summary: 'Move a pool claim: the park reviews, returns, rejects, approves (the payout computed) and pays (never above the balance or the approval); the partner resubmits or withdraws', params: IdParams, body: MoveBody, response: { 200: ClaimDetail, ...errorResponses } } },
    async (request) => {
      const ctx = contextOf(request);
      const moved = await movePoolClaim(ctx, request.params.id, request.body);
      return presentDetail(await readPoolClaim(ctx, calendar, moved.id));
    },
  );
  app.post(
    '/pool-claims/:id/documents',
    {
      config: { access: 'pool.move' },
      bodyLimit: Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 64 * 1024,
      schema: { tags, summary: 'Add a document to a claim: a PDF, JPEG or PNG (told by its first bytes), stored with its SHA-256', params: IdParams, body: z.object({ kind: z.enum(CLAIM_DOCUMENTS), name: z.string().trim().min(1).max(200), contentBase64: z.base64() }), response: { 201: DocumentSchema, ...errorResponses } },
    },
    async (request, reply) => reply.code(201).send(presentDocument(await addPoolClaimDocument(contextOf(request), request.params.id, { kind: request.body.kind, name: request.body.name, content: Buffer.from(request.body.contentBase64, 'base64') }))),
  );
  app.get(
    '/pool-claims/:id/documents/:documentId',
    { config: { access: 'pool.read' }, schema: { tags, summary: 'Download one document of a pool claim (as an attachment, with the type its bytes say), to the park and the claim’s partner', params: IdParams.extend({ documentId: z.uuid() }), response: { 200: z.any().describe('the document’s bytes'), ...errorResponses } } },
    async (request, reply) => {
      const doc = await readPoolClaimDocument(contextOf(request), request.params.id, request.params.documentId);
      return sendDocument(reply, { name: doc.name, mediaType: doc.contentType as DocumentMediaType, sha256: doc.sha256, content: doc.content });
    },
  );
  app.post(
    '/pool-claims/:id/recoveries',
    { config: { access: 'pool.move' }, schema: { tags, summary: 'Record money recovered after the pool paid: the partner refunds the pool its paid share of it (cumulative, rounded down)', params: IdParams, body: z.object({ amountFen: PositiveFen, recoveredOn: IsoDate.optional(), note: z.string().trim().max(500).optional() }), response: { 201: RecoverySchema, ...errorResponses } } },
    async (request, reply) => {
      const { amountFen, recoveredOn, note } = request.body;
      return reply.code(201).send(presentRecovery(await recordPoolRecovery(contextOf(request), request.params.id, { amountFen, ...(recoveredOn ? { recoveredOn } : {}), ...(note ? { note } : {}) })));
    },
  );
};
