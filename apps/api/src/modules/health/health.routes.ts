import { errorResponseSchema, healthSchema } from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ServiceUnavailableError } from '../../plugins/errors';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary: 'Is the API up and its database reachable?',
        response: { 200: healthSchema, 503: errorResponseSchema },
      },
    },
    async () => {
      await app.database.ping().catch(() => {
        throw new ServiceUnavailableError('The database is unreachable');
      });
      return { status: 'ok' as const, database: app.database.kind };
    },
  );
};
