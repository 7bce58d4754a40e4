import { actionParamsSchema, auditListSchema, auditQuerySchema, errorResponseSchema } from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NotFoundError } from '../../plugins/errors';
import { actionsRepository } from '../actions';
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

  app.get(
    '/api/actions/:actionId/audit',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['audit'],
        summary: 'Every recorded change to one action, newest first: visible to all who can read the action',
        params: actionParamsSchema,
        querystring: auditQuerySchema.pick({ limit: true, before: true }),
        response: {
          200: auditListSchema,
          400: errorResponseSchema,
          401: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    async (request) => {
      if (!(await actionsRepository(app.database.db).findById(request.params.actionId)))
        throw new NotFoundError('Action');
      return repository.search({ ...request.query, entityId: request.params.actionId });
    },
  );
};
