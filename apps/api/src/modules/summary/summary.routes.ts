import {
  errorResponseSchema,
  notModifiedSchema,
  planParamsSchema,
  planPeriodSummarySchema,
  summaryQuerySchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { planScope } from '../../plugins/read-cache';
import { periodSummary } from './period-summary';
import { loadSummaryInput } from './summary.repository';

export const summaryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/plans/:planId/summary',
    {
      config: { access: 'signed-in', apiToken: true },
      schema: {
        tags: ['monthly round'],
        summary:
          'Where the plan stands at a period (default: the current one), how it moved, what needs attention',
        params: planParamsSchema,
        querystring: summaryQuerySchema,
        response: {
          200: planPeriodSummarySchema,
          304: notModifiedSchema,
          400: errorResponseSchema,
          401: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const { planId } = request.params;
      const { period } = request.query;
      return app.sendCached(request, reply, {
        scope: planScope(planId),
        key: `summary:${period ?? 'current'}`,
        schema: planPeriodSummarySchema,
        load: async () => {
          const input = await loadSummaryInput(app.database.db, planId, period, app.now());
          return input && periodSummary(input);
        },
        notFound: 'Plan',
      });
    },
  );
};
