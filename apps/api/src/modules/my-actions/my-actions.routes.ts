import {
  errorResponseSchema,
  myActionsSchema,
  statusUpdateBatchBodySchema,
  statusUpdateBatchReplySchema,
  updateSheetSchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies } from '../../plugins/errors';
import { asUser, statusUpdatesService } from '../status-updates';
import { myActions } from './my-actions.repository';
import { myUpdateSheet } from './my-update-sheet';

export const myActionRoutes: FastifyPluginAsyncZod = async (app) => {
  const updates = statusUpdatesService(app.database.db, app.now);
  app.get(
    '/api/my/actions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['monthly round'],
        summary: 'The signed-in person’s actions for the current period, those still needing an update first',
        response: { 200: myActionsSchema, 401: errorResponseSchema },
      },
    },
    async (request) => {
      const { personId } = currentSession(request).user;
      return { items: personId ? await myActions(app.database.db, personId, app.now()) : [] };
    },
  );

  app.get(
    '/api/my/update-sheet',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['monthly round'],
        summary: 'Every action the signed-in person has due an update, per plan, with last month’s note',
        response: { 200: updateSheetSchema, 401: errorResponseSchema },
      },
    },
    async (request) => myUpdateSheet(app.database.db, currentSession(request).user, app.now()),
  );

  app.post(
    '/api/my/updates',
    {
      config: { access: ['manager', 'lead'] },
      schema: {
        tags: ['monthly round'],
        summary: 'Record several actions’ updates in one transaction: all of them, or none',
        description:
          'Each update carries the action’s version as shown (its If-Match). Refused fields come back as body.updates.N.field; actions changed meanwhile as a 409 listing each as it now stands.',
        body: statusUpdateBatchBodySchema,
        response: { 201: statusUpdateBatchReplySchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const author = asUser(currentSession(request).user);
      return reply.status(201).send(await updates.recordAll(author, request.body.updates));
    },
  );
};
