// Policy instruments: subsidy programmes (versions, drafts, publishing), runs that compute the
// claims from the platform's loans (免申即享), the claims' moves with their calculation trail,
// payment batches for the finance office, and each enterprise's "subsidies you qualify for".
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ProgrammeListed } from '../../../db/repositories/programmes.ts';
import type { ClaimEventRow, ClaimListed } from '../../../db/repositories/subsidy-claims.ts';
import { CLAIM_DECISION_REASONS, PROGRAMME_STATUSES, SUBSIDY_CLAIM_STATES } from '../../../../shared/policy.ts';
import { PROGRAMME_KINDS } from '../../../domain/policy/programme.ts';
import { batchSheet, createBatch, payBatch, readBatches } from '../../../services/policy/batches.ts';
import { moveClaim, publishClaims, readClaim, readClaims } from '../../../services/policy/claims.ts';
import { enterpriseSubsidies } from '../../../services/policy/enterprise-subsidies.ts';
import { listProgrammes, publishProgramme, readProgramme, saveProgramme } from '../../../services/policy/programmes.ts';
import { runSubsidy, trailOf as trailOfStored } from '../../../services/policy/run.ts';
import type { BatchRow } from '../../../db/repositories/subsidy-claims.ts';
import type { Actor } from '../../../domain/access/actor.ts';
import { seesClaimAccount } from '../../../domain/access/policy-access.ts';
import { contextOf } from '../../app.ts';
import { simulationRoutes } from './simulate.ts';
import { LoanLabel, Money, nullableFen, presentReasons, presentRun, presentRunJob, presentTrail, Reason, RunJobSchema, RunSchema, Trail } from './run-json.ts';
import { queueSubsidyRun, readSubsidyRun } from '../../../services/policy/run-jobs.ts';
import { claimDocumentRoutes, presentProofs, ProofsSchema } from './claim-documents.ts';
import { sendSheet } from '../exports/send-sheet.ts';
import { Lang } from '../marketplace/product-schemas.ts';
import { errorResponses, fenToJson, IdParams, IsoDate, iso, multilineText, pageOf, PageQuery } from '../common.ts';

const tags = ['policy'];
const ProgrammeCode = z.string().trim().min(1).max(64);
const CodeParams = z.object({ id: ProgrammeCode });

const Park = z.object({ code: z.string(), name: z.string(), nameEn: z.string() }).nullable();
const ProgrammeSchema = z.object({
  id: z.string().describe('the programme code, shared by all its versions'),
  version: z.number().int(),
  kind: z.enum(PROGRAMME_KINDS),
  status: z.enum(PROGRAMME_STATUSES),
  park: Park.describe('the owning park; null for a city-wide programme'),
  name: z.string(),
  nameEn: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  share: z.string().describe('the share of eligible interest (or fee, premium) paid, a decimal'),
  minGrade: z.string().nullable(),
  capPerEnterpriseYearFen: Money.nullable(),
  budgetFen: Money,
  publishedAt: z.string().nullable(),
  programme: z.record(z.string(), z.unknown()).describe('the whole programme as saved (src/domain/policy/programme.ts)'),
});
const ProgrammeWithVersions = ProgrammeSchema.extend({ versions: z.array(z.object({ version: z.number().int(), status: z.enum(PROGRAMME_STATUSES), validFrom: z.string(), validTo: z.string(), publishedAt: z.string().nullable() })) });

function presentProgramme(r: ProgrammeListed): z.infer<typeof ProgrammeSchema> {
  const body = r.body as { formula: { share: string }; eligibility: { minGrade: string | null }; caps: { perEnterprisePerYearFen: number | null } };
  return {
    id: r.code,
    version: r.version,
    kind: r.kind as (typeof PROGRAMME_KINDS)[number],
    status: r.status as (typeof PROGRAMME_STATUSES)[number],
    park: r.parkCode ? { code: r.parkCode, name: r.parkName ?? '', nameEn: r.parkNameEn ?? '' } : null,
    name: r.nameZh,
    nameEn: r.nameEn,
    validFrom: r.validFrom,
    validTo: r.validTo,
    share: body.formula.share,
    minGrade: body.eligibility.minGrade,
    capPerEnterpriseYearFen: body.caps.perEnterprisePerYearFen,
    budgetFen: fenToJson(r.budgetFen),
    publishedAt: iso(r.publishedAt),
    programme: r.body as Record<string, unknown>,
  };
}

/** Each programme once (its newest version), with the list of its versions. */
function grouped(rows: ProgrammeListed[]): z.infer<typeof ProgrammeWithVersions>[] {
  const byCode = new Map<string, ProgrammeListed[]>();
  for (const r of rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
  return [...byCode.values()].map((versions) => {
    const sorted = [...versions].sort((a, b) => b.version - a.version);
    const current = sorted.find((v) => v.status === 'published') ?? sorted[0]!;
    return { ...presentProgramme(current), versions: sorted.map((v) => ({ version: v.version, status: v.status as (typeof PROGRAMME_STATUSES)[number], validFrom: v.validFrom, validTo: v.validTo, publishedAt: iso(v.publishedAt) })) };
  });
}

const ClaimSchema = z.object({
  id: z.string(),
  programmeId: z.string(),
  programmeVersion: z.number().int(),
  kind: z.enum(PROGRAMME_KINDS),
  loanId: z.string(),
  loan: LoanLabel,
  enterprise: z.object({ id: z.string(), creditCode: z.string(), name: z.string() }),
  institution: z.object({ id: z.string(), name: z.string() }),
  park: z.object({ code: z.string(), name: z.string(), nameEn: z.string() }),
  periodFrom: z.string(),
  periodTo: z.string(),
  state: z.enum(SUBSIDY_CLAIM_STATES),
  version: z.number().int(),
  grade: z.string().nullable(),
  interestPaidFen: Money,
  eligibleInterestFen: Money,
  basis: z.enum(['interest', 'guarantee_fee', 'premium']).describe('what the subsidy is a share of'),
  basisPaidFen: Money.describe('fee and premium claims: what was paid in the period'),
  eligibleBasisFen: Money,
  computedFen: Money,
  capFen: Money.nullable(),
  subsidyFen: Money,
  publishedOn: z.string().nullable(),
  objectionUntil: z.string().nullable(),
  confirmBy: z.string().nullable(),
  account: z.object({ name: z.string(), bank: z.string(), number: z.string() }).nullable().describe('the receiving account; the number masked except for the enterprise and the park'),
  confirmedOn: z.string().nullable(),
  decisionReason: z.enum(CLAIM_DECISION_REASONS).nullable(),
  paymentReference: z.string().nullable(),
  paidOn: z.string().nullable(),
  clawbackFen: Money.nullable(),
  clawedBackOn: z.string().nullable(),
});
const ClaimDetail = ClaimSchema.extend({
  trail: Trail,
  events: z.array(z.object({ fromState: z.string().nullable(), toState: z.string(), mover: z.string(), reason: z.string().nullable(), comment: z.string().nullable(), at: z.string() })),
  ...ProofsSchema,
});

const maskNumber = (n: string) => `${'*'.repeat(Math.max(0, n.length - 4))}${n.slice(-4)}`;

function presentClaim(c: ClaimListed, actor: Actor): z.infer<typeof ClaimSchema> {
  const seesAccount = seesClaimAccount(actor, c);
  return {
    id: c.id,
    programmeId: c.programmeCode,
    programmeVersion: c.programmeVersion,
    kind: c.kind as (typeof PROGRAMME_KINDS)[number],
    loanId: c.loanId,
    loan: { productName: c.productName, productNameEn: c.productNameEn, amountFen: fenToJson(c.loanAmountFen) },
    enterprise: { id: c.enterpriseId, creditCode: c.creditCode, name: c.enterpriseName },
    institution: { id: c.institutionId, name: c.institutionName },
    park: { code: c.parkCode, name: c.parkName, nameEn: c.parkNameEn },
    periodFrom: c.periodFrom,
    periodTo: c.periodTo,
    state: c.state as (typeof SUBSIDY_CLAIM_STATES)[number],
    version: c.version,
    grade: c.grade,
    interestPaidFen: fenToJson(c.interestPaidFen),
    eligibleInterestFen: fenToJson(c.eligibleInterestFen),
    basis: c.basis as 'interest' | 'guarantee_fee' | 'premium',
    basisPaidFen: fenToJson(c.basisPaidFen),
    eligibleBasisFen: fenToJson(c.eligibleBasisFen),
    computedFen: fenToJson(c.computedFen),
    capFen: nullableFen(c.capFen),
    subsidyFen: fenToJson(c.subsidyFen),
    publishedOn: c.publishedOn,
    objectionUntil: c.objectionUntil,
    confirmBy: c.confirmBy,
    account: c.accountNumber ? { name: c.accountName ?? '', bank: c.accountBank ?? '', number: seesAccount ? c.accountNumber : maskNumber(c.accountNumber) } : null,
    confirmedOn: c.confirmedOn,
    decisionReason: c.decisionReason as (typeof CLAIM_DECISION_REASONS)[number] | null,
    paymentReference: c.paymentReference,
    paidOn: c.paidOn,
    clawbackFen: nullableFen(c.clawbackFen),
    clawedBackOn: c.clawedBackOn,
  };
}

const presentEvent = (e: ClaimEventRow) => ({ fromState: e.fromState, toState: e.toState, mover: e.mover, reason: e.reason, comment: e.comment, at: iso(e.at)! });

const BatchSchema = z.object({ id: z.string(), programmeId: z.string(), claims: z.number().int(), totalFen: Money, status: z.enum(['open', 'paid']), paymentReference: z.string().nullable(), paidOn: z.string().nullable(), createdAt: z.string() });
const presentBatch = (b: BatchRow): z.infer<typeof BatchSchema> => ({ id: b.id, programmeId: b.programmeCode, claims: b.claims, totalFen: fenToJson(b.totalFen), status: b.status as 'open' | 'paid', paymentReference: b.paymentReference, paidOn: b.paidOn, createdAt: iso(b.createdAt)! });

const ProgrammeBody = z
  .object({
    id: ProgrammeCode.regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'programme.id_format'),
    name: z.string().trim().min(1).max(100).optional().describe('the name in Chinese; default from the kind and park'),
    nameEn: z.string().trim().min(1).max(100).optional(),
    status: z.enum(PROGRAMME_STATUSES).default('published').describe('draft: kept for the simulator, published later; published: in force'),
  })
  .catchall(z.unknown())
  .describe('a programme (src/domain/policy/programme.ts): kind, ownerPark, validFrom, validTo, eligibility, loanRules, formula, caps, budgetRule, stacking, objectionDays, confirmDays; version optional (the next)');

const ClaimMoveBody = z.object({
  to: z.enum(SUBSIDY_CLAIM_STATES),
  version: z.number().int().min(1),
  comment: multilineText().trim().max(1000).nullish(),
  reason: z.enum(CLAIM_DECISION_REASONS).nullish(),
  account: z.object({ name: z.string().trim().min(1).max(100), bank: z.string().trim().min(1).max(100), number: z.string().trim().min(1).max(40) }).nullish().describe('confirming: the receiving account'),
  payment: z.object({ reference: z.string().trim().min(1).max(100), paidOn: IsoDate }).nullish().describe('paying: the finance office reference and date'),
  clawbackFen: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).transform(BigInt).nullish().describe('clawing back: how much (default all that was paid)'),
});

const KIND_NAMES: Record<string, readonly [string, string]> = { interest_subsidy: ['贷款贴息', 'interest subsidy'], guarantee_fee_subsidy: ['担保费补贴', 'guarantee-fee subsidy'], premium_subsidy: ['保费补贴', 'premium subsidy'] };

export const policyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { calendar, jobs } = app.kejin;
  // before the /programmes/:id routes: 'simulate' is a static segment, not a programme code
  await app.register(simulationRoutes);
  await app.register(claimDocumentRoutes);

  app.get(
    '/programmes',
    { config: { access: 'programme.read' }, schema: { tags, summary: 'Subsidy programmes: each once (its version in force), with its versions; drafts only to their park', response: { 200: z.object({ items: z.array(ProgrammeWithVersions) }), ...errorResponses } } },
    async (request) => ({ items: grouped(await listProgrammes(contextOf(request))) }),
  );
  app.get(
    '/programmes/:id',
    { config: { access: 'programme.read' }, schema: { tags, summary: 'One programme with every version', params: CodeParams, response: { 200: ProgrammeWithVersions.extend({ all: z.array(ProgrammeSchema) }), ...errorResponses } } },
    async (request) => {
      const rows = await readProgramme(contextOf(request), request.params.id);
      return { ...grouped(rows)[0]!, all: rows.map(presentProgramme) };
    },
  );
  app.post(
    '/programmes',
    { config: { access: 'programme.manage' }, schema: { tags, summary: 'Save a programme version (park administrator): validated with field paths; a draft is edited in place until published; a new version of a published programme cannot start before today', body: ProgrammeBody, response: { 201: ProgrammeSchema, ...errorResponses } } },
    async (request, reply) => {
      const { name, nameEn, status, ...programme } = request.body;
      const kind = KIND_NAMES[String(programme.kind)] ?? [String(programme.kind), String(programme.kind)];
      const saved = await saveProgramme(contextOf(request), { programme, nameZh: name ?? kind[0], nameEn: nameEn ?? kind[1], status });
      return reply.code(201).send(presentProgramme(saved));
    },
  );
  app.post(
    '/programmes/:id/publish',
    { config: { access: 'programme.manage' }, schema: { tags, summary: 'Publish the programme’s draft: it becomes the version in force (checked for overlaps and retroactive change)', params: CodeParams, response: { 200: ProgrammeSchema, ...errorResponses } } },
    async (request) => presentProgramme(await publishProgramme(contextOf(request), request.params.id)),
  );
  app.post(
    '/programmes/:id/runs',
    {
      config: { access: 'subsidy.run' },
      schema: {
        tags,
        summary: 'Compute the programme’s claims from the loans and repayments the platform holds (免申即享); dryRun writes nothing; background queues the written run as a job (202) whose progress GET /programmes/{id}/runs/{jobId} shows',
        params: CodeParams,
        body: z.object({ from: IsoDate.optional(), to: IsoDate.optional(), dryRun: z.boolean().default(false), background: z.boolean().default(false) }),
        response: { 200: RunSchema, 202: RunJobSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { background, ...options } = request.body;
      const ctx = contextOf(request);
      if (background && !options.dryRun) return reply.code(202).send(presentRunJob(await queueSubsidyRun(ctx, jobs, request.params.id, { ...(options.from ? { from: options.from } : {}), ...(options.to ? { to: options.to } : {}) })));
      return presentRun(await runSubsidy(ctx, calendar, request.params.id, options));
    },
  );
  app.get(
    '/programmes/:id/runs/:jobId',
    { config: { access: 'subsidy.run' }, schema: { tags, summary: 'A queued run of the programme: queued, running, succeeded (with its totals and claims written) or failed (with the reason)', params: CodeParams.extend({ jobId: z.uuid() }), response: { 200: RunJobSchema, ...errorResponses } } },
    async (request) => presentRunJob(await readSubsidyRun(contextOf(request), jobs, request.params.id, request.params.jobId)),
  );
  app.post(
    '/programmes/:id/publish-claims',
    { config: { access: 'programme.manage' }, schema: { tags, summary: 'Publish every computed claim for objections; the confirmation deadline starts', params: CodeParams, body: z.object({ periodFrom: IsoDate.optional() }).nullish(), response: { 200: z.object({ published: z.number().int() }), ...errorResponses } } },
    async (request) => publishClaims(contextOf(request), calendar, request.params.id, request.body?.periodFrom),
  );
  app.get(
    '/programmes/:id/batches',
    { config: { access: 'programme.manage' }, schema: { tags, summary: 'The programme’s payment batches, newest first', params: CodeParams, response: { 200: z.object({ items: z.array(BatchSchema) }), ...errorResponses } } },
    async (request) => ({ items: (await readBatches(contextOf(request), request.params.id)).map(presentBatch) }),
  );
  app.post(
    '/programmes/:id/batches',
    { config: { access: 'programme.manage' }, schema: { tags, summary: 'Gather the approved claims not yet in a batch into a payment batch for the finance office', params: CodeParams, response: { 201: BatchSchema, ...errorResponses } } },
    async (request, reply) => reply.code(201).send(presentBatch(await createBatch(contextOf(request), request.params.id))),
  );
  app.post(
    '/payment-batches/:id/pay',
    { config: { access: 'programme.manage' }, schema: { tags, summary: 'Mark a batch paid with the finance office’s reference: every claim in it moves to paid', params: IdParams, body: z.object({ reference: z.string().trim().min(1).max(100), paidOn: IsoDate }), response: { 200: BatchSchema, ...errorResponses } } },
    async (request) => presentBatch(await payBatch(contextOf(request), request.params.id, request.body)),
  );
  app.get(
    '/payment-batches/:id/export.xlsx',
    { config: { access: 'programme.manage' }, schema: { tags, summary: 'The batch as a workbook for the finance office (payee, bank, account, amount in yuan); audited', params: IdParams, querystring: z.object({ lang: Lang }), response: { 200: z.any().describe('the .xlsx workbook'), ...errorResponses } } },
    async (request, reply) => sendSheet(reply, await batchSheet(contextOf(request), request.params.id, request.query.lang)),
  );

  app.get(
    '/claims',
    {
      config: { access: 'claim.read' },
      schema: { tags, summary: 'Subsidy claims you may see: the park’s review queue, an enterprise’s own, a lender’s loans’', querystring: PageQuery.omit({ q: true }).extend({ programme: ProgrammeCode.optional(), state: z.array(z.enum(SUBSIDY_CLAIM_STATES)).or(z.enum(SUBSIDY_CLAIM_STATES)).optional() }), response: { 200: pageOf(ClaimSchema), ...errorResponses } },
    },
    async (request) => {
      const { programme, state, page, pageSize } = request.query;
      const ctx = contextOf(request);
      const found = await readClaims(ctx, { ...(programme ? { programmeCode: programme } : {}), ...(state ? { states: Array.isArray(state) ? state : [state] } : {}) }, { page, pageSize });
      return { ...found, items: found.items.map((c) => presentClaim(c, ctx.actor)) };
    },
  );
  app.get(
    '/claims/:id',
    { config: { access: 'claim.read' }, schema: { tags, summary: 'One claim with its calculation trail, its history, the proofs its programme requires (which are present) and the documents uploaded', params: IdParams, response: { 200: ClaimDetail, ...errorResponses } } },
    async (request) => {
      const ctx = contextOf(request);
      const { claim, events, ...proofs } = await readClaim(ctx, request.params.id);
      return { ...presentClaim(claim, ctx.actor), trail: presentTrail(trailOfStored(claim.trail)), events: events.map(presentEvent), ...presentProofs(proofs) };
    },
  );
  app.post(
    '/claims/:id/moves',
    { config: { access: 'claim.move' }, schema: { tags, summary: 'Move a claim: the enterprise objects or confirms its receiving account; the park publishes, decides objections, approves, rejects, pays, claws back', params: IdParams, body: ClaimMoveBody, response: { 200: ClaimSchema, ...errorResponses } } },
    async (request) => {
      const ctx = contextOf(request);
      return presentClaim(await moveClaim(ctx, calendar, request.params.id, request.body), ctx.actor);
    },
  );

  app.get(
    '/enterprises/:creditCode/subsidies',
    {
      config: { access: 'claim.read' },
      schema: {
        tags,
        summary: 'Subsidies the enterprise qualifies for: each programme reaching its park, the amount expected this year, why a loan does not qualify and what the enterprise lacks; and its claims',
        params: z.object({ creditCode: z.string().trim().toUpperCase().length(18) }),
        response: {
          200: z.object({
            enterprise: z.object({ id: z.string(), creditCode: z.string(), name: z.string() }),
            year: z.string(),
            expectedThisYearFen: Money,
            programmes: z.array(z.object({ programme: ProgrammeSchema, expectedFen: Money, capPerEnterpriseYearFen: Money.nullable(), loans: z.array(z.object({ loanId: z.string(), eligible: z.boolean(), expectedFen: Money, reasons: z.array(Reason) })), enterpriseReasons: z.array(Reason) })),
            claims: z.array(ClaimSchema),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      const s = await enterpriseSubsidies(ctx, calendar, request.params.creditCode);
      return {
        enterprise: { id: s.enterprise.id, creditCode: s.enterprise.creditCode, name: s.enterprise.name },
        year: s.year,
        expectedThisYearFen: fenToJson(s.expectedThisYearFen),
        programmes: s.programmes.map((p) => ({ programme: presentProgramme(p.programme), expectedFen: fenToJson(p.expectedFen), capPerEnterpriseYearFen: nullableFen(p.capPerEnterpriseYearFen), loans: p.loans.map((l) => ({ loanId: l.loanId, eligible: l.eligible, expectedFen: fenToJson(l.expectedFen), reasons: presentReasons(l.reasons) })), enterpriseReasons: presentReasons(p.enterpriseReasons) })),
        claims: s.claims.map((c) => presentClaim(c, ctx.actor)),
      };
    },
  );
};
