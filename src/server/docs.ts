// OpenAPI 3 generated from the zod route schemas, with interactive docs.
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export async function registerDocs(app: FastifyInstance) {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Kejin API',
        description: 'Kejin (科金) technology-finance service platform. Sign in with POST /api/v1/auth/login; the session cookie authenticates later calls.',
        version: '1',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'kejin_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    // Schemas given an id (`.meta({ id })`, e.g. routes/vocabulary.ts) become components/schemas, referenced by name.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
}

export function registerOpenApiDocument(app: FastifyInstance) {
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
}
