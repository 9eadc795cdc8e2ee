import type { FastifyPluginAsync } from 'fastify';
import { accountRoutes } from './accounts/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { enterpriseRoutes } from './enterprises/routes.ts';
import { equityRoutes } from './equity/routes.ts';
import { exportRoutes } from './exports/routes.ts';
import { fundraisingRoutes } from './fundraising/routes.ts';
import { homeRoutes } from './home/routes.ts';
import { institutionRoutes } from './institutions/routes.ts';
import { investorRoutes } from './investors/routes.ts';
import { importRoutes } from './imports/routes.ts';
import { jobRoutes } from './jobs/routes.ts';
import { marketplaceRoutes } from './marketplace/index.ts';
import { notificationRoutes } from './notifications/routes.ts';
import { parkRoutes } from './parks/routes.ts';
import { policyPaymentRoutes } from './policy/payments.ts';
import { policyRoutes } from './policy/routes.ts';
import { poolRoutes } from './pools/routes.ts';
import { profileRoutes } from './profile/routes.ts';
import { ratingRoutes } from './rating/routes.ts';
import { reportRoutes } from './reports/routes.ts';
import { userRoutes } from './users/routes.ts';
import { workflowRoutes } from './workflow/index.ts';

/** Every API area, mounted under /api/v1. */
export const registerApiRoutes: FastifyPluginAsync = async (app) => {
  for (const routes of [authRoutes, parkRoutes, institutionRoutes, userRoutes, enterpriseRoutes, profileRoutes, equityRoutes, ratingRoutes, reportRoutes, importRoutes, auditRoutes, marketplaceRoutes, notificationRoutes, workflowRoutes, jobRoutes, accountRoutes, homeRoutes, exportRoutes, policyRoutes, policyPaymentRoutes, poolRoutes, fundraisingRoutes, investorRoutes]) {
    await app.register(routes);
  }
};
