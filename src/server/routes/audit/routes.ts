import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAudit } from '../../../services/audit/list-audit.ts';
import { contextOf } from '../../app.ts';
import { errorResponses, iso, PageQuery, pageOf } from '../common.ts';

const AuditEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  parkId: z.string().nullable(),
  clientAddress: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'The audit log of every mutation, newest first (operator)',
        querystring: PageQuery.omit({ q: true }).extend({
          action: z.string().max(100).optional(),
          actor: z.string().max(254).optional(),
          targetId: z.string().max(100).optional(),
        }),
        response: { 200: pageOf(AuditEventSchema), ...errorResponses },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      const result = await listAudit(contextOf(request), filter, { page, pageSize });
      return {
        ...result,
        items: result.items.map((e) => ({ ...e, id: e.id.toString(), at: iso(e.at)! })),
      };
    },
  );
};
