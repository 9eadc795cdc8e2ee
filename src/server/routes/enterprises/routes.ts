import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { EnterpriseWithPark } from '../../../db/repositories/enterprises.ts';
import { findIndustry } from '../../../domain/codes/index.ts';
import { createEnterprise, getEnterprise, listEnterprises, updateEnterprise } from '../../../services/enterprises/manage-enterprises.ts';
import { contextOf } from '../../app.ts';
import { CreditCodeFormat, errorResponses, fenToJson, IsoDate, PageQuery, pageOf, RegionCode, Status } from '../common.ts';

const Summary = z.object({
  creditCode: z.string(),
  name: z.string(),
  parkId: z.string(),
  parkCode: z.string(),
  parkName: z.string(),
  industryCode: z.string(),
  industryName: z.string().nullable(),
  status: Status,
});
const EnterpriseSchema = Summary.extend({
  id: z.string(),
  regionCode: z.string(),
  foundedOn: z.string(),
  admittedOn: z.string().nullable(),
  registeredCapitalFen: z.number().int(),
  employees: z.number().int(),
  legalRepresentative: z.string(),
  address: z.string(),
});
const EnterpriseView = z.union([EnterpriseSchema, Summary.extend({ view: z.literal('summary') })]);

const Fen = z.number().int('must be a whole number of fen').min(0).max(Number.MAX_SAFE_INTEGER).transform(BigInt);
const EnterpriseBody = z.object({
  creditCode: CreditCodeFormat,
  name: z.string().trim().min(2).max(200),
  parkId: z.uuid(),
  industryCode: z.string().trim().regex(/^[A-T][0-9]{0,4}$/, 'must be a GB/T 4754 code such as I6510'),
  regionCode: RegionCode,
  foundedOn: IsoDate,
  admittedOn: IsoDate.nullable().optional(),
  registeredCapitalFen: Fen,
  employees: z.number().int().min(0).max(1_000_000),
  legalRepresentative: z.string().trim().min(1).max(50),
  address: z.string().trim().min(2).max(300),
});
const EnterprisePatch = EnterpriseBody.omit({ creditCode: true, parkId: true }).extend({ status: Status }).partial().strict();
const CreditCodeParams = z.object({ creditCode: z.string().trim().toUpperCase().length(18) });

const summary = (e: EnterpriseWithPark) => ({
  creditCode: e.creditCode,
  name: e.name,
  parkId: e.parkId,
  parkCode: e.parkCode,
  parkName: e.parkName,
  industryCode: e.industryCode,
  industryName: findIndustry(e.industryCode)?.nameZh ?? null,
  status: e.status,
});
const present = (e: EnterpriseWithPark): z.infer<typeof EnterpriseSchema> => ({
  ...summary(e),
  id: e.organisationId,
  regionCode: e.regionCode,
  foundedOn: e.foundedOn,
  admittedOn: e.admittedOn,
  registeredCapitalFen: fenToJson(e.registeredCapitalFen),
  employees: e.employees,
  legalRepresentative: e.legalRepresentative,
  address: e.address,
});

export const enterpriseRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['enterprises'];
  app.get(
    '/enterprises',
    {
      config: { access: 'enterprise.list' },
      schema: {
        tags,
        summary: "Enterprises of the caller's parks, with search and paging",
        querystring: PageQuery.extend({ parkId: z.uuid().optional(), industryCode: z.string().regex(/^[A-T][0-9]{0,4}$/).optional() }),
        response: { 200: pageOf(EnterpriseSchema), ...errorResponses },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      const result = await listEnterprises(contextOf(request), filter, { page, pageSize });
      return { ...result, items: result.items.map(present) };
    },
  );
  app.get(
    '/enterprises/:creditCode',
    { config: { access: 'enterprise.read' }, schema: { tags, summary: 'An enterprise: full registration for its own users and park administrators, a summary for others', params: CreditCodeParams, response: { 200: EnterpriseView, ...errorResponses } } },
    async (request) => {
      const { enterprise, view } = await getEnterprise(contextOf(request), request.params.creditCode);
      return view === 'full' ? present(enterprise) : { ...summary(enterprise), view: 'summary' as const };
    },
  );
  app.post(
    '/enterprises',
    { config: { access: 'enterprise.create' }, schema: { tags, summary: 'Register an enterprise in a park (park administrator)', body: EnterpriseBody, response: { 201: EnterpriseSchema, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(present(await createEnterprise(contextOf(request), request.body))),
  );
  app.patch(
    '/enterprises/:creditCode',
    { config: { access: 'enterprise.update' }, schema: { tags, summary: 'Update an enterprise (its park administrator or its own users)', params: CreditCodeParams, body: EnterprisePatch, response: { 200: EnterpriseSchema, ...errorResponses } } },
    async (request) => present(await updateEnterprise(contextOf(request), request.params.creditCode, request.body)),
  );
};
