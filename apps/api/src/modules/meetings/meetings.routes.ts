import {
  bodyParamsSchema,
  createMeetingBodySchema,
  createReportingBodyBodySchema,
  meetingParamsSchema,
  planParamsSchema,
  reportingBodyListSchema,
  updateMeetingBodySchema,
  updateReportingBodyBodySchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies } from '../../plugins/errors';
import { parseIfMatch } from '../../plugins/etag';
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

  app.patch(
    '/api/bodies/:bodyId',
    {
      config: { access: ['manager'], ifMatch: true },
      schema: {
        tags: ['meetings'],
        summary: 'Change a body (If-Match: its version); 409 with it as it now stands when stale',
        params: bodyParamsSchema,
        body: updateReportingBodyBodySchema,
        response: { 200: reportingBodyListSchema, ...errorReplies },
      },
    },
    async (request) => {
      const user = currentSession(request).user;
      const planId = await service.updateBody(
        user,
        request.params.bodyId,
        request.body,
        parseIfMatch(request),
      );
      return bodiesOf(user, planId);
    },
  );

  app.post(
    '/api/bodies/:bodyId/retire',
    {
      config: { access: ['manager'], ifMatch: true },
      schema: {
        tags: ['meetings'],
        summary: 'Retire a body (If-Match: its version): no longer listed nor drafted for; its packs stay',
        params: bodyParamsSchema,
        response: { 200: reportingBodyListSchema, ...errorReplies },
      },
    },
    async (request) => {
      const user = currentSession(request).user;
      const planId = await service.retireBody(user, request.params.bodyId, parseIfMatch(request));
      return bodiesOf(user, planId);
    },
  );

  app.patch(
    '/api/meetings/:meetingId',
    {
      config: { access: ['manager'], ifMatch: true },
      schema: {
        tags: ['meetings'],
        summary:
          'Move a meeting and its paper deadline (If-Match: its version); a pack already drafted stays linked',
        params: meetingParamsSchema,
        body: updateMeetingBodySchema,
        response: { 200: reportingBodyListSchema, ...errorReplies },
      },
    },
    async (request) => {
      const user = currentSession(request).user;
      const planId = await service.moveMeeting(
        user.id,
        request.params.meetingId,
        request.body,
        parseIfMatch(request),
      );
      return bodiesOf(user, planId);
    },
  );

  app.delete(
    '/api/meetings/:meetingId',
    {
      config: { access: ['manager'], ifMatch: true },
      schema: {
        tags: ['meetings'],
        summary:
          'Cancel a meeting (If-Match: its version); a pack already drafted for it stays, as an ordinary report',
        params: meetingParamsSchema,
        response: { 200: reportingBodyListSchema, ...errorReplies },
      },
    },
    async (request) => {
      const user = currentSession(request).user;
      const planId = await service.cancelMeeting(user.id, request.params.meetingId, parseIfMatch(request));
      return bodiesOf(user, planId);
    },
  );
};
