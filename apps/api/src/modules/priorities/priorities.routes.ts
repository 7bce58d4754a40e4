import {
  createPriorityBodySchema,
  planParamsSchema,
  priorityParamsSchema,
  prioritySchema,
  updatePriorityBodySchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies } from '../../plugins/errors';
import { parseIfMatch, versionTag } from '../../plugins/etag';
import { prioritiesService } from './priorities.service';

const managerOnly = { access: ['manager'] as const };

export const priorityRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = prioritiesService(app.database.db, app.now);

  app.post(
    '/api/plans/:planId/priorities',
    {
      config: { ...managerOnly, etag: true },
      schema: {
        tags: ['priorities'],
        summary: 'Add a priority, with its delivery group, at the end of the plan',
        params: planParamsSchema,
        body: createPriorityBodySchema,
        response: { 201: prioritySchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const priority = await service.create(user.id, request.params.planId, request.body);
      return reply.status(201).header('etag', versionTag(priority)).send(priority);
    },
  );

  app.patch(
    '/api/priorities/:priorityId',
    {
      config: { ...managerOnly, etag: true, ifMatch: true },
      schema: {
        tags: ['priorities'],
        summary: 'Change a priority, its delivery group or its place (If-Match: its ETag)',
        params: priorityParamsSchema,
        body: updatePriorityBodySchema,
        response: { 200: prioritySchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const { priorityId } = request.params;
      const priority = await service.update(user.id, priorityId, request.body, parseIfMatch(request));
      return reply.header('etag', versionTag(priority)).send(priority);
    },
  );

  app.delete(
    '/api/priorities/:priorityId',
    {
      config: managerOnly,
      schema: {
        tags: ['priorities'],
        summary: 'Delete a priority with its outcomes and actions, if none has history',
        params: priorityParamsSchema,
        response: { 204: z.null(), ...errorReplies },
      },
    },
    async (request, reply) => {
      await service.remove(currentSession(request).user.id, request.params.priorityId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/priorities/:priorityId/archive',
    {
      config: { ...managerOnly, etag: true },
      schema: {
        tags: ['priorities'],
        summary: 'Archive a priority with its outcomes and actions: kept, but out of the plan',
        params: priorityParamsSchema,
        response: { 200: prioritySchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const priority = await service.archive(currentSession(request).user.id, request.params.priorityId);
      return reply.header('etag', versionTag(priority)).send(priority);
    },
  );
};
