import { errorResponseSchema, planListSchema, planParamsSchema, planTreeSchema } from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NotFoundError } from '../../plugins/errors';
import { plansRepository } from './plans.repository';

export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  const repository = plansRepository(app.database.db);

  app.get(
    '/api/plans',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['plans'],
        summary: 'Every plan, with its actions counted by status and overdue',
        response: { 200: planListSchema, 401: errorResponseSchema },
      },
    },
    async () => ({ plans: await repository.list(app.now()) }),
  );

  app.get(
    '/api/plans/:planId',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['plans'],
        summary: 'A plan’s whole tree: priorities, outcomes and actions with their current status',
        params: planParamsSchema,
        response: { 200: planTreeSchema, 401: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const tree = await repository.tree(request.params.planId, app.now());
      if (!tree) throw new NotFoundError('Plan');
      return tree;
    },
  );
};
