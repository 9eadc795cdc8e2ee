// Exports of the lists users take to meetings, as .xlsx: each takes the list's own filters, is
// allowed exactly as the list is, and is audited. See src/services/exports.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportAudit, exportEnterprises, exportLeague, exportLoans, exportPipeline, exportReviewQueue } from '../../../services/exports/list-exports.ts';
import { contextOf } from '../../app.ts';
import { AuditListQuery } from '../audit/routes.ts';
import { errorResponses } from '../common.ts';
import { EnterpriseListQuery } from '../enterprises/routes.ts';
import { ApplicationListQuery } from '../workflow/applications.ts';
import { LoanListQuery } from '../workflow/loans.ts';
import { sendSheet } from './send-sheet.ts';

const tags = ['exports'];
const Lang = z.enum(['zh-CN', 'en']).default('zh-CN');
const noPaging = { page: true, pageSize: true } as const;
const described = (list: string) => `${list} as .xlsx (headers in lang): the list's filters and access; at most 50,000 rows; audited`;
const xlsx = { 200: z.any().describe('the .xlsx workbook'), ...errorResponses };

export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { calendar } = app.kejin;

  app.get(
    '/enterprises/export.xlsx',
    { config: { access: 'enterprise.list' }, schema: { tags, summary: described('The enterprise list'), querystring: EnterpriseListQuery.omit(noPaging).extend({ lang: Lang }), response: xlsx } },
    async (request, reply) => {
      const { lang, ...filter } = request.query;
      return sendSheet(reply, await exportEnterprises(contextOf(request), filter, lang));
    },
  );
  app.get(
    '/loans/export.xlsx',
    { config: { access: 'loan.read' }, schema: { tags, summary: described('The loan book'), querystring: LoanListQuery.omit(noPaging), response: xlsx } },
    async (request, reply) => {
      const { lang, ...filter } = request.query;
      return sendSheet(reply, await exportLoans(contextOf(request), filter, lang));
    },
  );
  app.get(
    '/applications/review-queue/export.xlsx',
    { config: { access: 'application.read' }, schema: { tags, summary: described('The review queue'), querystring: ApplicationListQuery.omit({ ...noPaging, open: true }), response: xlsx } },
    async (request, reply) => {
      const { lang, state, due } = request.query;
      return sendSheet(reply, await exportReviewQueue(contextOf(request), calendar, { state, due }, lang));
    },
  );
  app.get(
    '/audit/export.xlsx',
    { config: { access: 'audit.read' }, schema: { tags, summary: described('The audit log'), querystring: AuditListQuery.omit(noPaging), response: xlsx } },
    async (request, reply) => {
      const { lang, ...filter } = request.query;
      return sendSheet(reply, await exportAudit(contextOf(request), filter, lang));
    },
  );
  const ParkExport = z.object({ parkId: z.uuid().optional(), lang: Lang });
  app.get(
    '/workflow/pipeline/export.xlsx',
    { config: { access: 'workflow.stats' }, schema: { tags, summary: described('The financing pipeline'), querystring: ParkExport, response: xlsx } },
    async (request, reply) => sendSheet(reply, await exportPipeline(contextOf(request), request.query.parkId, request.query.lang)),
  );
  app.get(
    '/workflow/league/export.xlsx',
    { config: { access: 'workflow.stats' }, schema: { tags, summary: described('The institution league table'), querystring: ParkExport, response: xlsx } },
    async (request, reply) => sendSheet(reply, await exportLeague(contextOf(request), request.query.parkId, request.query.lang)),
  );
};
