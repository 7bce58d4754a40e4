import {
  actionChallengesSchema,
  actionParamsSchema,
  answerChallengeBodySchema,
  challengeListQuerySchema,
  challengeListSchema,
  challengeParamsSchema,
  challengeSchema,
  createChallengeBodySchema,
  errorResponseSchema,
  planParamsSchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies } from '../../plugins/errors';
import { parseIfMatch, versionTag } from '../../plugins/etag';
import { challengesService } from './challenges.service';

const readReplies = { 401: errorResponseSchema, 404: errorResponseSchema };

export const challengeRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = challengesService(app.database.db, app.now);

  app.get(
    '/api/actions/:actionId/challenges',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['challenges'],
        summary: 'Challenges of the action’s status, newest first, with their answers and what you may do',
        params: actionParamsSchema,
        response: { 200: actionChallengesSchema, ...readReplies },
      },
    },
    async (request) => service.forAction(currentSession(request).user, request.params.actionId),
  );

  app.post(
    '/api/actions/:actionId/challenges',
    {
      config: { access: ['forum'], etag: true },
      schema: {
        tags: ['challenges'],
        summary:
          'Challenge the action’s current status with a reason (the parent carer forum and young people’s representatives)',
        description:
          'The status sent must be the action’s status now; otherwise 409 with the action as it stands.',
        params: actionParamsSchema,
        body: createChallengeBodySchema,
        response: { 201: challengeSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const challenge = await service.raise(user, request.params.actionId, request.body);
      return reply.status(201).header('etag', versionTag(challenge)).send(challenge);
    },
  );

  app.get(
    '/api/challenges/:challengeId',
    {
      config: { access: 'signed-in', etag: true },
      schema: {
        tags: ['challenges'],
        summary: 'A challenge with its answer, if any (ETag: its version)',
        params: challengeParamsSchema,
        response: { 200: challengeSchema, ...readReplies },
      },
    },
    async (request, reply) => {
      const challenge = await service.get(request.params.challengeId);
      return reply.header('etag', versionTag(challenge)).send(challenge);
    },
  );

  app.post(
    '/api/challenges/:challengeId/answer',
    {
      config: { access: ['manager', 'lead'], etag: true, ifMatch: true },
      schema: {
        tags: ['challenges'],
        summary:
          'Answer an open challenge, which closes it (the action’s lead, delivery-group lead or manager; If-Match)',
        params: challengeParamsSchema,
        body: answerChallengeBodySchema,
        response: { 200: challengeSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const { challengeId } = request.params;
      const challenge = await service.answer(user, challengeId, request.body, parseIfMatch(request));
      return reply.header('etag', versionTag(challenge)).send(challenge);
    },
  );

  app.get(
    '/api/plans/:planId/challenges',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['challenges'],
        summary: 'The plan’s challenges, newest first; `state=open` for those still awaiting an answer',
        params: planParamsSchema,
        querystring: challengeListQuerySchema,
        response: { 200: challengeListSchema, 400: errorResponseSchema, ...readReplies },
      },
    },
    async (request) => ({ challenges: await service.forPlan(request.params.planId, request.query.state) }),
  );

  app.get(
    '/api/my/challenges',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['challenges'],
        summary:
          'Open challenges on the actions the signed-in person leads or whose delivery group they lead',
        response: { 200: challengeListSchema, 401: errorResponseSchema },
      },
    },
    async (request) => ({ challenges: await service.forPerson(currentSession(request).user.personId) }),
  );
};
