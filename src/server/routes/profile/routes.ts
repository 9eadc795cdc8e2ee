import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { grantPurposeOf } from '../../../domain/profile/grant-purpose.ts';
import { z } from 'zod';
import type { GrantWithInstitution } from '../../../db/repositories/sharing.ts';
import { isGrantLive } from '../../../domain/access/profile-access.ts';
import { createGrant, listGrants, readAccessLog, revokeGrant } from '../../../services/profile/manage-grants.ts';
import { readFinancials } from '../../../services/profile/read-profile.ts';
import { todayOf } from '../../../services/shared/context.ts';
import { SECTIONS } from '../../../../shared/profile.ts';
import { replaceSection } from '../../../services/profile/update-profile.ts';
import { contextOf } from '../../app.ts';
import { errorResponses, IdParams, iso, PageQuery, pageOf } from '../common.ts';
import { presentRow } from './present.ts';
import { AccessLogEntry, GrantBody, GrantSchema, SectionItems } from './schemas.ts';

const CreditCodeParams = z.object({ creditCode: z.string().trim().toUpperCase().length(18) });
const Row = z.record(z.string(), z.unknown());

function presentPurpose(purpose: string) {
  const made = grantPurposeOf(purpose);
  return made ? { purposeCode: made.code, purposeParams: made.params } : { purposeCode: null, purposeParams: null };
}

const presentGrant = (g: GrantWithInstitution, day: string): z.infer<typeof GrantSchema> => ({
  id: g.id,
  institutionId: g.institutionId,
  institutionName: g.institutionName,
  categories: g.categories,
  purpose: g.purpose,
  ...presentPurpose(g.purpose),
  expiresOn: g.expiresOn,
  createdAt: iso(g.createdAt)!,
  revokedAt: iso(g.revokedAt),
  status: g.revokedAt ? 'revoked' : isGrantLive(g, day) ? 'active' : 'expired',
});

export const profileRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['credit database'];

  app.get(
    '/enterprises/:creditCode/financials',
    {
      config: { access: 'profile.read' },
      schema: {
        tags,
        summary: 'Yearly financial statements with ratios (institutions need a grant covering financials)',
        params: CreditCodeParams,
        response: { 200: z.object({ items: z.array(Row) }), ...errorResponses },
      },
    },
    async (request) => {
      const items = await readFinancials(contextOf(request), request.params.creditCode);
      return { items: items.map(({ row, ratios }) => ({ ...presentRow(row), ratios })) };
    },
  );

  for (const section of SECTIONS) {
    app.put(
      `/enterprises/:creditCode/profile/${section}`,
      {
        config: { access: 'profile.update' },
        schema: {
          tags,
          summary: `Replace the ${section} section (the enterprise itself or its park administrator)`,
          params: CreditCodeParams,
          body: z.object({ items: z.array(SectionItems[section]).max(5000) }).strict(),
          response: { 200: z.object({ removed: z.number(), changed: z.number(), total: z.number() }), ...errorResponses },
        },
      },
      async (request) => replaceSection(contextOf(request), request.params.creditCode, section, request.body.items as Record<string, unknown>[]),
    );
  }

  app.post(
    '/enterprises/:creditCode/grants',
    { config: { access: 'grant.manage' }, schema: { tags, summary: 'Grant an institution access to data categories (the enterprise)', params: CreditCodeParams, body: GrantBody, response: { 201: GrantSchema, ...errorResponses } } },
    async (request, reply) => {
      const ctx = contextOf(request);
      return reply.status(201).send(presentGrant(await createGrant(ctx, request.params.creditCode, request.body), todayOf(ctx)));
    },
  );
  app.get(
    '/enterprises/:creditCode/grants',
    { config: { access: 'grant.list' }, schema: { tags, summary: "The enterprise's grants (an institution sees those made to it)", params: CreditCodeParams, response: { 200: z.object({ items: z.array(GrantSchema) }), ...errorResponses } } },
    async (request) => {
      const ctx = contextOf(request);
      return { items: (await listGrants(ctx, request.params.creditCode)).map((g) => presentGrant(g, todayOf(ctx))) };
    },
  );
  app.delete(
    '/grants/:id',
    { config: { access: 'grant.manage' }, schema: { tags, summary: 'Revoke a grant (the enterprise)', params: IdParams, response: { 200: z.object({ id: z.string(), revokedAt: z.string() }), ...errorResponses } } },
    async (request) => {
      const revoked = await revokeGrant(contextOf(request), request.params.id);
      return { id: revoked.id, revokedAt: iso(revoked.revokedAt)! };
    },
  );
  app.get(
    '/enterprises/:creditCode/access-log',
    {
      config: { access: 'access_log.read' },
      schema: { tags, summary: 'Reads of detailed data by institutions', params: CreditCodeParams, querystring: PageQuery.omit({ q: true }), response: { 200: pageOf(AccessLogEntry), ...errorResponses } },
    },
    async (request) => {
      const result = await readAccessLog(contextOf(request), request.params.creditCode, request.query);
      return {
        ...result,
        items: result.items.map((e) => ({ id: e.id.toString(), at: iso(e.at)!, institutionId: e.institutionId, institutionName: e.institutionName, userEmail: e.userEmail, category: e.category, grantId: e.grantId })),
      };
    },
  );
};
