// Financing applications: apply (idempotent by key), move through the state table (409 for an
// illegal move or a stale version), read with timeline and advice. See docs/workflow-api.md.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { REJECTION_REASONS } from '../../../domain/workflow/rejections.ts';
import { applyForFinancing } from '../../../services/workflow/apply.ts';
import { moveApplication } from '../../../services/workflow/moves.ts';
import { applicationView, readApplication, readApplications, type ApplicationView } from '../../../services/workflow/read-applications.ts';
import { contextOf } from '../../app.ts';
import { MOVE_HOOKS } from '../../workflow-hooks.ts';
import { errorResponses, fenToJson, IdParams, IsoDate, iso, pageOf, PageQuery, multilineText } from '../common.ts';
import { Lang } from '../marketplace/product-schemas.ts';
import { ApplicationStateEnum, DeadlineStatusEnum, LoanStatusEnum, LprTenorEnum, MoveNeedEnum, ProductKindEnum, RepaymentMethodEnum } from '../vocabulary.ts';

const tags = ['workflow'];
type State = z.infer<typeof ApplicationStateEnum>;
const AmountFen = z.number().int('must be a whole number of fen').positive('must be more than zero').max(Number.MAX_SAFE_INTEGER).transform(BigInt);

const ApplicationBody = z.object({
  productId: z.uuid(),
  needId: z.uuid().nullable().optional(),
  amountFen: AmountFen,
  termMonths: z.number().int().min(1).max(360).nullable().optional(),
  purpose: multilineText().trim().min(1, 'say what the money is for').max(500),
  grantId: z.uuid().nullable().optional(),
  draft: z.boolean().optional(),
});

const LprTenor = z.enum(['1y', '5y']);
const Spread = z.number().int('must be a whole number of basis points').min(-2000, 'within ±2000 basis points').max(2000, 'within ±2000 basis points');
const Term = z.number().int().min(1, 'a loan runs 1 to 360 months').max(360, 'a loan runs 1 to 360 months');

/** Disbursement: amount, rate and term default to the approval's (an amount above it is refused). */
const LoanTerms = z.object({
  amountFen: AmountFen.nullable().optional(),
  spreadBp: Spread.nullable().optional(),
  lprTenor: LprTenorEnum.nullable().optional(),
  termMonths: Term.nullable().optional(),
  method: RepaymentMethodEnum,
  disbursedOn: IsoDate,
});

/** A loan's approval: the amount, the rate as an LPR tenor plus a spread, and the term. */
const ApprovalTerms = z.object({
  amountFen: AmountFen,
  spreadBp: Spread,
  lprTenor: LprTenor.nullable().optional(),
  termMonths: Term,
});

const TransitionBody = z.object({
  to: z.string().trim().min(1).max(40),
  version: z.number().int().min(1),
  reason: z.string().trim().max(200).nullable().optional(),
  comment: multilineText().trim().max(2000).nullable().optional(),
  approval: ApprovalTerms.nullable().optional(),
  loan: LoanTerms.nullable().optional(),
});

const IdempotencyHeaders = z.object({ 'idempotency-key': z.string().trim().min(1).max(200).optional() });

const DeadlineSchema = z.object({ on: z.string().nullable(), status: DeadlineStatusEnum, workingDaysLeft: z.number().int().nullable().describe('working days left (negative: days late); null when decided or without a deadline') });
const ApplicationSchema = z.object({
  id: z.string(),
  state: ApplicationStateEnum,
  version: z.number().int(),
  enterprise: z.object({ id: z.string(), creditCode: z.string(), name: z.string() }),
  institution: z.object({ id: z.string(), name: z.string() }),
  product: z.object({ id: z.string(), name: z.string(), kind: ProductKindEnum, version: z.number().int() }),
  parkCode: z.string(),
  needId: z.string().nullable(),
  grantId: z.string().nullable(),
  ratingId: z.string().nullable(),
  amountFen: z.number().int(),
  termMonths: z.number().int().nullable(),
  purpose: z.string(),
  submittedAt: z.string().nullable(),
  deadline: DeadlineSchema,
  decidedAt: z.string().nullable(),
  responseWorkingDays: z.number().int().nullable(),
  /** A loan's approved terms (null before approval, and for applications approved without them). */
  approval: z.object({ amountFen: z.number().int(), lprTenor: LprTenor, spreadBp: z.number().int(), termMonths: z.number().int() }).nullable(),
  rejection: z.object({ reason: z.string(), label: z.string(), text: z.string().nullable(), advice: z.string().nullable() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Application' });
const ApplicationDetailSchema = ApplicationSchema.extend({
  rating: z.object({ grade: z.string(), score: z.number(), ratedAt: z.string() }).nullable(),
  loan: z.object({ id: z.string(), status: LoanStatusEnum }).nullable(),
  moves: z.array(z.object({ to: ApplicationStateEnum, needs: z.array(MoveNeedEnum) })),
  timeline: z.array(z.object({ from: ApplicationStateEnum.nullable(), to: ApplicationStateEnum, version: z.number().int(), at: z.string(), actorEmail: z.string().nullable(), reason: z.string().nullable(), comment: z.string().nullable() })),
  advice: z.array(z.object({ rule: z.string(), actual: z.union([z.number(), z.string()]).nullable(), required: z.string(), advice: z.string() })),
}).meta({ id: 'ApplicationDetail' });

export const toJson = (v: ApplicationView): z.infer<typeof ApplicationSchema> => ({
  ...v,
  state: v.state as z.infer<typeof ApplicationSchema>['state'],
  product: { ...v.product, kind: v.product.kind as z.infer<typeof ApplicationSchema>['product']['kind'] },
  amountFen: fenToJson(v.amountFen),
  approval: v.approval ? { ...v.approval, amountFen: fenToJson(v.approval.amountFen) } : null,
  submittedAt: iso(v.submittedAt),
  decidedAt: iso(v.decidedAt),
  createdAt: iso(v.createdAt)!,
  updatedAt: iso(v.updatedAt)!,
});

const Flag = z.enum(['true', 'false']).transform((v) => v === 'true');
export const ApplicationListQuery = PageQuery.omit({ q: true }).extend({
  state: ApplicationStateEnum.optional(),
  due: z.enum(['today', 'overdue']).optional().describe('awaiting the institution, decision due today (business day) or past its deadline'),
  open: Flag.optional().describe('not yet final (draft to contract signed)'),
  lang: Lang,
});
const ListQuery = ApplicationListQuery;

export const applicationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { calendar, market } = app.kejin;

  const viewOf = async (request: Parameters<typeof contextOf>[0], id: string, lang: 'zh-CN' | 'en') => toJson(await applicationView(contextOf(request), calendar, id, lang));

  app.post(
    '/applications',
    {
      config: { access: 'application.create' },
      schema: {
        tags,
        summary: 'Apply to a product for your enterprise (submitted unless draft). Send an Idempotency-Key header: the same key gives back the same application.',
        headers: IdempotencyHeaders,
        querystring: z.object({ lang: Lang }),
        body: ApplicationBody,
        response: { 200: ApplicationSchema, 201: ApplicationSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { application, replayed } = await applyForFinancing(contextOf(request), calendar, request.body, request.headers['idempotency-key'] ?? null);
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(replayed ? 200 : 201).send(await viewOf(request, application.id, request.query.lang));
    },
  );

  app.get(
    '/applications',
    { config: { access: 'application.read' }, schema: { tags, summary: 'Applications you may see: your enterprise’s, those made to your institution, or those in your parks', querystring: ListQuery, response: { 200: pageOf(ApplicationSchema), ...errorResponses } } },
    async (request) => {
      const found = await readApplications(contextOf(request), calendar, request.query);
      return { ...found, items: found.items.map(toJson) };
    },
  );

  app.get(
    '/applications/review-queue',
    { config: { access: 'application.read' }, schema: { tags, summary: 'The institution’s review queue: applications awaiting it (or its answer), earliest deadline first', querystring: ListQuery, response: { 200: pageOf(ApplicationSchema), ...errorResponses } } },
    async (request) => {
      const found = await readApplications(contextOf(request), calendar, { ...request.query, queue: true });
      return { ...found, items: found.items.map(toJson) };
    },
  );

  app.get(
    '/applications/:id',
    { config: { access: 'application.read' }, schema: { tags, summary: 'One application with its timeline, the moves you may make, its loan and (when declined) advice', params: IdParams, querystring: z.object({ lang: Lang }), response: { 200: ApplicationDetailSchema, ...errorResponses } } },
    async (request) => {
      const detail = await readApplication(contextOf(request), { calendars: calendar, market }, request.params.id, request.query.lang);
      return {
        ...toJson(detail),
        rating: detail.rating ? { ...detail.rating, score: Number(detail.rating.score), ratedAt: iso(detail.rating.ratedAt)! } : null,
        loan: detail.loan ? { ...detail.loan, status: detail.loan.status as z.infer<typeof LoanStatusEnum> } : null,
        moves: detail.moves.map((m) => ({ to: m.to, needs: [...m.needs] })),
        timeline: detail.timeline.map((e) => ({ ...e, from: e.from as State | null, to: e.to as State, at: iso(e.at)! })),
        advice: detail.advice,
      };
    },
  );

  app.post(
    '/applications/:id/transitions',
    {
      config: { access: 'application.move' },
      schema: {
        tags,
        summary: `Move an application: { to, version, reason, comment } (a loan's approval also sends { approval: { amountFen, spreadBp, lprTenor, termMonths } }, its disbursement { loan: { method, disbursedOn } }, amount, rate and term defaulting to the approval's). Rejection reasons: ${REJECTION_REASONS.join(', ')}. 409 for an illegal move or a stale version.`,
        params: IdParams,
        querystring: z.object({ lang: Lang }),
        body: TransitionBody,
        response: { 200: ApplicationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const moved = await moveApplication(contextOf(request), calendar, request.params.id, request.body, MOVE_HOOKS);
      return viewOf(request, moved.id, request.query.lang);
    },
  );
};
