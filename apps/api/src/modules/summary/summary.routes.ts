import {
  errorResponseSchema,
  planParamsSchema,
  planPeriodSummarySchema,
  summaryQuerySchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NotFoundError } from '../../plugins/errors';
import { periodSummary } from './period-summary';
import { loadSummaryInput } from './summary.repository';

export const summaryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/plans/:planId/summary',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['monthly round'],
        summary:
          'Where the plan stands at a period (default: the current one), how it moved, what needs attention',
        params: planParamsSchema,
        querystring: summaryQuerySchema,
        response: {
          200: planPeriodSummarySchema,
          400: errorResponseSchema,
          401: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    async (request) => {
      const input = await loadSummaryInput(
        app.database.db,
        request.params.planId,
        request.query.period,
        app.now(),
      );
      if (!input) throw new NotFoundError('Plan');
      return periodSummary(input);
    },
  );
};
