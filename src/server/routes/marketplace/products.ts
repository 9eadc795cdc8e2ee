// Products (the supermarket, the rule builder, park approvals) and matching (an enterprise's
// matches, a product's leads, full match runs). See docs/marketplace-api.md.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { leadsForProduct, matchesForEnterprise } from '../../../services/marketplace/matching.ts';
import { matchFactCatalogue, previewRules } from '../../../services/marketplace/preview.ts';
import {
  createProduct,
  decideProduct,
  getProduct,
  listProducts,
  pendingApprovals,
  productVersions,
  publishProduct,
  updateProduct,
  withdrawProduct,
} from '../../../services/marketplace/products.ts';
import { contextOf } from '../../app.ts';
import { errorResponses, iso, IdParams, pageOf, PageQuery, multilineText } from '../common.ts';
import {
  FactSchema,
  LeadSchema,
  MatchItemSchema,
  MatchQuery,
  MatchRunSchema,
  PendingProductSchema,
  presentProduct,
  PreviewBody,
  PreviewSchema,
  ProductBody,
  ProductListQuery,
  ProductPatchBody,
  ProductSchema,
} from './product-schemas.ts';

const CreditCodeParams = z.object({ creditCode: z.string().trim().toUpperCase().length(18) });
const DecisionParams = IdParams.extend({ parkCode: z.string().trim().toLowerCase().min(1).max(32) });

export const productRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['marketplace'];
  const { market, matchRuns } = app.kejin;

  app.get(
    '/match-facts',
    { config: { access: 'product.list' }, schema: { tags, summary: 'The facts eligibility rules may use, with their operators (for the rule builder)', response: { 200: z.object({ items: z.array(FactSchema) }), ...errorResponses } } },
    async (request) => ({ items: matchFactCatalogue(contextOf(request)) }),
  );
  app.post(
    '/products/preview',
    {
      config: { access: 'product.manage' },
      schema: { tags, summary: 'How many rated enterprises a rule set lets through, per park (default: all parks)', body: PreviewBody, response: { 200: PreviewSchema, ...errorResponses } },
    },
    async (request) => previewRules(contextOf(request), market, request.body),
  );

  app.get(
    '/products',
    {
      config: { access: 'product.list' },
      schema: {
        tags,
        summary: 'The product supermarket: filters, sorting and paging; each caller sees the products offered to them (officers: mine=true for their own in any status)',
        querystring: ProductListQuery,
        response: { 200: pageOf(ProductSchema), ...errorResponses },
      },
    },
    async (request) => {
      const { page, pageSize, ...query } = request.query;
      const result = await listProducts(contextOf(request), query, { page, pageSize });
      return { ...result, items: result.items.map(presentProduct) };
    },
  );
  app.get(
    '/products/:id',
    { config: { access: 'product.list' }, schema: { tags, summary: 'One product (same visibility as the list)', params: IdParams, response: { 200: ProductSchema, ...errorResponses } } },
    async (request) => presentProduct(await getProduct(contextOf(request), request.params.id)),
  );
  app.get(
    '/products/:id/versions',
    {
      config: { access: 'product.list' },
      schema: {
        tags,
        summary: "A product's saved versions, newest first",
        params: IdParams,
        response: { 200: z.object({ items: z.array(z.object({ version: z.number().int(), createdAt: z.string(), createdBy: z.string().nullable(), content: z.unknown() })) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: (await productVersions(contextOf(request), request.params.id)).map((v) => ({ version: v.version, createdAt: iso(v.createdAt)!, createdBy: v.createdBy, content: v.content })),
    }),
  );
  app.post(
    '/products',
    {
      config: { access: 'product.manage' },
      schema: { tags, summary: "Create a draft product of the officer's institution (the operator names institutionId) and ask parks to approve it", body: ProductBody, response: { 201: ProductSchema, ...errorResponses } },
    },
    async (request, reply) => reply.status(201).send(presentProduct(await createProduct(contextOf(request), request.body))),
  );
  app.patch(
    '/products/:id',
    {
      config: { access: 'product.manage' },
      schema: {
        tags,
        summary: "Change a product of one's own institution; a change of terms, preferences or rules is a new version; parkCodes is the full list of parks",
        params: IdParams,
        body: ProductPatchBody,
        response: { 200: ProductSchema, ...errorResponses },
      },
    },
    async (request) => presentProduct(await updateProduct(contextOf(request), request.params.id, request.body)),
  );
  app.post(
    '/products/:id/publish',
    { config: { access: 'product.manage' }, schema: { tags, summary: 'Publish a product (offered in the parks that approved it)', params: IdParams, response: { 200: ProductSchema, ...errorResponses } } },
    async (request) => presentProduct(await publishProduct(contextOf(request), request.params.id)),
  );
  app.post(
    '/products/:id/withdraw',
    { config: { access: 'product.manage' }, schema: { tags, summary: 'Withdraw a product from the marketplace', params: IdParams, response: { 200: ProductSchema, ...errorResponses } } },
    async (request) => presentProduct(await withdrawProduct(contextOf(request), request.params.id)),
  );
  app.post(
    '/products/:id/parks/:parkCode/decision',
    {
      config: { access: 'product.approve' },
      schema: {
        tags,
        summary: "The park's administrator approves or rejects the product for the park; the institution is notified",
        params: DecisionParams,
        body: z.object({ approve: z.boolean(), note: multilineText().trim().max(500).nullable().optional() }),
        response: { 200: ProductSchema, ...errorResponses },
      },
    },
    async (request) => presentProduct(await decideProduct(contextOf(request), request.params.id, request.params.parkCode, request.body)),
  );
  app.get(
    '/product-approvals',
    {
      config: { access: 'product.approve' },
      schema: { tags, summary: "Products awaiting approval in the administrator's parks (operator: all), oldest request first", querystring: PageQuery.omit({ q: true }), response: { 200: pageOf(PendingProductSchema), ...errorResponses } },
    },
    async (request) => {
      const result = await pendingApprovals(contextOf(request), request.query);
      return { ...result, items: result.items.map((i) => ({ ...presentProduct(i), pendingPark: { ...i.pendingPark, requestedAt: iso(i.pendingPark.requestedAt)! } })) };
    },
  );

  app.get(
    '/enterprises/:creditCode/matches',
    {
      config: { access: 'match.read' },
      schema: {
        tags,
        summary: "Products offered in the enterprise's park, ranked: eligible ones by score, then near-misses with what is unmet and advice",
        params: CreditCodeParams,
        querystring: MatchQuery,
        response: { 200: pageOf(MatchItemSchema).extend({ eligibleCount: z.number().int(), ratedAt: z.string() }), ...errorResponses },
      },
    },
    async (request) => {
      const result = await matchesForEnterprise(contextOf(request), market, request.params.creditCode, request.query);
      return { ...result, ratedAt: iso(result.ratedAt)! };
    },
  );
  app.get(
    '/products/:id/leads',
    {
      config: { access: 'lead.read' },
      schema: {
        tags,
        summary: "Eligible rated enterprises in the product's approved parks, best fit first; masked unless the enterprise granted the institution access",
        params: IdParams,
        querystring: PageQuery.omit({ q: true }),
        response: { 200: pageOf(LeadSchema), ...errorResponses },
      },
    },
    async (request) => leadsForProduct(contextOf(request), market, request.params.id, request.query),
  );

  app.post(
    '/match-runs',
    { config: { access: 'match.run' }, schema: { tags, summary: 'Start a full match in the background (operator)', response: { 202: z.object({ id: z.string(), status: z.literal('running') }), ...errorResponses } } },
    async (request, reply) => reply.status(202).send(await matchRuns.start(contextOf(request))),
  );
  app.get(
    '/match-runs',
    { config: { access: 'match.run' }, schema: { tags, summary: 'Recent full match runs (operator)', response: { 200: z.object({ items: z.array(MatchRunSchema) }), ...errorResponses } } },
    async (request) => ({
      items: (await matchRuns.list(contextOf(request))).map((r) => ({
        id: r.id,
        trigger: r.trigger as 'nightly',
        status: r.status as 'done',
        enterprises: r.enterprises,
        products: r.products,
        eligiblePairs: Number(r.eligiblePairs),
        seconds: r.seconds,
        error: r.error,
        startedAt: iso(r.startedAt)!,
        finishedAt: iso(r.finishedAt),
      })),
    }),
  );
};
