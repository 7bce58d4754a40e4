import {
  actionParamsSchema,
  actionSchema,
  createActionBodySchema,
  errorResponseSchema,
  outcomeParamsSchema,
  setNewDateBodySchema,
  updateActionBodySchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies } from '../../plugins/errors';
import { parseIfMatch, versionTag } from '../../plugins/etag';
import { actionsService } from './actions.service';

const managerOnly = { access: ['manager'] as const };

export const actionRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = actionsService(app.database.db, app.now);

  app.get(
    '/api/actions/:actionId',
    {
      config: { access: 'signed-in', etag: true },
      schema: {
        tags: ['actions'],
        summary: 'An action with its leads, current status and place in the plan (ETag: its version)',
        params: actionParamsSchema,
        response: { 200: actionSchema, 401: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const action = await service.get(request.params.actionId);
      return reply.header('etag', versionTag(action)).send(action);
    },
  );

  app.post(
    '/api/outcomes/:outcomeId/actions',
    {
      config: { ...managerOnly, etag: true },
      schema: {
        tags: ['actions'],
        summary: 'Add an action, with its leads and due month or words, at the end of an outcome',
        params: outcomeParamsSchema,
        body: createActionBodySchema,
        response: { 201: actionSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const action = await service.create(user.id, request.params.outcomeId, request.body);
      return reply.status(201).header('etag', versionTag(action)).send(action);
    },
  );

  app.patch(
    '/api/actions/:actionId',
    {
      config: { ...managerOnly, etag: true, ifMatch: true },
      schema: {
        tags: ['actions'],
        summary: 'Change an action, its leads, due date or place, or move it to another outcome (If-Match)',
        params: actionParamsSchema,
        body: updateActionBodySchema,
        response: { 200: actionSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const { actionId } = request.params;
      const action = await service.update(user.id, actionId, request.body, parseIfMatch(request));
      return reply.header('etag', versionTag(action)).send(action);
    },
  );

  app.put(
    '/api/actions/:actionId/new-date',
    {
      config: { ...managerOnly, etag: true, ifMatch: true },
      schema: {
        tags: ['actions'],
        summary:
          'Set or clear the new completion date in force from the current month, saying why (If-Match)',
        description:
          'For a date agreed other than by a lead’s Red (at a board, a stocktake). It holds from the plan’s current month until a later Red, Blue or change; earlier months keep the date they had.',
        params: actionParamsSchema,
        body: setNewDateBodySchema,
        response: { 200: actionSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const { actionId } = request.params;
      const action = await service.setNewDate(user.id, actionId, request.body, parseIfMatch(request));
      return reply.header('etag', versionTag(action)).send(action);
    },
  );

  app.delete(
    '/api/actions/:actionId',
    {
      config: managerOnly,
      schema: {
        tags: ['actions'],
        summary: 'Delete an action that has no status updates',
        params: actionParamsSchema,
        response: { 204: z.null(), ...errorReplies },
      },
    },
    async (request, reply) => {
      await service.remove(currentSession(request).user.id, request.params.actionId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/actions/:actionId/archive',
    {
      config: { ...managerOnly, etag: true },
      schema: {
        tags: ['actions'],
        summary: 'Archive an action: its history is kept, but it leaves the plan',
        params: actionParamsSchema,
        response: { 200: actionSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const action = await service.archive(currentSession(request).user.id, request.params.actionId);
      return reply.header('etag', versionTag(action)).send(action);
    },
  );
};
