// Builds the Fastify application: plugins, hooks, API routes, docs, metrics and the web app.
import { randomUUID } from 'node:crypto';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import Fastify, { LogController, type FastifyInstance, type FastifyRequest } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { serverOrigin, type Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { systemActor } from '../domain/access/actor.ts';
import { LoginThrottle } from '../domain/access/login-throttle.ts';
import { Market } from '../services/marketplace/market.ts';
import { MatchRuns } from '../services/marketplace/match-runs.ts';
import { MAIL_JOB, MAIL_RETRY_SCHEDULE, Mailer } from '../services/notifications/mailer.ts';
import { CalendarStore } from '../services/workflow/calendar-store.ts';
import { sweepJob } from '../services/workflow/daily-sweep.ts';
import { SWEEP_HOOKS } from './sweep-hooks.ts';
import { createJobSystem } from '../services/jobs/create.ts';
import type { JobSystem } from '../services/jobs/job-system.ts';
import { ScoringJobs, scoringJob } from '../services/rating/scoring-jobs.ts';
import { subsidyRunJob } from '../services/policy/run-jobs.ts';
import type { ServiceContext } from '../services/shared/context.ts';
import { registerAuth, type RouteRule } from './auth.ts';
import { registerDocs, registerOpenApiDocument } from './docs.ts';
import { handleClientError, handleError, sendDomainError } from './errors.ts';
import { fail } from '../domain/shared/errors.ts';
import { Metrics } from './metrics.ts';
import { registerApiRoutes } from './routes/index.ts';
import { parseQueryString, registerTextRule } from './text-rule.ts';
import { registerUnmatched } from './unmatched.ts';
import { verifyPages } from './routes/reports/verify-page.ts';
import { registerStartupGate, Startup, STARTUP_STEPS } from './startup.ts';
import { registerWeb, type WebApp } from './web.ts';

export interface AppDeps {
  config: Config;
  database: Database;
  now?: () => Date;
  /** false: jobs and the mailer never start (the OpenAPI document is produced this way, without a database). */
  background?: boolean;
}

export interface Kejin {
  config: Config;
  database: Database;
  now: () => Date;
  throttle: LoginThrottle;
  /** Account requests (password resets, registrations, links, password changes) per client address and subject. */
  accountThrottle: LoginThrottle;
  metrics: Metrics;
  scoringJobs: ScoringJobs;
  /** Marketplace engine state: compiled products, the fact table, ranking settings. */
  market: Market;
  /** Full match runs (on demand and nightly) over `market`. */
  matchRuns: MatchRuns;
  /** The working-day calendar (package years and operator-loaded years) deadlines count with. */
  calendar: CalendarStore;
  /** Background jobs (pg-boss on PostgreSQL, in-process on PGlite): started when the app is ready, stopped on close. */
  jobs: JobSystem;
  /** Sends notification e-mails from the outbox as the `mail.send` job kind (started when the app is ready); absent without KEJIN_SMTP_URL. */
  mailer?: Mailer;
  /** Every route with its access rule, as registered (the authorization test walks these). */
  routes: RouteRule[];
  /** The built web app, served for client-side routes. */
  web?: WebApp;
  /** What a first start is still preparing (demo data, the web build): the API and /readyz answer 503 until it is done. */
  startup: Startup;
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
    routerOptions: { querystringParser: parseQueryString },
    // Bad URLs and over-long path parameters are refused before routing; they answer the same envelope.
    frameworkErrors: handleError,
    clientErrorHandler: handleClientError,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  registerTextRule(app);
  const calendar = new CalendarStore();
  const market = new Market({ weights: config.matching.weights, topN: config.matching.topN }, calendar);
  const jobs = createJobSystem(database, { ...config.jobs, timeZone: config.timezone }, now, (message) => app.log.warn(message));
  jobs.define(sweepJob(calendar, SWEEP_HOOKS));
  jobs.define(scoringJob);
  jobs.define(subsidyRunJob(calendar));
  const matchRuns = new MatchRuns(market, jobs);
  app.decorate('kejin', { config, database, now, throttle: new LoginThrottle(config.loginLimit.maxAttempts, config.loginLimit.windowMs), accountThrottle: new LoginThrottle(config.loginLimit.maxAttempts, config.loginLimit.windowMs), metrics: new Metrics(), routes: [], scoringJobs: new ScoringJobs(jobs), market, matchRuns, calendar, jobs, startup: new Startup() });
  const background = deps.background !== false;
  if (background) app.addHook('onReady', async () => jobs.start());
  if (background && config.mail.smtpUrl) {
    const log = { info: (message: string) => app.log.info(message), warn: (message: string) => app.log.warn(message) };
    const mailer = new Mailer({ database, smtpUrl: config.mail.smtpUrl, from: config.mail.from, webUrl: config.mail.webUrl, now, log, jobs });
    app.kejin.mailer = mailer;
    jobs.define(mailer.jobKind());
    await jobs.schedule(MAIL_JOB, MAIL_RETRY_SCHEDULE);
    app.addHook('onReady', async () => mailer.start());
  }
  // The jobs stop first: a mail job under way finishes its pass before the mailer closes its transport.
  app.addHook('onClose', async () => {
    await jobs.stop();
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

  registerStartupGate(app);
  // API JSON (and the docs, metrics, verify pages) compressed on the fly; the web app's files carry
  // their own precompressed copies, and file downloads (xlsx, pdf, csv) are left as they stream.
  await app.register(fastifyCompress, {
    global: true,
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    threshold: 1024,
    customTypes: /^(application\/(json|problem\+json|javascript)|text\/(html|plain|css|javascript))(;|$)/,
  });
  await app.register(fastifyCookie);
  await registerDocs(app);
  registerAuth(app, { database, publicUrl: config.publicUrl, now, routes: app.kejin.routes });
  registerHealth(app);
  registerOpenApiDocument(app);
  await app.register(registerApiRoutes, { prefix: '/api/v1' });
  await app.register(verifyPages);
  app.kejin.web = registerWeb(app, config.webDist);
  registerUnmatched(app, app.kejin.routes);
  return app;
}

function registerHealth(app: FastifyInstance) {
  app.get('/healthz', { config: { access: 'public' }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    const pending = app.kejin.startup.pending;
    if (pending.length) {
      reply.header('retry-after', '5');
      return sendDomainError(reply, fail('server.starting', { pending: pending.map((p) => STARTUP_STEPS[p]) }, { details: { pending } }));
    }
    try {
      await app.kejin.database.ping();
      return { status: 'ready', database: app.kejin.database.driver };
    } catch {
      return sendDomainError(reply, fail('server.database_unreachable'));
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
