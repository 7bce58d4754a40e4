import {
  errorResponseSchema,
  periodParamsSchema,
  personParamsSchema,
  revokeUpdateRequestsBodySchema,
  revokeUpdateRequestsReplySchema,
  statusUpdateBatchBodySchema,
  statusUpdateBatchReplySchema,
  UPDATE_REQUEST_HEADER,
  updateRequestListSchema,
  updateRequestSheetSchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentSession, currentUpdateRequest } from '../../plugins/auth';
import { errorReplies, NotFoundError } from '../../plugins/errors';
import { peopleRepository } from '../people';
import { updateRequestsService } from './update-requests.service';

const linkHeaders = z.object({
  [UPDATE_REQUEST_HEADER]: z.string().describe('The token at the end of the emailed link (/update/<token>)'),
});
const linkRefusals = {
  401: errorResponseSchema.describe(
    'No working link: details.reason says whether it is not recognised, expired, withdrawn or its month closed',
  ),
  429: errorResponseSchema,
};

export const updateRequestRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = updateRequestsService(app.database.db, app.now);

  app.get(
    '/api/update-request',
    {
      config: { access: 'update-request' },
      schema: {
        tags: ['update requests'],
        summary: 'The actions an emailed link’s lead has due an update in its period (no account needed)',
        headers: linkHeaders,
        response: { 200: updateRequestSheetSchema, ...linkRefusals },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      // Reading writes nothing: the page at /update/<token> marks the link opened when it is shown.
      return service.sheet(currentUpdateRequest(request));
    },
  );

  app.post(
    '/api/update-request/updates',
    {
      config: { access: 'update-request' },
      schema: {
        tags: ['update requests'],
        summary: 'Record a link’s updates, all in one transaction (each with the version it was shown)',
        description:
          'The same rules as the signed-in form. Each update must be for the link’s period and one of its lead’s due actions; a Blue awaits sign-off.',
        headers: linkHeaders,
        body: statusUpdateBatchBodySchema,
        response: { 201: statusUpdateBatchReplySchema, ...errorReplies, ...linkRefusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.record(currentUpdateRequest(request), request.body.updates)),
  );

  app.get(
    '/api/people/:personId/update-requests',
    {
      config: { access: ['manager'] },
      schema: {
        tags: ['update requests'],
        summary: 'The update requests sent to a person, newest first (never the links themselves)',
        params: personParamsSchema,
        response: {
          200: updateRequestListSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    async (request) => {
      const { personId } = request.params;
      if (!(await peopleRepository(app.database.db).findById(personId))) throw new NotFoundError('Person');
      return { requests: await service.listForPerson(personId) };
    },
  );

  app.post(
    '/api/plans/:planId/periods/:month/update-requests/revoke',
    {
      config: { access: ['manager'] },
      schema: {
        tags: ['update requests'],
        summary: 'Withdraw the period’s update-request links: one lead’s (personId), or everyone’s',
        params: periodParamsSchema,
        body: revokeUpdateRequestsBodySchema,
        response: { 200: revokeUpdateRequestsReplySchema, ...errorReplies },
      },
    },
    async (request) => {
      const { user } = currentSession(request);
      const { planId, month } = request.params;
      return service.revoke(user.id, planId, month, request.body.personId);
    },
  );
};
