import {
  createUserBodySchema,
  errorResponseSchema,
  resetPasswordBodySchema,
  updateUserBodySchema,
  userListSchema,
  userParamsSchema,
  userSchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentSession } from '../../plugins/auth';
import { parseIfMatch, versionTag } from '../../plugins/etag';
import { usersService } from './users.service';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };
const managerOnly = { access: ['manager'] as const };

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = usersService(app.database.db, app.now);

  app.get(
    '/api/users',
    {
      config: managerOnly,
      schema: { tags: ['accounts'], summary: 'Every account', response: { 200: userListSchema, ...errors } },
    },
    async () => ({ users: await service.list() }),
  );

  app.post(
    '/api/users',
    {
      config: { ...managerOnly, etag: true },
      schema: {
        tags: ['accounts'],
        summary: 'Create an account with a role and, optionally, the person it is',
        body: createUserBodySchema,
        response: { 201: userSchema, 409: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = await service.create(currentSession(request).user.id, request.body);
      return reply.status(201).header('etag', versionTag(user)).send(user);
    },
  );

  app.patch(
    '/api/users/:userId',
    {
      config: { ...managerOnly, etag: true, ifMatch: true },
      schema: {
        tags: ['accounts'],
        summary: 'Change an account’s name, role, person or active state (If-Match: its ETag)',
        params: userParamsSchema,
        body: updateUserBodySchema,
        response: { 200: userSchema, 404: errorResponseSchema, 409: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { userId } = request.params;
      const user = await service.update(
        currentSession(request).user.id,
        userId,
        request.body,
        parseIfMatch(request),
      );
      return reply.header('etag', versionTag(user)).send(user);
    },
  );

  app.post(
    '/api/users/:userId/password',
    {
      config: managerOnly,
      schema: {
        tags: ['accounts'],
        summary: 'Set a new password for an account: its sessions end at once',
        params: userParamsSchema,
        body: resetPasswordBodySchema,
        response: { 204: z.null(), 404: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      await service.resetPassword(
        currentSession(request).user.id,
        request.params.userId,
        request.body.password,
      );
      return reply.status(204).send(null);
    },
  );
};
