// A product's page for an enterprise: its rules met and unmet by this enterprise, and whether it may apply.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { productFit } from '../../../services/marketplace/product-fit.ts';
import { contextOf } from '../../app.ts';
import { errorResponses, iso } from '../common.ts';
import { Lang } from './product-schemas.ts';

const Params = z.object({ creditCode: z.string().trim().toUpperCase().length(18), productId: z.uuid() });

const FitSchema = z.object({
  productId: z.string(),
  /** False while the enterprise has no rating: the rules cannot be judged yet. */
  rated: z.boolean(),
  ratedAt: z.string().nullable(),
  /** Published and approved in the enterprise's park. */
  offeredInPark: z.boolean(),
  rulesMet: z.boolean(),
  /** Offered in the park and every rule met: the enterprise may apply. */
  eligible: z.boolean(),
  rules: z.array(z.object({ rule: z.string(), fact: z.string(), name: z.string(), met: z.boolean(), actual: z.string().nullable(), required: z.string(), advice: z.string().nullable() })),
});

export const productFitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/enterprises/:creditCode/products/:productId/fit',
    {
      config: { access: 'match.read' },
      schema: {
        tags: ['marketplace'],
        summary: "One product against the enterprise: each eligibility rule met or unmet (unmet first, with advice), whether it is offered in the enterprise's park, and whether it may apply",
        params: Params,
        querystring: z.object({ lang: Lang }),
        response: { 200: FitSchema, ...errorResponses },
      },
    },
    async (request) => {
      const fit = await productFit(contextOf(request), request.params.creditCode, request.params.productId, request.query.lang);
      return { ...fit, ratedAt: iso(fit.ratedAt) };
    },
  );
};
