import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { maskPhone } from '../../../domain/codes/phone.ts';
import { createUser, deactivateUser, listUsers, updateUser, type UserWithMemberships } from '../../../services/accounts/manage-users.ts';
import { contextOf } from '../../app.ts';
import { errorResponses, IdParams, iso, PageQuery, pageOf, Status, Timestamp } from '../common.ts';
import { OrgTypeEnum, RoleEnum } from '../vocabulary.ts';

const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  phone: z.string().nullable(),
  locale: z.enum(['zh-CN', 'en']),
  status: Status,
  memberships: z.array(
    z.object({
      role: RoleEnum,
      organisationId: z.string(),
      organisationName: z.string(),
      organisationType: OrgTypeEnum,
      parkId: z.string().nullable(),
    }),
  ),
  createdAt: Timestamp,
  lastLoginAt: Timestamp.nullable(),
});

/** Checked and stored in one form by the service: 13812345678, 021-68881234, 400-123-4567. */
const Phone = z.string().max(40);

const UserBody = z
  .object({
    email: z.email().max(254),
    displayName: z.string().trim().min(1).max(100),
    password: z.string().min(10, 'must be at least 10 characters').max(200),
    role: RoleEnum,
    organisationId: z.uuid().optional(),
    parkId: z.uuid().optional(),
    phone: Phone.optional(),
    locale: z.enum(['zh-CN', 'en']).optional(),
  })
  .refine((b) => b.organisationId || (b.role === 'park_admin' && b.parkId), {
    message: 'organisation.required',
    path: ['organisationId'],
  });
const UserPatch = z
  .object({ displayName: z.string().trim().min(1).max(100), locale: z.enum(['zh-CN', 'en']), phone: Phone.nullable() })
  .partial()
  .strict();


const present = (u: UserWithMemberships): z.infer<typeof UserSchema> => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  // Phone numbers are personal data the user list does not need: shown with the middle hidden.
  phone: u.phone === null ? null : maskPhone(u.phone),
  locale: u.locale,
  status: u.status,
  memberships: u.memberships,
  createdAt: iso(u.createdAt)!,
  lastLoginAt: iso(u.lastLoginAt),
});

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['users'];
  app.get(
    '/users',
    {
      config: { access: 'user.list' },
      schema: { tags, summary: 'Users (operator)', querystring: PageQuery.extend({ role: RoleEnum.optional() }), response: { 200: pageOf(UserSchema), ...errorResponses } },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      const result = await listUsers(contextOf(request), filter, { page, pageSize });
      return { ...result, items: result.items.map(present) };
    },
  );
  app.post(
    '/users',
    { config: { access: 'user.create' }, schema: { tags, summary: 'Create a user with a role in an organisation (operator)', body: UserBody, response: { 201: UserSchema, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(present(await createUser(contextOf(request), request.body))),
  );
  app.patch(
    '/users/:id',
    { config: { access: 'user.update' }, schema: { tags, summary: 'Update a user (operator)', params: IdParams, body: UserPatch, response: { 200: UserSchema, ...errorResponses } } },
    async (request) => present(await updateUser(contextOf(request), request.params.id, request.body)),
  );
  app.post(
    '/users/:id/deactivate',
    { config: { access: 'user.update' }, schema: { tags, summary: 'Deactivate a user and end their sessions (operator)', params: IdParams, response: { 200: UserSchema, ...errorResponses } } },
    async (request) => present(await deactivateUser(contextOf(request), request.params.id)),
  );
};
