import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { componentsTransform, SECURITY_SCHEMES } from './openapi-components';
import { operationTransform } from './openapi-operation';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The body as OpenAPI should describe it (JSON Schema), for a route whose body is not parsed
     * by a schema: a multipart upload is read as a stream, so `schema.body` cannot hold it.
     */
    documentedBody?: Record<string, unknown>;
    /** It answers without the database, so never 503 when the database is out of reach. */
    noDatabase?: true;
  }
}

/**
 * The OpenAPI document is generated from the routes' zod schemas and access config, so it cannot
 * drift; `requestLimit` says whether the API-wide request limit is on (429 on every route).
 */
export const openApi = fp(async (app: FastifyInstance, opts: { requestLimit: boolean }) => {
  await app.register(swagger, {
    openapi: {
      // The zod schemas become JSON Schema 2020-12 (`const`, `type: "null"`): OpenAPI 3.1's dialect.
      openapi: '3.1.0',
      info: {
        title: 'ragboard API',
        description: 'Track a multi-agency improvement plan month by month.',
        version: '0.1.0',
      },
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    transform: operationTransform(opts),
    transformObject: componentsTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // Swagger UI sets inline styles; the rest of the app keeps the strict policy.
    transformStaticCSP: (header) => header.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
});
