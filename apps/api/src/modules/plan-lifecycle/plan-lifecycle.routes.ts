import { closePlanBodySchema, planClosedReplySchema, planParamsSchema } from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies } from '../../plugins/errors';
import { parseIfMatch, versionTag } from '../../plugins/etag';
import { planCloseService } from './plan-close.service';

export const planLifecycleRoutes: FastifyPluginAsyncZod = async (app) => {
  const close = planCloseService(app.database.db, app.now);

  app.post(
    '/api/plans/:planId/close',
    {
      config: { access: ['manager'], closedPlan: 'writable' },
      schema: {
        tags: ['plans'],
        summary:
          'Close an active plan (If-Match: its ETag): its summary of progress is frozen as a published report and the plan becomes read-only',
        params: planParamsSchema,
        body: closePlanBodySchema,
        response: { 200: planClosedReplySchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const closed = await close.close(user, request.params.planId, request.body, parseIfMatch(request));
      return reply.header('etag', versionTag(closed.plan)).send(closed);
    },
  );
};
