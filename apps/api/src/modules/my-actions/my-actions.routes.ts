import { errorResponseSchema, myActionsSchema } from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentSession } from '../../plugins/auth';
import { myActions } from './my-actions.repository';

export const myActionRoutes: FastifyPluginAsyncZod = async (app) => {
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
};
