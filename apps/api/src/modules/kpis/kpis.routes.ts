import {
  errorResponseSchema,
  kpiDetailSchema,
  kpiListSchema,
  kpiParamsSchema,
  planParamsSchema,
  recordedKpiValueSchema,
  recordKpiValueBodySchema,
  updateKpiBodySchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies, NotFoundError } from '../../plugins/errors';
import { parseIfMatch, versionTag } from '../../plugins/etag';
import { kpisRepository } from './kpis.repository';
import { kpisService } from './kpis.service';

export const kpiRoutes: FastifyPluginAsyncZod = async (app) => {
  const repository = kpisRepository(app.database.db);
  const service = kpisService(app.database.db, app.now);

  app.get(
    '/api/plans/:planId/kpis',
    {
      config: { access: 'signed-in', apiToken: true },
      schema: {
        tags: ['kpis'],
        summary: 'The plan’s KPI scorecard: baselines, stepped targets, actuals judged against them',
        params: planParamsSchema,
        response: { 200: kpiListSchema, 401: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const list = await repository.listForPlan(request.params.planId);
      if (!list) throw new NotFoundError('Plan');
      return { kpis: list };
    },
  );

  app.get(
    '/api/kpis/:kpiId',
    {
      config: { access: 'signed-in', apiToken: true, etag: true },
      schema: {
        tags: ['kpis'],
        summary: 'A KPI with every value recorded, superseded ones included (ETag: its version)',
        params: kpiParamsSchema,
        response: { 200: kpiDetailSchema, 401: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const kpi = await service.get(request.params.kpiId);
      return reply.header('etag', versionTag(kpi)).send(kpi);
    },
  );

  app.patch(
    '/api/kpis/:kpiId',
    {
      config: { access: ['manager'], etag: true, ifMatch: true },
      schema: {
        tags: ['kpis'],
        summary: 'Change a KPI’s measure, direction, baseline, targets, tolerance or owner (If-Match)',
        params: kpiParamsSchema,
        body: updateKpiBodySchema,
        response: { 200: kpiDetailSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const kpi = await service.update(user.id, request.params.kpiId, request.body, parseIfMatch(request));
      return reply.header('etag', versionTag(kpi)).send(kpi);
    },
  );

  app.post(
    '/api/kpis/:kpiId/values',
    {
      config: { access: ['manager', 'lead'] },
      schema: {
        tags: ['kpis'],
        summary: 'Record a KPI’s actual for a month (the manager or the KPI’s owner); a later one supersedes',
        params: kpiParamsSchema,
        body: recordKpiValueBodySchema,
        response: { 201: recordedKpiValueSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const result = await service.recordValue(
        currentSession(request).user,
        request.params.kpiId,
        request.body,
      );
      return reply.status(201).send(result);
    },
  );
};
