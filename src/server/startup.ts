// What a first start is still preparing after the server listens: `kejin demo` answers /healthz at
// once, then seeds the demo data and builds the web app. Until the demo data is in, the API answers
// 503 `unavailable` with Retry-After (nothing reads a half-seeded database); until the web app is
// built, web routes answer a "starting" page; /readyz answers 503 until both are done.
import { fail } from '../domain/shared/errors.ts';
import type { FastifyInstance } from 'fastify';
import { sendDomainError } from './errors.ts';

export type StartupStep = 'demo_data' | 'web_app';

export const STARTUP_STEPS: Record<StartupStep, string> = {
  demo_data: 'preparing the demo data',
  web_app: 'building the web app',
};

export class Startup {
  private readonly steps = new Set<StartupStep>();

  begin(step: StartupStep): void {
    this.steps.add(step);
  }

  done(step: StartupStep): void {
    this.steps.delete(step);
  }

  has(step: StartupStep): boolean {
    return this.steps.has(step);
  }

  get pending(): StartupStep[] {
    return [...this.steps];
  }
}

/** The API's 503 while the demo data is prepared (the docs stay readable). */
export function registerStartupGate(app: FastifyInstance) {
  app.addHook('onRequest', async (request, reply) => {
    const { startup } = app.kejin;
    if (!startup.has('demo_data') || !request.url.startsWith('/api/v1/')) return undefined;
    reply.header('retry-after', '5');
    return sendDomainError(reply, fail('server.starting', { pending: startup.pending }, { details: { pending: startup.pending } }));
  });
}
