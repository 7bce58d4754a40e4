import {
  actionHistorySchema,
  actionParamsSchema,
  actionSchema,
  createStatusUpdateBodySchema,
  earlierHistorySchema,
  errorResponseSchema,
  notModifiedSchema,
  rejectSignOffBodySchema,
  signOffBodySchema,
  statusUpdateReplySchema,
  undoSignOffBodySchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies, NotFoundError } from '../../plugins/errors';
import { parseIfMatch, versionTag } from '../../plugins/etag';
import { planScope } from '../../plugins/read-cache';
import { planOfAction } from '../../read-model';
import { earlierHistory } from './earlier-history';
import { statusUpdatesService } from './status-updates.service';

const leadsAndManager = { access: ['manager', 'lead'] as const };

export const statusUpdateRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = statusUpdatesService(app.database.db, app.now);

  app.get(
    '/api/actions/:actionId/updates',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['monthly round'],
        summary: 'An action’s status updates, newest first, with who wrote and signed them off',
        params: actionParamsSchema,
        response: {
          200: actionHistorySchema,
          304: notModifiedSchema,
          401: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const { actionId } = request.params;
      // The history is kept, and dropped, with its plan's other replies.
      const planId = await planOfAction(app.database.db, actionId);
      if (!planId) throw new NotFoundError('Action');
      return app.sendCached(request, reply, {
        scope: planScope(planId),
        key: `history:${actionId}`,
        schema: actionHistorySchema,
        load: async () => {
          const updates = await service.history(actionId);
          return updates && { updates };
        },
        notFound: 'Action',
      });
    },
  );

  app.get(
    '/api/actions/:actionId/earlier-history',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['monthly round'],
        summary:
          'The status updates an action carried forward brings from earlier plans: each earlier plan’s action and its history, latest plan first',
        params: actionParamsSchema,
        response: { 200: earlierHistorySchema, 401: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const history = await earlierHistory(app.database.db, request.params.actionId);
      if (!history) throw new NotFoundError('Action');
      return history;
    },
  );

  app.post(
    '/api/actions/:actionId/updates',
    {
      // The update's one read gives its plan's state (checkUpdate).
      config: { ...leadsAndManager, closedPlan: 'checked', etag: true, ifMatch: true },
      schema: {
        tags: ['monthly round'],
        summary: 'Record the month’s status of an action (If-Match: the action’s ETag, optional)',
        description:
          'Red needs a new completion date after today and after the due month; every status but Grey needs a note. ' +
          'A lead’s Blue awaits sign-off and leaves the action’s status as it was.',
        params: actionParamsSchema,
        body: createStatusUpdateBodySchema,
        response: { 201: statusUpdateReplySchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const result = await service.record(user, request.params.actionId, request.body, parseIfMatch(request));
      return reply.status(201).header('etag', versionTag(result.action)).send(result);
    },
  );

  app.post(
    '/api/actions/:actionId/sign-off',
    {
      config: { ...leadsAndManager, etag: true, ifMatch: true },
      schema: {
        tags: ['monthly round'],
        summary: 'Sign off the Blue awaiting it: the action becomes Blue (manager or delivery-group lead)',
        params: actionParamsSchema,
        body: signOffBodySchema,
        response: { 200: actionSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const action = await service.signOff(
        user,
        request.params.actionId,
        request.body.note ?? null,
        parseIfMatch(request),
      );
      return reply.header('etag', versionTag(action)).send(action);
    },
  );

  app.post(
    '/api/actions/:actionId/sign-off/undo',
    {
      config: { ...leadsAndManager, etag: true, ifMatch: true },
      schema: {
        tags: ['monthly round'],
        summary:
          'Undo the sign-off of the action’s Blue while its month is open: the Blue awaits sign-off again',
        description:
          'Only a Blue signed off from the queue (`sign-off`) and still the action’s current update. ' +
          'The action takes back the status, new completion date and current update it had before. ' +
          'Once the Blue’s month has closed: 409 `conflict`.',
        params: actionParamsSchema,
        body: undoSignOffBodySchema,
        response: { 200: actionSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const action = await service.undoSignOff(user, request.params.actionId, parseIfMatch(request));
      return reply.header('etag', versionTag(action)).send(action);
    },
  );

  app.post(
    '/api/actions/:actionId/sign-off/reject',
    {
      config: { ...leadsAndManager, etag: true, ifMatch: true },
      schema: {
        tags: ['monthly round'],
        summary: 'Refuse the Blue awaiting sign-off, with a reason: the action keeps its status',
        params: actionParamsSchema,
        body: rejectSignOffBodySchema,
        response: { 200: actionSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const action = await service.refuse(
        user,
        request.params.actionId,
        request.body.reason,
        parseIfMatch(request),
      );
      return reply.header('etag', versionTag(action)).send(action);
    },
  );
};
