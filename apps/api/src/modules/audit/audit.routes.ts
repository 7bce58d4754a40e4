import { auditListSchema, auditQuerySchema, errorResponseSchema } from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRepository } from './audit.repository';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const repository = auditRepository(app.database.db);

  app.get(
    '/api/audit',
    {
      config: { access: ['manager'] },
      schema: {
        tags: ['audit'],
        summary: 'Who changed what and when, newest first (partnership manager only)',
        querystring: auditQuerySchema,
        response: {
          200: auditListSchema,
          400: errorResponseSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
        },
      },
    },
    async (request) => repository.search(request.query),
  );
};
