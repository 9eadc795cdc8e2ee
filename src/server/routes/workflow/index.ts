// The financing workflow's routes: applications, loans and repayments, early-warning signals,
// the working-day calendar and the park's pipeline figures.
import type { FastifyPluginAsync } from 'fastify';
import { applicationRoutes } from './applications.ts';
import { loanRoutes } from './loans.ts';
import { outcomeRoutes } from './outcomes.ts';
import { oversightRoutes } from './oversight.ts';

export const workflowRoutes: FastifyPluginAsync = async (app) => {
  for (const routes of [applicationRoutes, loanRoutes, oversightRoutes, outcomeRoutes]) await app.register(routes);
};
