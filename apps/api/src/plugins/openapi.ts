import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The body as OpenAPI should describe it (JSON Schema), for a route whose body is not parsed
     * by a schema: a multipart upload is read as a stream, so `schema.body` cannot hold it.
     */
    documentedBody?: Record<string, unknown>;
  }
}

import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** The OpenAPI document is generated from the routes' zod schemas, so it cannot drift. */
export const openApi = fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      // The zod schemas become JSON Schema 2020-12 (`const`, `type: "null"`): OpenAPI 3.1's dialect.
      openapi: '3.1.0',
      info: {
        title: 'ragboard API',
        description: 'Track a multi-agency improvement plan month by month.',
        version: '0.1.0',
      },
    },
    transform: (input) => {
      const transformed = jsonSchemaTransform(input);
      const documented = input.route.config?.documentedBody;
      return documented
        ? { ...transformed, schema: { ...transformed.schema, body: documented } }
        : transformed;
    },
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // Swagger UI sets inline styles; the rest of the app keeps the strict policy.
    transformStaticCSP: (header) => header.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
});
