// STAR Market readiness over HTTP: the evaluation as JSON and as a PDF in either report language
// (the enterprise, its park's administrators, the operator, and investors granted what it reads).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { REPORT_LANGUAGES } from '../../../domain/report/labels.ts';
import { renderStarPdf } from '../../../services/equity/render-star-pdf.ts';
import { readStarReadiness } from '../../../services/equity/star-readiness.ts';
import { contextOf } from '../../app.ts';
import { CreditCodeFormat, errorResponses } from '../common.ts';
import { presentStarReadiness, StarQuery, StarReadinessSchema } from './star-schemas.ts';

const CreditCodeParams = z.object({ creditCode: CreditCodeFormat });

export const equityRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['STAR Market readiness'];

  app.get(
    '/enterprises/:creditCode/star-readiness',
    {
      config: { access: 'profile.read' },
      schema: {
        tags,
        summary: 'STAR Market (科创板) readiness: the attributes and the five listing standards, each indicator with its gap and the years until it closes',
        params: CreditCodeParams,
        querystring: StarQuery,
        response: { 200: StarReadinessSchema, ...errorResponses },
      },
    },
    async (request) => presentStarReadiness(await readStarReadiness(contextOf(request), request.params.creditCode, request.query.marketValueFen ?? null)),
  );

  app.get(
    '/enterprises/:creditCode/star-readiness.pdf',
    {
      config: { access: 'profile.read' },
      schema: {
        tags,
        summary: 'The STAR Market readiness report as a PDF',
        params: CreditCodeParams,
        querystring: StarQuery.extend({ lang: z.enum(REPORT_LANGUAGES).default('zh-CN') }),
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const view = await readStarReadiness(ctx, request.params.creditCode, request.query.marketValueFen ?? null);
      const pdf = await renderStarPdf(view, request.query.lang, ctx.now());
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="kejin-star-readiness-${view.enterprise.creditCode}-${view.asOf}-${request.query.lang}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );
};
