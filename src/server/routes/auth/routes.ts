import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getMe } from '../../../services/accounts/get-me.ts';
import { login, logout } from '../../../services/accounts/sessions.ts';
import { contextOf } from '../../app.ts';
import { clearSessionCookie, requireActor, setSessionCookie } from '../../auth.ts';
import { ErrorSchema, errorResponses } from '../common.ts';
import { LoginBody, MeSchema, presentMe } from './schemas.ts';
import { todayOf, type ServiceContext } from '../../../services/shared/context.ts';

const businessTimeOf = (ctx: ServiceContext) => ({ timezone: ctx.timezone, today: todayOf(ctx) });

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config } = app.kejin;

  app.post(
    '/auth/login',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], summary: 'Sign in', security: [], body: LoginBody, response: { 200: MeSchema, 400: ErrorSchema, 401: ErrorSchema, 429: ErrorSchema } },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const signedIn = await login(
        ctx,
        { ...request.body, userAgent: request.headers['user-agent'] ?? null },
        { throttle: app.kejin.throttle, sessionTtlMs: config.session.ttlMs },
      );
      setSessionCookie(reply, signedIn.token, signedIn.expiresAt, config.session.cookieSecure);
      return presentMe(await getMe({ ...ctx, actor: signedIn.actor }, signedIn.user), businessTimeOf(ctx));
    },
  );

  app.post(
    '/auth/logout',
    { config: { access: 'public' }, schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.sessionToken) await logout(contextOf(request), request.sessionToken);
      clearSessionCookie(reply, config.session.cookieSecure);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me',
    { config: { access: 'signed_in' }, schema: { tags: ['auth'], summary: 'The signed-in user, roles, organisation and park scope', response: { 200: MeSchema, ...errorResponses } } },
    async (request) => {
      requireActor(request);
      const ctx = contextOf(request);
      return presentMe(await getMe(ctx, request.user!), businessTimeOf(ctx));
    },
  );

  // The web's first check: signed out is an answer here, not a 401 (a browser logs every 401 as an error).
  app.get(
    '/auth/session',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user as GET /me presents it, or null when no one is signed in',
        // The session cookie is optional here: without it the answer is { user: null }.
        security: [{}, { session: [] }],
        response: { 200: z.object({ user: MeSchema.nullable() }), ...errorResponses },
      },
    },
    async (request) => {
      if (!request.actor || !request.user) return { user: null };
      const ctx = contextOf(request);
      return { user: presentMe(await getMe(ctx, request.user), businessTimeOf(ctx)) };
    },
  );
};
