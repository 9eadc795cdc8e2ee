// Requests no route answers: 405 with Allow when the path exists under another method, else 404;
// GET of a client-side route of the web app gets its index.html.
import type { FastifyInstance } from 'fastify';
import type { RouteRule } from './auth.ts';
import { sendError } from './errors.ts';

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
    if (allowed.length) {
      reply.header('allow', allowed.join(', '));
      return sendError(reply, 405, { error: { code: 'method_not_allowed', message: `${request.method} is not allowed on ${path}; allowed: ${allowed.join(', ')}`, details: { allow: allowed } } });
    }
    return sendError(reply, 404, { error: { code: 'not_found', message: `No route ${request.method} ${path}` } });
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
