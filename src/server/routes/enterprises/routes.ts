import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { EnterpriseWithPark } from '../../../db/repositories/enterprises.ts';
import { findIndustry } from '../../../domain/codes/index.ts';
import { QUALIFICATION_KINDS } from '../../../domain/profile/types.ts';
import { GRADES } from '../../../domain/rating/expert-model.ts';
import { createEnterprise, listEnterprises, searchDirectory, updateEnterprise } from '../../../services/enterprises/manage-enterprises.ts';
import { readProfile, type ProfileView } from '../../../services/profile/read-profile.ts';
import { gradesOf, ratingBand } from '../../../services/rating/read-rating.ts';
import { contextOf } from '../../app.ts';
import { CreditCodeFormat, errorResponses, fenToJson, IsoDate, PageQuery, pageOf, RegionCode, Status, multilineText } from '../common.ts';
import { presentRow } from '../profile/present.ts';
import { CriteriaCheckSchema } from './criteria-schema.ts';

const Summary = z.object({
  creditCode: z.string(),
  name: z.string(),
  parkId: z.string(),
  parkCode: z.string(),
  parkName: z.string(),
  industryCode: z.string(),
  industryName: z.string().nullable(),
  status: Status,
  ratingBand: z.string().nullable(),
});
const Registration = {
  id: z.string(),
  regionCode: z.string(),
  foundedOn: z.string(),
  admittedOn: z.string().nullable(),
  registeredCapitalFen: z.number().int(),
  employees: z.number().int(),
  legalRepresentative: z.string(),
  address: z.string(),
  completeness: z.number().int(),
  source: z.string(),
  sourceDate: z.string(),
};
const EnterpriseSchema = Summary.extend(Registration);
const Rows = z.array(z.record(z.string(), z.unknown()));
const ProfileSchema = Summary.extend({
  ...Object.fromEntries(Object.entries(Registration).map(([k, v]) => [k, v.optional()])),
  view: z.enum(['full', 'granted', 'summary']),
  categories: z.array(z.string()),
  profile: z.record(z.string(), Rows).optional(),
  completeness: z.unknown().optional(),
  criteria: z.array(CriteriaCheckSchema).optional(),
});

const Fen = z.number().int('must be a whole number of fen').min(0).max(Number.MAX_SAFE_INTEGER).transform(BigInt);
const IndustryCode = z.string().trim().regex(/^[A-T][0-9]{0,4}$/, 'field.invalid_industry_code');
const EnterpriseBody = z.object({
  creditCode: CreditCodeFormat,
  name: z.string().trim().min(2).max(200),
  parkId: z.uuid(),
  industryCode: IndustryCode,
  regionCode: RegionCode,
  foundedOn: IsoDate,
  admittedOn: IsoDate.nullable().optional(),
  registeredCapitalFen: Fen,
  employees: z.number().int().min(0).max(1_000_000),
  legalRepresentative: z.string().trim().min(1).max(50),
  address: multilineText().trim().min(2).max(300),
});
const EnterprisePatch = EnterpriseBody.omit({ creditCode: true, parkId: true }).extend({ status: Status }).partial().strict();
const CreditCodeParams = z.object({ creditCode: z.string().trim().toUpperCase().length(18) });
export const EnterpriseListQuery = PageQuery.extend({
  parkId: z.uuid().optional(),
  industryCode: IndustryCode.optional(),
  qualification: z.enum(QUALIFICATION_KINDS).optional(),
  employeesMin: z.coerce.number().int().min(0).optional(),
  employeesMax: z.coerce.number().int().min(0).optional(),
  completenessMin: z.coerce.number().int().min(0).max(100).optional(),
  completenessMax: z.coerce.number().int().min(0).max(100).optional(),
  grade: z.enum([...GRADES, 'none']).optional().describe('grade of the latest rating; none: not rated yet'),
});
const ListQuery = EnterpriseListQuery;

const summary = (e: EnterpriseWithPark, grade?: string): z.infer<typeof Summary> => ({
  creditCode: e.creditCode,
  name: e.name,
  parkId: e.parkId,
  parkCode: e.parkCode,
  parkName: e.parkName,
  industryCode: e.industryCode,
  industryName: findIndustry(e.industryCode)?.nameZh ?? null,
  status: e.status,
  ratingBand: ratingBand(grade),
});
export const present = (e: EnterpriseWithPark, grade?: string): z.infer<typeof EnterpriseSchema> => ({
  ...summary(e, grade),
  id: e.organisationId,
  regionCode: e.regionCode,
  foundedOn: e.foundedOn,
  admittedOn: e.admittedOn,
  registeredCapitalFen: fenToJson(e.registeredCapitalFen),
  employees: e.employees,
  legalRepresentative: e.legalRepresentative,
  address: e.address,
  completeness: e.completeness,
  source: e.source,
  sourceDate: e.sourceDate,
});

function presentProfile(view: ProfileView, grade: string | undefined) {
  const { enterprise, access } = view;
  const registration = access.categories.includes('registration') ? present(enterprise, grade) : summary(enterprise, grade);
  const profile = Object.fromEntries(Object.entries(view.rows).map(([section, rows]) => [section, (rows as object[]).map(presentRow)]));
  return {
    ...registration,
    view: access.level,
    categories: access.categories,
    ...(access.level === 'summary' ? {} : { profile }),
    ...(view.completeness ? { completeness: view.completeness } : {}),
    ...(view.criteria ? { criteria: view.criteria } : {}),
  };
}

export const enterpriseRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['enterprises'];
  app.get(
    '/enterprises',
    {
      config: { access: 'enterprise.list' },
      schema: { tags, summary: "Enterprises of the caller's parks: search, filters and paging", querystring: ListQuery, response: { 200: pageOf(EnterpriseSchema), ...errorResponses } },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      const ctx = contextOf(request);
      const result = await listEnterprises(ctx, filter, { page, pageSize });
      const grades = await gradesOf(ctx, result.items.map((e) => e.organisationId));
      return { ...result, items: result.items.map((e) => present(e, grades.get(e.organisationId))) };
    },
  );
  app.get(
    '/directory',
    {
      config: { access: 'directory.list' },
      schema: {
        tags,
        summary: 'The enterprise directory: name, industry, park and rating band of every enterprise',
        querystring: PageQuery.extend({ parkId: z.uuid().optional(), industryCode: IndustryCode.optional() }),
        response: { 200: pageOf(Summary), ...errorResponses },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      const ctx = contextOf(request);
      const result = await searchDirectory(ctx, filter, { page, pageSize });
      const grades = await gradesOf(ctx, result.items.map((e) => e.organisationId));
      return { ...result, items: result.items.map((e) => summary(e, grades.get(e.organisationId))) };
    },
  );
  app.get(
    '/enterprises/:creditCode',
    {
      config: { access: 'profile.read' },
      schema: {
        tags,
        summary: 'An enterprise: the summary for anyone signed in; the full profile for the enterprise, its park administrators and (for granted categories) grantees',
        params: CreditCodeParams,
        response: { 200: ProfileSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      const view = await readProfile(ctx, request.params.creditCode);
      const grades = await gradesOf(ctx, [view.enterprise.organisationId]);
      return presentProfile(view, grades.get(view.enterprise.organisationId));
    },
  );
  app.post(
    '/enterprises',
    { config: { access: 'enterprise.create' }, schema: { tags, summary: 'Register an enterprise in a park (park administrator)', body: EnterpriseBody, response: { 201: EnterpriseSchema, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(present(await createEnterprise(contextOf(request), request.body))),
  );
  app.patch(
    '/enterprises/:creditCode',
    { config: { access: 'enterprise.update' }, schema: { tags, summary: 'Update the registration (its park administrator or its own users)', params: CreditCodeParams, body: EnterprisePatch, response: { 200: EnterpriseSchema, ...errorResponses } } },
    async (request) => present(await updateEnterprise(contextOf(request), request.params.creditCode, request.body)),
  );
};
