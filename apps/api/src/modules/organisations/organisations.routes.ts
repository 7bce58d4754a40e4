import {
  createOrganisationBodySchema,
  errorResponseSchema,
  organisationListSchema,
  organisationParamsSchema,
  organisationSchema,
  updateOrganisationBodySchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentSession } from '../../plugins/auth';
import { parseIfMatch, versionTag } from '../../plugins/etag';
import { organisationsService } from './organisations.service';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };
const managerOnly = { access: ['manager'] as const };

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = organisationsService(app.database.db);

  app.get(
    '/api/organisations',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['organisations'],
        summary: 'The partner organisations, with how many people each has',
        response: { 200: organisationListSchema, ...errors },
      },
    },
    async () => ({ organisations: await service.list() }),
  );

  app.post(
    '/api/organisations',
    {
      config: { ...managerOnly, etag: true },
      schema: {
        tags: ['organisations'],
        summary: 'Add a partner organisation',
        body: createOrganisationBodySchema,
        response: { 201: organisationSchema, 409: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const organisation = await service.create(currentSession(request).user.id, request.body);
      return reply.status(201).header('etag', versionTag(organisation)).send(organisation);
    },
  );

  app.patch(
    '/api/organisations/:organisationId',
    {
      config: { ...managerOnly, etag: true, ifMatch: true },
      schema: {
        tags: ['organisations'],
        summary: 'Rename an organisation or change its kind (If-Match: its ETag)',
        params: organisationParamsSchema,
        body: updateOrganisationBodySchema,
        response: { 200: organisationSchema, 404: errorResponseSchema, 409: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const organisation = await service.update(
        currentSession(request).user.id,
        request.params.organisationId,
        request.body,
        parseIfMatch(request),
      );
      return reply.header('etag', versionTag(organisation)).send(organisation);
    },
  );
};
