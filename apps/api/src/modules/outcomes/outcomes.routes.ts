import {
  createOutcomeBodySchema,
  outcomeParamsSchema,
  outcomeSchema,
  priorityParamsSchema,
  updateOutcomeBodySchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies } from '../../plugins/errors';
import { parseIfMatch, versionTag } from '../../plugins/etag';
import { outcomesService } from './outcomes.service';

const managerOnly = { access: ['manager'] as const };

export const outcomeRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = outcomesService(app.database.db, app.now);

  app.post(
    '/api/priorities/:priorityId/outcomes',
    {
      config: { ...managerOnly, etag: true },
      schema: {
        tags: ['outcomes'],
        summary: 'Add an outcome at the end of a priority',
        params: priorityParamsSchema,
        body: createOutcomeBodySchema,
        response: { 201: outcomeSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const outcome = await service.create(user.id, request.params.priorityId, request.body);
      return reply.status(201).header('etag', versionTag(outcome)).send(outcome);
    },
  );

  app.patch(
    '/api/outcomes/:outcomeId',
    {
      config: { ...managerOnly, etag: true, ifMatch: true },
      schema: {
        tags: ['outcomes'],
        summary: 'Change an outcome, its lead or its place, or move it to another priority (If-Match)',
        params: outcomeParamsSchema,
        body: updateOutcomeBodySchema,
        response: { 200: outcomeSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const { outcomeId } = request.params;
      const outcome = await service.update(user.id, outcomeId, request.body, parseIfMatch(request));
      return reply.header('etag', versionTag(outcome)).send(outcome);
    },
  );

  app.delete(
    '/api/outcomes/:outcomeId',
    {
      config: managerOnly,
      schema: {
        tags: ['outcomes'],
        summary: 'Delete an outcome with its actions, if none has history',
        params: outcomeParamsSchema,
        response: { 204: z.null(), ...errorReplies },
      },
    },
    async (request, reply) => {
      await service.remove(currentSession(request).user.id, request.params.outcomeId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/outcomes/:outcomeId/archive',
    {
      config: { ...managerOnly, etag: true },
      schema: {
        tags: ['outcomes'],
        summary: 'Archive an outcome with its actions: kept, but out of the plan',
        params: outcomeParamsSchema,
        response: { 200: outcomeSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const outcome = await service.archive(currentSession(request).user.id, request.params.outcomeId);
      return reply.header('etag', versionTag(outcome)).send(outcome);
    },
  );
};
