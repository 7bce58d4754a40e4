import {
  createPersonBodySchema,
  errorResponseSchema,
  mergePersonBodySchema,
  personListSchema,
  personParamsSchema,
  personQuerySchema,
  personSchema,
  updatePersonBodySchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentSession } from '../../plugins/auth';
import { parseIfMatch, versionTag } from '../../plugins/etag';
import { peopleService } from './people.service';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };
const managerOnly = { access: ['manager'] as const };

export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = peopleService(app.database.db, app.now);

  app.get(
    '/api/people',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['people'],
        summary:
          'Everyone who leads or owns part of a plan, with what they lead; ?q= searches names. Account emails are the manager’s only',
        querystring: personQuerySchema,
        response: { 200: personListSchema, ...errors },
      },
    },
    async (request) => {
      const people = await service.list(request.query.q);
      // An account's sign-in email is the manager's to see: a board or forum member gets null.
      if (currentSession(request).user.role === 'manager') return { people };
      return { people: people.map((p) => ({ ...p, accountEmail: null })) };
    },
  );

  app.post(
    '/api/people',
    {
      config: { ...managerOnly, etag: true },
      schema: {
        tags: ['people'],
        summary: 'Add a person, with their role and organisation',
        body: createPersonBodySchema,
        response: { 201: personSchema, ...errors },
      },
    },
    async (request, reply) => {
      const person = await service.create(currentSession(request).user.id, request.body);
      return reply.status(201).header('etag', versionTag(person)).send(person);
    },
  );

  app.patch(
    '/api/people/:personId',
    {
      config: { ...managerOnly, etag: true, ifMatch: true },
      schema: {
        tags: ['people'],
        summary: 'Change a person’s name, role, organisation or email (If-Match: its ETag)',
        params: personParamsSchema,
        body: updatePersonBodySchema,
        response: { 200: personSchema, 404: errorResponseSchema, 409: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const person = await service.update(
        user.id,
        request.params.personId,
        request.body,
        parseIfMatch(request),
      );
      return reply.header('etag', versionTag(person)).send(person);
    },
  );

  app.post(
    '/api/people/:personId/merge',
    {
      config: managerOnly,
      schema: {
        tags: ['people'],
        summary: 'Merge a duplicate into another person: their leads, ownerships and account move over',
        params: personParamsSchema,
        body: mergePersonBodySchema,
        response: { 200: personSchema, 404: errorResponseSchema, 409: errorResponseSchema, ...errors },
      },
    },
    async (request) =>
      service.merge(currentSession(request).user.id, request.params.personId, request.body.intoId),
  );
};
