import {
  bodyParamsSchema,
  createMeetingBodySchema,
  createReportingBodyBodySchema,
  planParamsSchema,
  reportingBodyListSchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies } from '../../plugins/errors';
import { meetingsService } from './meetings.service';

export const meetingRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = meetingsService(app.database.db, app.now);
  const bodiesOf = async (user: Parameters<typeof service.list>[0], planId: string) => ({
    bodies: await service.list(user, planId),
  });

  app.get(
    '/api/plans/:planId/bodies',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['meetings'],
        summary: 'The bodies the plan reports to, each with its meetings and their packs, soonest first',
        description: 'A pack still in draft is shown to the manager only.',
        params: planParamsSchema,
        response: { 200: reportingBodyListSchema, ...errorReplies },
      },
    },
    async (request) => bodiesOf(currentSession(request).user, request.params.planId),
  );

  app.post(
    '/api/plans/:planId/bodies',
    {
      config: { access: ['manager'] },
      schema: {
        tags: ['meetings'],
        summary: 'Record a body the plan reports to: how often, the sections of its pack, its priorities',
        params: planParamsSchema,
        body: createReportingBodyBodySchema,
        response: { 201: reportingBodyListSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const user = currentSession(request).user;
      await service.createBody(user.id, request.params.planId, request.body);
      return reply.status(201).send(await bodiesOf(user, request.params.planId));
    },
  );

  app.post(
    '/api/bodies/:bodyId/meetings',
    {
      config: { access: ['manager'] },
      schema: {
        tags: ['meetings'],
        summary: 'Add a meeting of a body, with its paper deadline: its pack is drafted by itself',
        params: bodyParamsSchema,
        body: createMeetingBodySchema,
        response: { 201: reportingBodyListSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const user = currentSession(request).user;
      const planId = await service.createMeeting(user.id, request.params.bodyId, request.body);
      return reply.status(201).send(await bodiesOf(user, planId));
    },
  );
};
