// Builds the Fastify application: plugins, hooks, API routes, docs, metrics and the web app.
import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import Fastify, { LogController, type FastifyInstance, type FastifyRequest } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { serverOrigin, type Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { systemActor } from '../domain/access/actor.ts';
import { LoginThrottle } from '../domain/access/login-throttle.ts';
import { Market } from '../services/marketplace/market.ts';
import { MatchRuns } from '../services/marketplace/match-runs.ts';
import { Mailer } from '../services/notifications/mailer.ts';
import { CalendarStore } from '../services/workflow/calendar-store.ts';
import { WorkflowSweeper } from '../services/workflow/daily-sweep.ts';
import { ScoringJobs } from '../services/rating/scoring-jobs.ts';
import type { ServiceContext } from '../services/shared/context.ts';
import { registerAuth, type RouteRule } from './auth.ts';
import { registerDocs, registerOpenApiDocument } from './docs.ts';
import { handleError, sendError } from './errors.ts';
import { Metrics } from './metrics.ts';
import { registerApiRoutes } from './routes/index.ts';
import { verifyPages } from './routes/reports/verify-page.ts';
import { registerWeb } from './web.ts';

export interface AppDeps {
  config: Config;
  database: Database;
  now?: () => Date;
}

export interface Kejin {
  config: Config;
  database: Database;
  now: () => Date;
  throttle: LoginThrottle;
  metrics: Metrics;
  scoringJobs: ScoringJobs;
  /** Marketplace engine state: compiled products, the fact table, ranking settings. */
  market: Market;
  /** Full match runs (on demand and nightly) over `market`. */
  matchRuns: MatchRuns;
  /** The working-day calendar (package years and operator-loaded years) deadlines count with. */
  calendar: CalendarStore;
  /** The daily workflow pass (overdue loans, decision deadlines), scheduled by `serve`. */
  sweeper: WorkflowSweeper;
  /** Sends notification e-mails from the outbox (started when the app is ready); absent without KEJIN_SMTP_URL. */
  mailer?: Mailer;
  /** Every route with its access rule, as registered (the authorization test walks these). */
  routes: RouteRule[];
  /** The built web app's index.html, served for client-side routes. */
  webIndex?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    kejin: Kejin;
  }
}

export type App = FastifyInstance;

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export async function buildApp(deps: AppDeps): Promise<App> {
  const { config, database } = deps;
  const now = deps.now ?? (() => new Date());
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], remove: true },
    },
    bodyLimit: config.bodyLimitBytes,
    requestIdHeader: false,
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    trustProxy: config.publicUrl !== undefined,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  const calendar = new CalendarStore();
  const market = new Market({ weights: config.matching.weights, topN: config.matching.topN }, calendar);
  app.decorate('kejin', { config, database, now, throttle: new LoginThrottle(config.loginLimit.maxAttempts, config.loginLimit.windowMs), metrics: new Metrics(), routes: [], scoringJobs: new ScoringJobs(), market, matchRuns: new MatchRuns(market), calendar, sweeper: new WorkflowSweeper() });
  if (config.mail.smtpUrl) {
    const log = { info: (message: string) => app.log.info(message), warn: (message: string) => app.log.warn(message) };
    app.kejin.mailer = new Mailer({ database, smtpUrl: config.mail.smtpUrl, from: config.mail.from, webUrl: config.mail.webUrl, now, log });
    app.addHook('onReady', async () => app.kejin.mailer?.start());
  }
  app.addHook('onClose', async () => {
    app.kejin.matchRuns.stop();
    await app.kejin.matchRuns.idle();
    await app.kejin.sweeper.stop();
    await app.kejin.mailer?.stop();
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    app.kejin.metrics.observe(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
  });

  await app.register(fastifyCookie);
  await registerDocs(app);
  registerAuth(app, { database, publicUrl: config.publicUrl, now, routes: app.kejin.routes });
  registerHealth(app);
  registerOpenApiDocument(app);
  await app.register(registerApiRoutes, { prefix: '/api/v1' });
  await app.register(verifyPages);
  await registerWeb(app, config.webDist);
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api') && app.kejin.webIndex) return reply.type('text/html').send(app.kejin.webIndex);
    return sendError(reply, 404, { error: { code: 'not_found', message: `No route ${request.method} ${request.url.split('?')[0]}` } });
  });
  return app;
}

function registerHealth(app: FastifyInstance) {
  app.get('/healthz', { config: { access: 'public' }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    try {
      await app.kejin.database.ping();
      return { status: 'ready', database: app.kejin.database.driver };
    } catch {
      return sendError(reply, 503, { error: { code: 'unavailable', message: 'Database unreachable' } });
    }
  });
  app.get('/metrics', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    const { metrics, database } = app.kejin;
    return reply.type('text/plain; version=0.0.4').send(metrics.render(database.poolStats(), database.driver));
  });
}

/** Where this server is reached, for signed documents: KEJIN_PUBLIC_URL, else the port it listens on. */
export function originOf(app: FastifyInstance): string {
  const bound = app.server.listening ? app.server.address() : null;
  return serverOrigin(app.kejin.config, bound && typeof bound === 'object' ? bound.port : undefined);
}

/** The service context of a request: who acts, from where, on which database. */
export function contextOf(request: FastifyRequest): ServiceContext {
  const { database, now, config } = request.server.kejin;
  return { database, actor: request.actor ?? systemActorForPublic(), clientAddress: request.ip ?? null, now, timezone: config.timezone };
}

// Public routes act as nobody: an actor with no memberships, never the system.
const systemActorForPublic = () => ({ ...systemActor(), kind: 'user' as const, email: null });
