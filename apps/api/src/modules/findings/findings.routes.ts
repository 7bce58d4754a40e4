import {
  createFindingBodySchema,
  errorResponseSchema,
  findingListSchema,
  findingParamsSchema,
  findingSchema,
  planParamsSchema,
  recordFindingJudgementBodySchema,
  updateFindingBodySchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies } from '../../plugins/errors';
import { parseIfMatch, versionTag } from '../../plugins/etag';
import { findingsService } from './findings.service';

const managerOnly = { access: ['manager'] as const };
const readReplies = { 401: errorResponseSchema, 404: errorResponseSchema };

export const findingRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = findingsService(app.database.db, app.now);

  app.get(
    '/api/plans/:planId/findings',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['findings'],
        summary: 'The plan’s inspection findings: judgements over time, and the actions addressing each',
        params: planParamsSchema,
        response: { 200: findingListSchema, ...readReplies },
      },
    },
    async (request) => ({ findings: await service.forPlan(request.params.planId) }),
  );

  app.post(
    '/api/plans/:planId/findings',
    {
      config: { ...managerOnly, etag: true },
      schema: {
        tags: ['findings'],
        summary: 'Add an inspection finding to the plan, with the actions that address it',
        params: planParamsSchema,
        body: createFindingBodySchema,
        response: { 201: findingSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const finding = await service.create(user.id, request.params.planId, request.body);
      return reply.status(201).header('etag', versionTag(finding)).send(finding);
    },
  );

  app.get(
    '/api/findings/:findingId',
    {
      config: { access: 'signed-in', etag: true },
      schema: {
        tags: ['findings'],
        summary: 'A finding with its judgement history and actions (ETag: its version)',
        params: findingParamsSchema,
        response: { 200: findingSchema, ...readReplies },
      },
    },
    async (request, reply) => {
      const finding = await service.get(request.params.findingId);
      return reply.header('etag', versionTag(finding)).send(finding);
    },
  );

  app.patch(
    '/api/findings/:findingId',
    {
      config: { ...managerOnly, etag: true, ifMatch: true },
      schema: {
        tags: ['findings'],
        summary: 'Change a finding, its place, or the actions that address it (If-Match)',
        params: findingParamsSchema,
        body: updateFindingBodySchema,
        response: { 200: findingSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const { findingId } = request.params;
      const finding = await service.update(user.id, findingId, request.body, parseIfMatch(request));
      return reply.header('etag', versionTag(finding)).send(finding);
    },
  );

  app.delete(
    '/api/findings/:findingId',
    {
      config: managerOnly,
      schema: {
        tags: ['findings'],
        summary: 'Delete a finding that has no judgements yet',
        params: findingParamsSchema,
        response: { 204: z.null(), ...errorReplies },
      },
    },
    async (request, reply) => {
      await service.remove(currentSession(request).user.id, request.params.findingId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/findings/:findingId/judgements',
    {
      config: { ...managerOnly, etag: true },
      schema: {
        tags: ['findings'],
        summary: 'Record a judgement of the finding at a month (open, improving, sufficiently improved)',
        description: 'Judgements are appended to the finding’s history; none is ever changed.',
        params: findingParamsSchema,
        body: recordFindingJudgementBodySchema,
        response: { 201: findingSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const finding = await service.recordJudgement(user.id, request.params.findingId, request.body);
      return reply.status(201).header('etag', versionTag(finding)).send(finding);
    },
  );
};
