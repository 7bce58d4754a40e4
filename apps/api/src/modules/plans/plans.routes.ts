import {
  createPlanBodySchema,
  errorResponseSchema,
  notModifiedSchema,
  planListSchema,
  planParamsSchema,
  planSchema,
  planTreeQuerySchema,
  planTreeSchema,
  updatePlanBodySchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentSession } from '../../plugins/auth';
import { parseIfMatch, versionTag } from '../../plugins/etag';
import { PLAN_LIST_SCOPE, planScope } from '../../plugins/read-cache';
import { plansRepository } from './plans.repository';
import { plansService } from './plans.service';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };
const managerOnly = { access: ['manager'] as const };

export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  const repository = plansRepository(app.database.db);
  const service = plansService(app.database.db, app.now);

  app.get(
    '/api/plans',
    {
      config: { access: 'signed-in', apiToken: true },
      schema: {
        tags: ['plans'],
        summary: 'Every plan, with its actions counted by status and overdue',
        response: { 200: planListSchema, 304: notModifiedSchema, 401: errorResponseSchema },
      },
    },
    async (request, reply) =>
      app.sendCached(request, reply, {
        scope: PLAN_LIST_SCOPE,
        key: 'list',
        schema: planListSchema,
        load: async () => ({ plans: await repository.list(app.now()) }),
        notFound: 'Plan',
      }),
  );

  app.get(
    '/api/plans/:planId',
    {
      config: { access: 'signed-in', apiToken: true },
      schema: {
        tags: ['plans'],
        summary: 'A plan’s whole tree: priorities, outcomes and actions with their position at a month',
        description:
          'Each action’s position (status, both dates, whether past either) at `period`, by default the plan’s own month: its open month, or a closed plan’s last.',
        params: planParamsSchema,
        querystring: planTreeQuerySchema,
        response: {
          200: planTreeSchema,
          304: notModifiedSchema,
          401: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    async (request, reply) =>
      app.sendCached(request, reply, {
        scope: planScope(request.params.planId),
        key: `tree:${request.query.period ?? 'current'}`,
        schema: planTreeSchema,
        load: () => repository.tree(request.params.planId, app.now(), request.query.period),
        notFound: 'Plan',
      }),
  );

  app.post(
    '/api/plans',
    {
      config: { ...managerOnly, etag: true },
      schema: {
        tags: ['plans'],
        summary: 'Start a plan (a draft) with its title and period; its address comes from the title',
        body: createPlanBodySchema,
        response: { 201: planSchema, 409: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const plan = await service.create(currentSession(request).user.id, request.body);
      return reply.status(201).header('etag', versionTag(plan)).send(plan);
    },
  );

  app.patch(
    '/api/plans/:planId',
    {
      config: { ...managerOnly, etag: true, ifMatch: true },
      schema: {
        tags: ['plans'],
        summary: 'Change a plan’s title, period or state (draft or active) (If-Match: its ETag)',
        params: planParamsSchema,
        body: updatePlanBodySchema,
        response: { 200: planSchema, 404: errorResponseSchema, 409: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const plan = await service.update(user.id, request.params.planId, request.body, parseIfMatch(request));
      return reply.header('etag', versionTag(plan)).send(plan);
    },
  );

  app.post(
    '/api/plans/:planId/archive',
    {
      config: { ...managerOnly, etag: true },
      schema: {
        tags: ['plans'],
        summary: 'Archive a plan: it is kept, read-only in spirit, and leaves the active list',
        params: planParamsSchema,
        response: { 200: planSchema, 404: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const plan = await service.archive(currentSession(request).user.id, request.params.planId);
      return reply.header('etag', versionTag(plan)).send(plan);
    },
  );

  app.post(
    '/api/plans/:planId/renumber',
    {
      config: managerOnly,
      schema: {
        tags: ['plans'],
        summary: 'Renumber every live priority, outcome and action from its position (1, 1.1, 1.1.1)',
        params: planParamsSchema,
        response: { 200: planTreeSchema, 404: errorResponseSchema, ...errors },
      },
    },
    async (request) => service.renumber(currentSession(request).user.id, request.params.planId),
  );
};
