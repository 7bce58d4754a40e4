import {
  errorResponseSchema,
  openPeriodBodySchema,
  periodListSchema,
  periodSchema,
  planParamsSchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies } from '../../plugins/errors';
import { periodsService } from './periods.service';

export const periodRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = periodsService(app.database.db, app.now);

  app.get(
    '/api/plans/:planId/periods',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['monthly round'],
        summary: 'The plan’s reporting periods, oldest first',
        params: planParamsSchema,
        response: { 200: periodListSchema, 401: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => ({ periods: await service.list(request.params.planId) }),
  );

  app.post(
    '/api/plans/:planId/periods',
    {
      config: { access: ['manager'] },
      schema: {
        tags: ['monthly round'],
        summary: 'Open a month for updates, with a deadline and days of grace',
        params: planParamsSchema,
        body: openPeriodBodySchema,
        response: { 201: periodSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      return reply.status(201).send(await service.open(user.id, request.params.planId, request.body));
    },
  );
};
