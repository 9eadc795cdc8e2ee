import type { FastifyPluginAsync } from 'fastify';
import { needRoutes } from './needs.ts';
import { productFitRoutes } from './product-fit.ts';
import { productRoutes } from './products.ts';

/** The financing marketplace: products and matching, needs. */
export const marketplaceRoutes: FastifyPluginAsync = async (app) => {
  await app.register(productRoutes);
  await app.register(needRoutes);
  await app.register(productFitRoutes);
};
