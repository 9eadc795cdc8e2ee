import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ParkWithCounts } from '../../../db/repositories/parks.ts';
import { createPark, listParks, updatePark } from '../../../services/parks/manage-parks.ts';
import { contextOf } from '../../app.ts';
import { errorResponses, IdParams, iso, pageOf, RegionCode, Status, Timestamp } from '../common.ts';

const ParkSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  regionCode: z.string(),
  status: Status,
  enterpriseCount: z.number().int(),
  createdAt: Timestamp,
});

const ParkBody = z.object({
  code: z.string().trim().regex(/^[a-z][a-z0-9-]{1,31}$/, 'field.park_code_format'),
  name: z.string().trim().min(2).max(100),
  nameEn: z.string().trim().min(2).max(200),
  regionCode: RegionCode,
});
const ParkPatch = ParkBody.omit({ code: true }).partial().strict();

const present = (p: ParkWithCounts): z.infer<typeof ParkSchema> => ({
  id: p.id,
  code: p.code,
  name: p.name,
  nameEn: p.nameEn,
  regionCode: p.regionCode,
  status: p.status,
  enterpriseCount: p.enterpriseCount,
  createdAt: iso(p.createdAt)!,
});

export const parkRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['parks'];
  app.get(
    '/parks',
    { config: { access: 'park.list' }, schema: { tags, summary: 'Parks visible to the caller', response: { 200: pageOf(ParkSchema), ...errorResponses } } },
    async (request) => {
      const parks = await listParks(contextOf(request));
      return { items: parks.map(present), total: parks.length, page: 1, pageSize: Math.max(1, parks.length) };
    },
  );
  app.post(
    '/parks',
    { config: { access: 'park.create' }, schema: { tags, summary: 'Create a park (operator)', body: ParkBody, response: { 201: ParkSchema, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(present(await createPark(contextOf(request), request.body))),
  );
  app.patch(
    '/parks/:id',
    { config: { access: 'park.update' }, schema: { tags, summary: 'Update a park (operator)', params: IdParams, body: ParkPatch, response: { 200: ParkSchema, ...errorResponses } } },
    async (request) => present(await updatePark(contextOf(request), request.params.id, request.body)),
  );
  app.post(
    '/parks/:id/deactivate',
    { config: { access: 'park.update' }, schema: { tags, summary: 'Deactivate a park (operator)', params: IdParams, response: { 200: ParkSchema, ...errorResponses } } },
    async (request) => present(await updatePark(contextOf(request), request.params.id, { status: 'deactivated' })),
  );
};
