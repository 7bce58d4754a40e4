import {
  apiTokenCreatedSchema,
  apiTokenListSchema,
  apiTokenParamsSchema,
  apiTokenSchema,
  createApiTokenBodySchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies } from '../../plugins/errors';
import { apiTokensService } from './api-tokens.service';

const managerOnly = { access: ['manager'] as const };

export const apiTokenRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = apiTokensService(app.database.db, app.now);

  app.get(
    '/api/api-tokens',
    {
      config: managerOnly,
      schema: {
        tags: ['accounts'],
        summary: 'Every read-only API token, newest first (never the tokens themselves)',
        response: { 200: apiTokenListSchema, ...errorReplies },
      },
    },
    async () => ({ tokens: await service.list() }),
  );

  app.post(
    '/api/api-tokens',
    {
      config: managerOnly,
      schema: {
        tags: ['accounts'],
        summary:
          'Make a named read-only token for a reporting tool (Authorization: Bearer): the token is in this reply only',
        body: createApiTokenBodySchema,
        response: { 201: apiTokenCreatedSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      return reply.status(201).send(await service.create(user.id, request.body));
    },
  );

  app.post(
    '/api/api-tokens/:tokenId/revoke',
    {
      config: managerOnly,
      schema: {
        tags: ['accounts'],
        summary: 'Revoke a token at once (a revoked token stays revoked)',
        params: apiTokenParamsSchema,
        response: { 200: apiTokenSchema, ...errorReplies },
      },
    },
    async (request) => service.revoke(currentSession(request).user.id, request.params.tokenId),
  );
};
