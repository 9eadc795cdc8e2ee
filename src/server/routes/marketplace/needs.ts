import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const needRoutes: FastifyPluginAsyncZod = async () => {};
