import {
  closePlanBodySchema,
  nextPlanStartedReplySchema,
  planClosedReplySchema,
  planParamsSchema,
  startNextPlanBodySchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies } from '../../plugins/errors';
import { parseIfMatch, versionTag } from '../../plugins/etag';
import { planCloseService } from './plan-close.service';
import { planSuccessionService } from './plan-succession.service';

export const planLifecycleRoutes: FastifyPluginAsyncZod = async (app) => {
  const close = planCloseService(app.database.db, app.now);
  const succession = planSuccessionService(app.database.db, app.now);

  app.post(
    '/api/plans/:planId/close',
    {
      config: { access: ['manager'], closedPlan: 'writable', etag: true, ifMatch: true },
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

  app.post(
    '/api/plans/:planId/successor',
    {
      config: { access: ['manager'], etag: true, ifMatch: true },
      schema: {
        tags: ['plans'],
        summary:
          'Start the next plan from an active one (If-Match optional): a draft carrying the continuing priorities and outcomes, the unfinished actions with their history, the KPIs and the findings. 201 when made; 200 with the same plan when it already has one',
        params: planParamsSchema,
        body: startNextPlanBodySchema,
        response: { 200: nextPlanStartedReplySchema, 201: nextPlanStartedReplySchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const { created, ...started } = await succession.startNext(
        user,
        request.params.planId,
        request.body,
        parseIfMatch(request),
      );
      return reply
        .status(created ? 201 : 200)
        .header('etag', versionTag(started.plan))
        .header('location', `/api/plans/${started.plan.id}`)
        .send(started);
    },
  );
};
