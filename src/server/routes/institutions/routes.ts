import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { OrganisationRow } from '../../../db/repositories/organisations.ts';
import {
  createInstitution,
  getInstitution,
  getOwnOrganisation,
  listInstitutions,
  updateInstitution } from '../../../services/institutions/manage-institutions.ts';
import { contextOf } from '../../app.ts';
import { CreditCodeFormat, errorResponses, IdParams, iso, PageQuery, pageOf, RegionCode, Status, Timestamp } from '../common.ts';
import { InstitutionTypeEnum, OrgTypeEnum } from '../vocabulary.ts';

const InstitutionSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  type: InstitutionTypeEnum,
  creditCode: z.string().nullable(),
  regionCode: z.string().nullable(),
  status: Status,
  createdAt: Timestamp,
});
const OrganisationSchema = InstitutionSchema.extend({ type: OrgTypeEnum, parkId: z.string().nullable() });

const InstitutionBody = z.object({
  name: z.string().trim().min(2).max(200),
  nameEn: z.string().trim().min(2).max(200).nullable().optional(),
  type: InstitutionTypeEnum,
  creditCode: CreditCodeFormat,
  regionCode: RegionCode,
});
const InstitutionPatch = InstitutionBody.omit({ creditCode: true }).partial().strict();

const present = (o: OrganisationRow) => ({
  id: o.id,
  name: o.name,
  nameEn: o.nameEn,
  type: o.type as z.infer<typeof InstitutionSchema>['type'],
  creditCode: o.creditCode,
  regionCode: o.regionCode,
  status: o.status,
  createdAt: iso(o.createdAt)!,
});

export const institutionRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['institutions'];
  app.get(
    '/institutions',
    {
      config: { access: 'institution.list' },
      schema: { tags, summary: 'Financial institutions', querystring: PageQuery.extend({ type: InstitutionTypeEnum.optional() }), response: { 200: pageOf(InstitutionSchema), ...errorResponses } },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      const result = await listInstitutions(contextOf(request), filter, { page, pageSize });
      return { ...result, items: result.items.map(present) };
    },
  );
  app.get(
    '/institutions/:id',
    { config: { access: 'institution.read' }, schema: { tags, summary: 'One institution', params: IdParams, response: { 200: InstitutionSchema, ...errorResponses } } },
    async (request) => present(await getInstitution(contextOf(request), request.params.id)),
  );
  app.post(
    '/institutions',
    { config: { access: 'institution.create' }, schema: { tags, summary: 'Register an institution (operator)', body: InstitutionBody, response: { 201: InstitutionSchema, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(present(await createInstitution(contextOf(request), request.body))),
  );
  app.patch(
    '/institutions/:id',
    { config: { access: 'institution.update' }, schema: { tags, summary: 'Update an institution (operator)', params: IdParams, body: InstitutionPatch, response: { 200: InstitutionSchema, ...errorResponses } } },
    async (request) => present(await updateInstitution(contextOf(request), request.params.id, request.body)),
  );
  app.post(
    '/institutions/:id/deactivate',
    { config: { access: 'institution.update' }, schema: { tags, summary: 'Deactivate an institution (operator)', params: IdParams, response: { 200: InstitutionSchema, ...errorResponses } } },
    async (request) => present(await updateInstitution(contextOf(request), request.params.id, { status: 'deactivated' })),
  );
  app.get(
    '/me/organisation',
    { config: { access: 'organisation.read_own' }, schema: { tags: ['auth'], summary: "The caller's own organisation", response: { 200: OrganisationSchema, ...errorResponses } } },
    async (request) => {
      const org = await getOwnOrganisation(contextOf(request));
      return { ...present(org), type: org.type, parkId: org.parkId };
    },
  );
};
