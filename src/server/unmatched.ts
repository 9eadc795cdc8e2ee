// Requests no route answers: 405 with Allow when the path exists under another method, else 404;
// GET of a client-side route of the web app gets its index.html.
import type { FastifyInstance } from 'fastify';
import type { RouteRule } from './auth.ts';
import { fail } from '../domain/shared/errors.ts';
import { sendDomainError } from './errors.ts';

export function registerUnmatched(app: FastifyInstance, routes: RouteRule[]) {
  let patterns: { method: string; pattern: RegExp }[] | undefined;
  const methodsOf = (path: string) => {
    patterns ??= routes.map((r) => ({ method: r.method, pattern: patternOf(r.url) }));
    const methods = new Set(patterns.filter((p) => p.pattern.test(path)).map((p) => p.method));
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods].sort();
  };
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api')) {
      const page = app.kejin.web?.page(request, reply);
      if (page) return page;
    }
    const path = request.url.split('?')[0]!;
    const allowed = methodsOf(path);
    // A route of this very method that declined the request (GET / without a web build) is a 404.
    if (allowed.length && !allowed.includes(request.method)) {
      reply.header('allow', allowed.join(', '));
      return sendDomainError(reply, fail('request.method_not_allowed', { method: request.method, path, allowed }, { details: { allow: allowed } }));
    }
    return sendDomainError(reply, fail('request.route_not_found', { method: request.method, path }));
  });
}

/** A route URL (`/api/v1/parks/:id`, `/api/docs/*`) as a pattern over request paths. */
function patternOf(url: string): RegExp {
  const source = url
    .split('/')
    .map((segment) => (segment === '*' ? '.*' : segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`);
}
