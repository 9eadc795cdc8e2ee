// Needs (posted by enterprises, taken up by institutions), the products that could answer a need,
// and a park's unmet needs. See docs/marketplace-api.md.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SECURITY_KINDS } from '../../../domain/marketplace/products.ts';
import { needMatches } from '../../../services/marketplace/needs-matches.ts';
import { PURPOSE_MAX, TERM_MONTHS_MAX } from '../../../services/marketplace/needs-terms.ts';
import type { NeedView } from '../../../services/marketplace/needs-view.ts';
import { closeNeed, createNeed, getNeed, listNeedsFor, takeUpNeed, takeUpRate, updateNeed, withdrawNeed } from '../../../services/marketplace/needs.ts';
import { unmetNeeds } from '../../../services/marketplace/unmet-needs.ts';
import { contextOf } from '../../app.ts';
import { CreditCodeFormat, errorResponses, fenToJson, IdParams, IsoDate, iso, pageOf, PageQuery, multilineText } from '../common.ts';
import { Lang, MatchItemSchema } from './product-schemas.ts';
import { NeedStatusEnum, ProductKindEnum, SecurityKindEnum } from '../vocabulary.ts';

const Flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const AmountFen = z.number().int('must be a whole number of fen').positive('must be more than zero').max(Number.MAX_SAFE_INTEGER).transform(BigInt);
const TermMonths = z.number().int('must be a whole number of months').min(1).max(TERM_MONTHS_MAX);
const Purpose = multilineText().trim().min(1, 'say what the money is for').max(PURPOSE_MAX);
const Offers = z.array(SecurityKindEnum).max(SECURITY_KINDS.length * 2);

const NeedBody = z.object({
  creditCode: CreditCodeFormat.optional(),
  kind: ProductKindEnum,
  amountFen: AmountFen,
  termMonths: TermMonths.nullable().optional(),
  purpose: Purpose,
  neededBy: IsoDate.nullable().optional(),
  offers: Offers.default([]),
});
const NeedPatchBody = z.object({
  kind: ProductKindEnum.optional(),
  amountFen: AmountFen.optional(),
  termMonths: TermMonths.nullable().optional(),
  purpose: Purpose.optional(),
  neededBy: IsoDate.nullable().optional(),
  offers: Offers.optional(),
});

const NeedSchema = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  creditCode: z.string(),
  enterpriseName: z.string(),
  parkCode: z.string(),
  industryCode: z.string(),
  stage: z.string().nullable(),
  grade: z.string().nullable(),
  kind: ProductKindEnum,
  amountFen: z.number().int(),
  termMonths: z.number().int().nullable(),
  purpose: z.string(),
  neededBy: z.string().nullable(),
  offers: z.array(SecurityKindEnum),
  status: NeedStatusEnum,
  takeUps: z.array(z.object({ institutionId: z.string(), institutionName: z.string(), productId: z.string().nullable(), takenAt: z.string(), note: z.string().nullable() })),
  masked: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
type NeedJson = z.infer<typeof NeedSchema>;

const presentNeed = (n: NeedView): NeedJson => ({
  ...n,
  kind: n.kind as NeedJson['kind'],
  status: n.status as NeedJson['status'],
  offers: n.offers as NeedJson['offers'],
  amountFen: fenToJson(n.amountFen),
  takeUps: n.takeUps.map((t) => ({ institutionId: t.institutionId, institutionName: t.institutionName, productId: t.productId, takenAt: iso(t.takenAt)!, note: t.note })),
  createdAt: iso(n.createdAt)!,
  updatedAt: iso(n.updatedAt)!,
});

const Paging = PageQuery.omit({ q: true });
const NeedListQuery = Paging.extend({ status: NeedStatusEnum.optional(), kind: ProductKindEnum.optional(), all: Flag.optional() });
const NeedMatchQuery = Paging.extend({ eligible: Flag.optional(), lang: Lang });
const TakeUpBody = z.object({ productId: z.uuid().optional(), note: multilineText().trim().max(500).optional() }).nullish(); // the body may be left out
const UnmetGroup = { count: z.number().int(), amountFen: z.number().int() };
const UnmetSchema = z.object({
  total: z.number().int(),
  openNeeds: z.number().int(),
  byIndustry: z.array(z.object({ industryCode: z.string(), ...UnmetGroup })),
  byStage: z.array(z.object({ stage: z.string(), ...UnmetGroup })),
  items: z.array(NeedSchema),
});

export const needRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['marketplace'];
  const { market } = app.kejin;

  app.post(
    '/needs',
    {
      config: { access: 'need.manage' },
      schema: { tags, summary: "Post a financing need for the caller's own enterprise (the operator names the enterprise by creditCode)", body: NeedBody, response: { 201: NeedSchema, ...errorResponses } },
    },
    async (request, reply) => reply.status(201).send(presentNeed(await createNeed(contextOf(request), request.body))),
  );
  app.get(
    '/needs',
    {
      config: { access: 'need.list' },
      schema: {
        tags,
        summary: "Needs: an enterprise's own, a park's (administrator), an institution's inbox (officer: needs its products would be eligible for; all=true: every active need in its parks), all (operator)",
        querystring: NeedListQuery,
        response: { 200: pageOf(NeedSchema), ...errorResponses },
      },
    },
    async (request) => {
      const { page, pageSize, ...query } = request.query;
      const result = await listNeedsFor(contextOf(request), market, query, { page, pageSize });
      return { ...result, items: result.items.map(presentNeed) };
    },
  );
  app.get(
    '/needs/:id',
    { config: { access: 'need.list' }, schema: { tags, summary: 'One need (same visibility as the list; institutions without a grant see it masked)', params: IdParams, response: { 200: NeedSchema, ...errorResponses } } },
    async (request) => presentNeed(await getNeed(contextOf(request), market, request.params.id)),
  );
  app.patch(
    '/needs/:id',
    { config: { access: 'need.manage' }, schema: { tags, summary: 'Change an open need of your enterprise', params: IdParams, body: NeedPatchBody, response: { 200: NeedSchema, ...errorResponses } } },
    async (request) => presentNeed(await updateNeed(contextOf(request), request.params.id, request.body)),
  );
  app.post(
    '/needs/:id/withdraw',
    { config: { access: 'need.manage' }, schema: { tags, summary: 'Withdraw a need of your enterprise', params: IdParams, response: { 200: NeedSchema, ...errorResponses } } },
    async (request) => presentNeed(await withdrawNeed(contextOf(request), request.params.id)),
  );
  app.post(
    '/needs/:id/close',
    { config: { access: 'need.manage' }, schema: { tags, summary: 'Close a need of your enterprise (met or done with)', params: IdParams, response: { 200: NeedSchema, ...errorResponses } } },
    async (request) => presentNeed(await closeNeed(contextOf(request), request.params.id)),
  );
  app.post(
    '/needs/:id/take-up',
    {
      config: { access: 'need.take_up' },
      schema: {
        tags,
        summary: "Take up a need for the officer's institution (once per institution); the enterprise is notified",
        params: IdParams,
        body: TakeUpBody,
        response: { 200: NeedSchema, ...errorResponses },
      },
    },
    async (request) => presentNeed(await takeUpNeed(contextOf(request), market, request.params.id, request.body ?? {})),
  );
  app.get(
    '/institutions/:id/take-up-rate',
    {
      config: { access: 'need.list' },
      schema: {
        tags,
        summary: "An institution's take-up rate: needs its inbox showed since it joined, and how many it took up",
        params: IdParams,
        response: { 200: z.object({ institutionId: z.string(), needsSeen: z.number().int(), takenUp: z.number().int(), rate: z.number() }), ...errorResponses },
      },
    },
    async (request) => takeUpRate(contextOf(request), market, request.params.id),
  );
  app.get(
    '/needs/:id/matches',
    {
      config: { access: 'match.read' },
      schema: {
        tags,
        summary: "Products of the need's kind ranked for it, with its amount, term and security as extra requirements (the enterprise, its park administrators, the operator)",
        params: IdParams,
        querystring: NeedMatchQuery,
        response: { 200: pageOf(MatchItemSchema).extend({ eligibleCount: z.number().int(), ratedAt: z.string().nullable() }), ...errorResponses },
      },
    },
    async (request) => {
      const result = await needMatches(contextOf(request), market, request.params.id, request.query);
      return { ...result, ratedAt: iso(result.ratedAt) };
    },
  );
  app.get(
    '/parks/:parkCode/unmet-needs',
    {
      config: { access: 'marketplace.stats' },
      schema: {
        tags,
        summary: "A park's open needs that no offered product is eligible for, by industry division and stage, with the first 50",
        params: z.object({ parkCode: z.string().trim().toLowerCase().min(1).max(32) }),
        response: { 200: UnmetSchema, ...errorResponses },
      },
    },
    async (request) => {
      const r = await unmetNeeds(contextOf(request), market, request.params.parkCode);
      const group = <T extends { amountFen: bigint }>(g: T) => ({ ...g, amountFen: fenToJson(g.amountFen) });
      return { ...r, byIndustry: r.byIndustry.map(group), byStage: r.byStage.map(group), items: r.items.map(presentNeed) };
    },
  );
};
