import {
  type PublicItemKind,
  publicItemParamsSchema,
  publicSummarySchema,
  writePublicSummaryBodySchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies } from '../../plugins/errors';
import { parseIfMatch, versionTag } from '../../plugins/etag';
import { publicSummariesService } from './public-summaries.service';

/** Actions and KPIs have the same summary routes, under their own paths. */
const ITEMS: { kind: PublicItemKind; path: string; name: string }[] = [
  { kind: 'action', path: '/api/actions/:itemId/public-summary', name: 'an action' },
  { kind: 'kpi', path: '/api/kpis/:itemId/public-summary', name: 'a KPI' },
];

export const publicSummaryRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = publicSummariesService(app.database.db, app.now);
  const schema = (summary: string) => ({
    tags: ['public page'],
    summary,
    params: publicItemParamsSchema,
    response: { 200: publicSummarySchema, ...errorReplies },
  });

  for (const { kind, path, name } of ITEMS) {
    app.get(
      path,
      {
        config: { access: 'signed-in', etag: true },
        schema: schema(`The plain-English summary of ${name} for the public page, draft and approved`),
      },
      async (request, reply) => {
        const summary = await service.get(kind, request.params.itemId);
        return reply.header('etag', versionTag(summary)).send(summary);
      },
    );

    app.put(
      path,
      {
        config: { access: ['manager', 'lead'], etag: true, ifMatch: true },
        schema: {
          ...schema(
            `Write the summary of ${name} (its lead or the manager); published text waits for approval`,
          ),
          body: writePublicSummaryBodySchema,
        },
      },
      async (request, reply) => {
        const { user } = currentSession(request);
        const summary = await service.write(
          user,
          kind,
          request.params.itemId,
          request.body,
          parseIfMatch(request),
        );
        return reply.header('etag', versionTag(summary)).send(summary);
      },
    );

    app.post(
      `${path}/approve`,
      {
        config: { access: ['manager'], etag: true, ifMatch: true },
        schema: schema(`Publish the summary of ${name} exactly as written (If-Match: the version reviewed)`),
      },
      async (request, reply) => {
        const { user } = currentSession(request);
        const summary = await service.approve(user.id, kind, request.params.itemId, parseIfMatch(request));
        return reply.header('etag', versionTag(summary)).send(summary);
      },
    );

    app.post(
      `${path}/withdraw`,
      {
        config: { access: ['manager'], etag: true, ifMatch: true },
        schema: schema(`Take ${name} off the public page; the draft is kept`),
      },
      async (request, reply) => {
        const { user } = currentSession(request);
        const summary = await service.withdraw(user.id, kind, request.params.itemId, parseIfMatch(request));
        return reply.header('etag', versionTag(summary)).send(summary);
      },
    );
  }
};
