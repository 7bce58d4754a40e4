import {
  actionParamsSchema,
  commentListSchema,
  commentSchema,
  createCommentBodySchema,
  errorResponseSchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies } from '../../plugins/errors';
import { COMMENTERS, commentsService } from './comments.service';

export const commentRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = commentsService(app.database.db, app.now);

  app.get(
    '/api/actions/:actionId/comments',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['comments'],
        summary: 'Comments on the action, oldest first, and whether you may add one',
        params: actionParamsSchema,
        response: { 200: commentListSchema, 401: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => service.forAction(currentSession(request).user, request.params.actionId),
  );

  app.post(
    '/api/actions/:actionId/comments',
    {
      config: { access: COMMENTERS },
      schema: {
        tags: ['comments'],
        summary: 'Comment on an action (the forum, leads and the manager)',
        params: actionParamsSchema,
        body: createCommentBodySchema,
        response: { 201: commentSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const comment = await service.add(currentSession(request).user, request.params.actionId, request.body);
      return reply.status(201).send(comment);
    },
  );
};
