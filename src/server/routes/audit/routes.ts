import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AUDIT_ACTION_CODES, AUDIT_FAMILY_CODES, type AuditFamily, AUDIT_TARGET_TYPES, actionLabel, familyLabel, familyOf, targetLabel } from '../../../domain/audit/actions.ts';
import { listAudit } from '../../../services/audit/list-audit.ts';
import { contextOf } from '../../app.ts';
import { errorResponses, iso, IsoDate, PageQuery, pageOf } from '../common.ts';

const AuditFamilyEnum = z.enum(AUDIT_FAMILY_CODES as [AuditFamily, ...AuditFamily[]]).meta({ id: 'AuditFamily' });

const AuditEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ kind: z.enum(['user', 'system', 'visitor']), name: z.string(), email: z.string().nullable(), organisation: z.string().nullable() }),
  action: z.string(),
  actionLabel: z.string(),
  family: z.string(),
  familyLabel: z.string(),
  targetType: z.string(),
  targetLabel: z.string(),
  targetId: z.string().nullable(),
  parkId: z.string().nullable(),
  clientAddress: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
}).meta({ id: 'AuditEvent' });

const Code = z.string().trim().regex(/^[a-z_]+(\.[a-z_]+)?$/, 'an action code such as auth.login').max(100);
export const AuditListQuery = PageQuery.omit({ q: true }).extend({
  family: AuditFamilyEnum.optional().describe('the action family: auth, enterprise, application, loan…'),
  action: Code.optional(),
  actor: z.string().trim().min(1).max(254).optional().describe('part of the actor’s name or e-mail'),
  targetType: z.string().trim().regex(/^[a-z_]+$/).max(40).optional(),
  targetId: z.string().trim().min(1).max(100).optional(),
  from: IsoDate.optional().describe('first business day (KEJIN_TIMEZONE)'),
  to: IsoDate.optional().describe('last business day (KEJIN_TIMEZONE)'),
  lang: z.enum(['zh-CN', 'en']).default('zh-CN'),
});

const Catalogue = z.object({
  families: z.array(z.object({ code: AuditFamilyEnum, label: z.string(), actions: z.array(z.object({ code: z.string(), label: z.string() })) })),
  targetTypes: z.array(z.object({ code: z.string(), label: z.string() })),
}).meta({ id: 'AuditCatalogue' });

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'The audit trail, newest first: the operator all of it, a park administrator their parks’ (people outside their organisation shown as the organisation)',
        querystring: AuditListQuery,
        response: { 200: pageOf(AuditEventSchema), ...errorResponses },
      },
    },
    async (request) => {
      const { page, pageSize, lang, ...filter } = request.query;
      const result = await listAudit(contextOf(request), filter, { page, pageSize }, lang);
      return { ...result, items: result.items.map((e) => ({ ...e, at: iso(e.at)! })) };
    },
  );
  app.get(
    '/audit/actions',
    { config: { access: 'audit.read' }, schema: { tags: ['audit'], summary: 'The catalogue of audit actions by family, and target types, in words', querystring: z.object({ lang: z.enum(['zh-CN', 'en']).default('zh-CN') }), response: { 200: Catalogue, ...errorResponses } } },
    async (request) => {
      const { lang } = request.query;
      return {
        families: AUDIT_FAMILY_CODES.map((family) => ({
          code: family,
          label: familyLabel(family, lang),
          actions: AUDIT_ACTION_CODES.filter((a) => familyOf(a) === family).map((code) => ({ code, label: actionLabel(code, lang) })),
        })),
        targetTypes: AUDIT_TARGET_TYPES.map((code) => ({ code, label: targetLabel(code, lang) })),
      };
    },
  );
};
