// Credit reports over HTTP: issue, list and download (the enterprise, its park, the operator and
// grantees), and the public check that a copy is genuine, which answers nothing but yes or no.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { businessDateOf } from '../../../domain/shared/business-time.ts';
import { REPORT_LANGUAGES } from '../../../domain/report/labels.ts';
import type { ReportInfo } from '../../../db/repositories/reports.ts';
import { issueReport } from '../../../services/reports/issue-report.ts';
import { downloadReport, listReports, verifyReport } from '../../../services/reports/read-reports.ts';
import { contextOf, originOf } from '../../app.ts';
import { CreditCodeFormat, errorResponses, IdParams, iso } from '../common.ts';

const ReportSchema = z.object({
  reportId: z.string(),
  digest: z.string(),
  issuedAt: z.string(),
  validUntil: z.string(),
  language: z.enum(REPORT_LANGUAGES),
  downloadUrl: z.string(),
});
const CreditCodeParams = z.object({ creditCode: CreditCodeFormat });
export const VerifyBody = z.object({ reportId: z.uuid(), digest: z.string().regex(/^[0-9a-fA-F]{64}$/, 'field.sha256_format') });

const present = (r: Pick<ReportInfo, 'id' | 'sha256' | 'issuedAt' | 'validUntil' | 'language'>) => ({
  reportId: r.id,
  digest: r.sha256,
  issuedAt: iso(r.issuedAt)!,
  validUntil: iso(r.validUntil)!,
  language: r.language,
  downloadUrl: `/api/v1/reports/${r.id}/pdf`,
});

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['credit reports'];

  app.post(
    '/enterprises/:creditCode/reports',
    {
      config: { access: 'profile.read' },
      schema: {
        tags,
        summary: 'Issue a PDF credit report from the latest rating (the enterprise, its park, the operator, and grantees)',
        params: CreditCodeParams,
        body: z.object({ language: z.enum(REPORT_LANGUAGES).default('zh-CN') }),
        response: { 201: ReportSchema.extend({ verifyUrl: z.string().describe('What the PDF’s link and QR code open') }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const issued = await issueReport(contextOf(request), request.params.creditCode, request.body.language, { publicOrigin: originOf(request.server) });
      return reply.code(201).send({ ...present({ id: issued.reportId, sha256: issued.digest, ...issued }), verifyUrl: issued.verifyUrl });
    },
  );

  app.get(
    '/enterprises/:creditCode/reports',
    {
      config: { access: 'profile.read' },
      schema: { tags, summary: 'Reports issued for an enterprise, newest first (an institution sees those issued to it)', params: CreditCodeParams, response: { 200: z.object({ items: z.array(ReportSchema) }), ...errorResponses } },
    },
    async (request) => ({ items: (await listReports(contextOf(request), request.params.creditCode)).map(present) }),
  );

  app.get(
    '/reports/:id/pdf',
    { config: { access: 'profile.read' }, schema: { tags, summary: 'Download an issued report as PDF', params: IdParams } },
    async (request, reply) => {
      const { report, creditCode, pdf } = await downloadReport(contextOf(request), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="kejin-report-${creditCode}-${businessDateOf(report.issuedAt, request.server.kejin.config.timezone)}-${report.id.slice(-8)}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );

  app.post(
    '/reports/verify',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Is a report genuine and unaltered? Needs no sign-in and answers only true or false', body: VerifyBody, response: { 200: z.object({ genuine: z.boolean() }), 400: errorResponses[400] } },
    },
    async (request) => ({ genuine: (await verifyReport(contextOf(request), request.body.reportId, request.body.digest)).genuine }),
  );
};
