import { periodClosePreviewSchema, periodParamsSchema, periodSchema } from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies } from '../../plugins/errors';
import { periodCloseService } from './period-close.service';

/** Closing a month (decision 037): what it would end, and ending it. */
export const periodCloseRoutes: FastifyPluginAsyncZod = async (app) => {
  const closing = periodCloseService(app.database.db, app.now);

  app.get(
    '/api/plans/:planId/periods/:month/close-preview',
    {
      config: { access: ['manager'] },
      schema: {
        tags: ['monthly round'],
        summary:
          'What closing an open month would end: its missing updates and their leads, its deadline if not passed, its live links, its scheduled reminders',
        params: periodParamsSchema,
        response: { 200: periodClosePreviewSchema, ...errorReplies },
      },
    },
    async (request) => closing.preview(request.params.planId, request.params.month),
  );

  app.post(
    '/api/plans/:planId/periods/:month/close',
    {
      config: { access: ['manager'] },
      schema: {
        tags: ['monthly round'],
        summary:
          'Close a month: its updates become read-only and the plan as it stood is kept; its live links expire and its scheduled reminders are cancelled',
        params: periodParamsSchema,
        response: { 200: periodSchema, ...errorReplies },
      },
    },
    async (request) => {
      const { user } = currentSession(request);
      return closing.close(user.id, request.params.planId, request.params.month);
    },
  );
};
