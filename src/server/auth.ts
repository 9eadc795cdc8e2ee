// Session cookie → actor, route-level access checks, and cross-origin refusal for mutations.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { UserRow } from '../db/repositories/users.ts';
import type { Database } from '../db/client.ts';
import type { Actor } from '../domain/access/actor.ts';
import { mayAttempt, refusalOf, type Action } from '../domain/access/policy.ts';
import { fail } from '../domain/shared/errors.ts';
import { resolveSession } from '../services/accounts/sessions.ts';

export const SESSION_COOKIE = 'kejin_session';

/** Every route says who may call it; a route that says nothing is refused at start-up. */
export type Access = 'public' | 'signed_in' | Action;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
    user: UserRow | null;
    sessionToken: string | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface RouteRule {
  method: string;
  url: string;
  access: Access;
}

export function registerAuth(
  app: FastifyInstance,
  deps: { database: Database; publicUrl?: string; now: () => Date; routes: RouteRule[] },
) {
  app.decorateRequest('actor', null);
  app.decorateRequest('user', null);
  app.decorateRequest('sessionToken', null);

  app.addHook('onRoute', (route) => {
    const config = (route.config ??= {}) as { access?: Access; file?: string };
    // Static files of the web app and the API docs are public by nature.
    if (!config.access && (config.file || route.url.startsWith('/api/docs'))) config.access = 'public';
    if (!config.access) throw new Error(`Route ${route.method} ${route.url} declares no access rule`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD' && !config.file) deps.routes.push({ method, url: route.url, access: config.access });
    }
  });

  app.addHook('onRequest', async (request) => {
    refuseCrossOrigin(request, deps.publicUrl);
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const found = await resolveSession(deps.database, token, deps.now());
    if (!found) return;
    request.sessionToken = token;
    request.actor = found.actor;
    request.user = found.user;
  });

  app.addHook('preHandler', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || access === 'public') return;
    if (!request.actor) throw fail('auth.sign_in_required');
    if (access === 'signed_in') return;
    const decision = mayAttempt(request.actor, access);
    if (!decision.allowed) throw refusalOf(decision);
  });
}

/** A cookie-carrying browser mutation from another site is refused (CSRF), whatever its cookie. */
function refuseCrossOrigin(request: FastifyRequest, publicUrl: string | undefined) {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site') throw fail('auth.cross_site');
  if (!origin) return;
  const own = [`${request.protocol}://${request.host}`];
  if (publicUrl) own.push(new URL(publicUrl).origin);
  if (!own.includes(origin)) throw fail('auth.foreign_origin', { origin });
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: expiresAt });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean) {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw fail('auth.sign_in_required');
  return request.actor;
}
