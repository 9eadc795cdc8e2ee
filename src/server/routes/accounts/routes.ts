// Accounts beside sign-in: change password, reset by e-mail, enterprise self-registration and its
// admission by the park, invitations of colleagues. Public routes are rate-limited per client address.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../domain/access/accounts.ts';
import type { InvitationView, RegistrationView } from '../../../db/repositories/accounts.ts';
import { hashToken } from '../../../services/accounts/account-tokens.ts';
import { acceptInvitation, inviteColleague, listInvitations, listMembers, previewInvitation, revokeInvitation } from '../../../services/accounts/invitations.ts';
import { changePassword, requestPasswordReset, resetPassword } from '../../../services/accounts/passwords.ts';
import { admitRegistration, listRegistrationParks, listRegistrations, registerEnterprise, rejectRegistration } from '../../../services/accounts/registrations.ts';
import { contextOf } from '../../app.ts';
import { RegistrationStatusEnum } from '../vocabulary.ts';
import { CreditCodeFormat, ErrorSchema, errorResponses, IdParams, iso, IsoDate, multilineText, PageQuery, pageOf } from '../common.ts';

const tags = ['accounts'];
const Password = z.string().min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`).max(PASSWORD_MAX_LENGTH);
const Email = z.email().max(200);
const Token = z.string().min(20).max(200);
const publicErrors = { 400: ErrorSchema, 409: ErrorSchema, 429: ErrorSchema };
const Accepted = z.object({ accepted: z.literal(true), message: z.string() });
const RESET_ANSWER = 'If this e-mail has an account, a link to set a new password is on its way';

const RegistrationSchema = z.object({
  id: z.uuid(),
  park: z.object({ code: z.string(), name: z.string(), nameEn: z.string() }),
  creditCode: z.string(),
  enterpriseName: z.string(),
  industryCode: z.string(),
  foundedOn: z.string(),
  registeredCapitalFen: z.number().int(),
  employees: z.number().int(),
  legalRepresentative: z.string(),
  address: z.string(),
  contactName: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  status: RegistrationStatusEnum,
  reason: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  organisationId: z.string().nullable(),
});
const presentRegistration = (r: RegistrationView) => ({
  id: r.id,
  park: { code: r.parkCode, name: r.parkName, nameEn: r.parkNameEn },
  creditCode: r.creditCode,
  enterpriseName: r.enterpriseName,
  industryCode: r.industryCode,
  foundedOn: r.foundedOn,
  registeredCapitalFen: Number(r.registeredCapitalFen),
  employees: r.employees,
  legalRepresentative: r.legalRepresentative,
  address: r.address,
  contactName: r.contactName,
  email: r.email,
  phone: r.phone,
  status: r.status,
  reason: r.reason,
  createdAt: iso(r.createdAt)!,
  decidedAt: iso(r.decidedAt),
  organisationId: r.organisationId,
});

const InvitationSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  email: z.string(),
  role: z.string(),
  status: z.enum(['open', 'accepted', 'revoked']),
  expired: z.boolean(),
  invitedByName: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
const presentInvitation = (i: InvitationView, now: Date) => ({
  id: i.id,
  organisationId: i.organisationId,
  organisationName: i.organisationName,
  email: i.email,
  role: i.role,
  status: i.status,
  expired: i.status === 'open' && i.expiresAt <= now,
  invitedByName: i.invitedByName,
  createdAt: iso(i.createdAt)!,
  expiresAt: iso(i.expiresAt)!,
});

const MemberSchema = z.object({
  userId: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.string(),
  status: z.enum(['active', 'deactivated']),
  joinedAt: z.string(),
  lastLoginAt: z.string().nullable(),
});

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = () => ({ throttle: app.kejin.accountThrottle });

  app.post(
    '/me/password',
    { config: { access: 'signed_in' }, schema: { tags, summary: 'Change my password (my other sessions end)', body: z.object({ currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH), newPassword: Password }), response: { 204: z.null(), ...errorResponses, 429: ErrorSchema } } },
    async (request, reply) => {
      await changePassword(contextOf(request), { ...request.body, sessionTokenHash: request.sessionToken ? hashToken(request.sessionToken) : null }, deps());
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/password-reset',
    { config: { access: 'public' }, schema: { tags, summary: 'Ask for a password reset link (the same answer whether or not the e-mail has an account)', security: [], body: z.object({ email: Email }), response: { 202: Accepted, ...publicErrors } } },
    async (request, reply) => {
      await requestPasswordReset(contextOf(request), request.body, deps());
      return reply.status(202).send({ accepted: true, message: RESET_ANSWER });
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    { config: { access: 'public' }, schema: { tags, summary: 'Set a new password with a reset link (single-use; all sessions end)', security: [], body: z.object({ token: Token, newPassword: Password }), response: { 204: z.null(), ...publicErrors } } },
    async (request, reply) => {
      await resetPassword(contextOf(request), request.body, deps());
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/registration/parks',
    { config: { access: 'public' }, schema: { tags, summary: 'The parks an enterprise may register with', security: [], response: { 200: z.object({ items: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string() })) }) } } },
    async (request) => ({ items: (await listRegistrationParks(contextOf(request))).map((p) => ({ code: p.code, name: p.name, nameEn: p.nameEn })) }),
  );

  app.post(
    '/registrations',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'An enterprise registers itself with its park (pending until the park admits it)',
        security: [],
        body: z.object({
          creditCode: CreditCodeFormat,
          enterpriseName: z.string().trim().min(2).max(100),
          parkCode: z.string().min(1).max(32),
          industryCode: z.string().trim().min(1).max(5),
          foundedOn: IsoDate,
          registeredCapitalFen: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
          employees: z.number().int().min(0).max(10_000_000),
          legalRepresentative: z.string().trim().min(1).max(50),
          address: z.string().trim().min(1).max(200),
          contactName: z.string().trim().min(1).max(50),
          email: Email,
          phone: z.string().max(40).optional(),
          password: Password,
          locale: z.enum(['zh-CN', 'en']).optional(),
        }),
        response: { 201: z.object({ id: z.uuid(), status: z.literal('pending') }), ...publicErrors },
      },
    },
    async (request, reply) => {
      const row = await registerEnterprise(contextOf(request), { ...request.body, registeredCapitalFen: BigInt(request.body.registeredCapitalFen) }, deps());
      return reply.status(201).send({ id: row.id, status: 'pending' as const });
    },
  );

  app.get(
    '/registrations',
    { config: { access: 'registration.review' }, schema: { tags, summary: "Registrations of the parks I administer (oldest first)", querystring: PageQuery.omit({ q: true }).extend({ status: RegistrationStatusEnum.optional(), parkId: z.uuid().optional() }), response: { 200: pageOf(RegistrationSchema), ...errorResponses } } },
    async (request) => {
      const { page, pageSize, status, parkId } = request.query;
      const result = await listRegistrations(contextOf(request), { status, parkId }, { page, pageSize });
      return { ...result, items: result.items.map(presentRegistration) };
    },
  );


  app.post(
    '/registrations/:id/admit',
    { config: { access: 'registration.review' }, schema: { tags, summary: 'Admit a registration: the enterprise and its user are created (or linked) in the park', params: IdParams, response: { 200: z.object({ id: z.uuid(), status: z.literal('admitted'), organisationId: z.uuid() }), ...errorResponses } } },
    async (request) => {
      const row = await admitRegistration(contextOf(request), request.params.id);
      return { id: row.id, status: 'admitted' as const, organisationId: row.organisationId! };
    },
  );

  app.post(
    '/registrations/:id/reject',
    { config: { access: 'registration.review' }, schema: { tags, summary: 'Reject a registration with a reason (the applicant is told by e-mail)', params: IdParams, body: z.object({ reason: multilineText().trim().min(1).max(500) }), response: { 200: z.object({ id: z.uuid(), status: z.literal('rejected') }), ...errorResponses } } },
    async (request) => {
      const row = await rejectRegistration(contextOf(request), request.params.id, request.body.reason);
      return { id: row.id, status: 'rejected' as const };
    },
  );

  app.get(
    '/organisations/:id/invitations',
    { config: { access: 'invitation.manage' }, schema: { tags, summary: "My organisation's invitations, newest first", params: IdParams, querystring: PageQuery.omit({ q: true }), response: { 200: pageOf(InvitationSchema), ...errorResponses } } },
    async (request) => {
      const ctx = contextOf(request);
      const result = await listInvitations(ctx, request.params.id, request.query);
      return { ...result, items: result.items.map((i) => presentInvitation(i, ctx.now())) };
    },
  );

  app.post(
    '/organisations/:id/invitations',
    {
      config: { access: 'invitation.manage' },
      schema: {
        tags,
        summary: 'Invite a colleague by e-mail with a role of the organisation (the link comes back only when the platform sends no e-mail)',
        params: IdParams,
        body: z.object({ email: Email, role: z.enum(['park_admin', 'institution_officer', 'enterprise_user']) }),
        response: { 201: z.object({ id: z.uuid(), status: z.literal('open'), expiresAt: z.string(), token: z.string().nullable() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { invitation, token } = await inviteColleague(contextOf(request), { organisationId: request.params.id, ...request.body });
      return reply.status(201).send({ id: invitation.id, status: 'open' as const, expiresAt: iso(invitation.expiresAt)!, token });
    },
  );

  app.get(
    '/organisations/:id/members',
    { config: { access: 'invitation.manage' }, schema: { tags, summary: "My organisation's members and their roles", params: IdParams, response: { 200: z.object({ items: z.array(MemberSchema) }), ...errorResponses } } },
    async (request) => ({
      items: (await listMembers(contextOf(request), request.params.id)).map((m) => ({ userId: m.userId, email: m.email, displayName: m.displayName, role: m.role, status: m.status, joinedAt: iso(m.joinedAt)!, lastLoginAt: iso(m.lastLoginAt) })),
    }),
  );

  app.post(
    '/invitations/:id/revoke',
    { config: { access: 'invitation.manage' }, schema: { tags, summary: 'Revoke an open invitation', params: IdParams, response: { 200: z.object({ id: z.uuid(), status: z.literal('revoked') }), ...errorResponses } } },
    async (request) => {
      const row = await revokeInvitation(contextOf(request), request.params.id);
      return { id: row.id, status: 'revoked' as const };
    },
  );

  app.post(
    '/invitations/preview',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'What an invitation link is for (organisation, e-mail, role) and who sent it (by name only)',
        security: [],
        body: z.object({ token: Token }),
        response: { 200: z.object({ organisationName: z.string(), organisationNameEn: z.string().nullable(), invitedByName: z.string().nullable(), email: z.string(), role: z.string(), expiresAt: z.string() }), ...publicErrors },
      },
    },
    async (request) => {
      const i = await previewInvitation(contextOf(request), request.body.token, deps());
      return { organisationName: i.organisationName, organisationNameEn: i.organisationNameEn, invitedByName: i.invitedByName, email: i.email, role: i.role, expiresAt: iso(i.expiresAt)! };
    },
  );

  app.post(
    '/invitations/accept',
    { config: { access: 'public' }, schema: { tags, summary: 'Accept an invitation: set my name and password (single-use link)', security: [], body: z.object({ token: Token, displayName: z.string().trim().min(1).max(50), password: Password }), response: { 201: z.object({ email: z.string() }), ...publicErrors } } },
    async (request, reply) => {
      const accepted = await acceptInvitation(contextOf(request), request.body, deps());
      return reply.status(201).send({ email: accepted.email });
    },
  );
};
