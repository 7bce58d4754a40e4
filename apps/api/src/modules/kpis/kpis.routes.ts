import { errorResponseSchema, kpiListSchema, planParamsSchema } from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NotFoundError } from '../../plugins/errors';
import { kpisRepository } from './kpis.repository';

export const kpiRoutes: FastifyPluginAsyncZod = async (app) => {
  const repository = kpisRepository(app.database.db);

  app.get(
    '/api/plans/:planId/kpis',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['kpis'],
        summary: 'The plan’s KPI scorecard: baselines and 3/6/12-month targets',
        params: planParamsSchema,
        response: { 200: kpiListSchema, 401: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const list = await repository.listForPlan(request.params.planId);
      if (!list) throw new NotFoundError('Plan');
      return { kpis: list };
    },
  );
};
