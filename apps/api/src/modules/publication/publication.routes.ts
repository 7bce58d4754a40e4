import {
  glossaryTermBodySchema,
  glossaryTermParamsSchema,
  glossaryTermSchema,
  planParamsSchema,
  publicationSchema,
  publicationSettingsSchema,
  updateGlossaryTermBodySchema,
  updatePublicationBodySchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies } from '../../plugins/errors';
import { parseIfMatch, versionTag } from '../../plugins/etag';
import { publicationService } from './publication.service';

const managerOnly = { access: ['manager'] as const };

/** The manager's side of a plan's public progress page: its settings and glossary. */
export const publicationRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = publicationService(app.database.db, app.now);

  app.get(
    '/api/plans/:planId/publication',
    {
      config: { ...managerOnly, etag: true },
      schema: {
        tags: ['public page'],
        summary: 'The plan’s public page settings, glossary and every item’s summary for the public',
        params: planParamsSchema,
        response: { 200: publicationSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const publication = await service.overview(request.params.planId);
      return reply.header('etag', versionTag(publication.settings)).send(publication);
    },
  );

  app.patch(
    '/api/plans/:planId/publication',
    {
      config: { ...managerOnly, etag: true, ifMatch: true },
      schema: {
        tags: ['public page'],
        summary:
          'Turn the public page on or off, set its address, lead names and licence (If-Match; "0" at first)',
        params: planParamsSchema,
        body: updatePublicationBodySchema,
        response: { 200: publicationSettingsSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const settings = await service.updateSettings(
        user.id,
        request.params.planId,
        request.body,
        parseIfMatch(request),
      );
      return reply.header('etag', versionTag(settings)).send(settings);
    },
  );

  app.post(
    '/api/plans/:planId/glossary',
    {
      config: { ...managerOnly, etag: true },
      schema: {
        tags: ['public page'],
        summary: 'Explain a term or acronym of the plan on its public page',
        params: planParamsSchema,
        body: glossaryTermBodySchema,
        response: { 201: glossaryTermSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const term = await service.addTerm(
        currentSession(request).user.id,
        request.params.planId,
        request.body,
      );
      return reply.status(201).header('etag', versionTag(term)).send(term);
    },
  );

  app.patch(
    '/api/glossary/:termId',
    {
      config: { ...managerOnly, etag: true, ifMatch: true },
      schema: {
        tags: ['public page'],
        summary: 'Change a glossary term or what it means (If-Match)',
        params: glossaryTermParamsSchema,
        body: updateGlossaryTermBodySchema,
        response: { 200: glossaryTermSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const term = await service.updateTerm(
        user.id,
        request.params.termId,
        request.body,
        parseIfMatch(request),
      );
      return reply.header('etag', versionTag(term)).send(term);
    },
  );

  app.delete(
    '/api/glossary/:termId',
    {
      config: { ...managerOnly, ifMatch: true },
      schema: {
        tags: ['public page'],
        summary: 'Remove a term from the glossary (If-Match)',
        params: glossaryTermParamsSchema,
        response: { 204: z.null(), ...errorReplies },
      },
    },
    async (request, reply) => {
      await service.removeTerm(currentSession(request).user.id, request.params.termId, parseIfMatch(request));
      return reply.status(204).send(null);
    },
  );
};
