import { errorResponseSchema, publicPlanParamsSchema, publicPlanSchema } from '@ragboard/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFoundError } from '../../plugins/errors';
import { publicPageCache } from './public-page.cache';

const TYPES = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' } as const;

/**
 * The public progress page's data: no sign-in, only what the manager approved. An unknown
 * address and a plan that is not public get the same 404.
 */
export const publicPageRoutes: FastifyPluginAsyncZod = async (app) => {
  const publicPlanFiles = publicPageCache(app.database.db, app.now);

  async function send(
    slug: string,
    request: FastifyRequest,
    reply: FastifyReply,
    format: keyof typeof TYPES,
    download: boolean,
  ) {
    const files = await publicPlanFiles(slug);
    if (!files) throw new NotFoundError('Public page');
    const { body, etag } = files[format];
    // Anyone may cache it, but must ask again each time: a withdrawn item goes at once.
    reply.header('cache-control', 'public, no-cache').header('etag', etag).header('vary', 'accept-encoding');
    if (download) {
      // Open data: other sites and tools may fetch it.
      reply
        .header('access-control-allow-origin', '*')
        .header('cross-origin-resource-policy', 'cross-origin')
        .header('content-disposition', `inline; filename="${slug}.${format}"`);
      if (files.licence.url) reply.header('link', `<${files.licence.url}>; rel="license"`);
    }
    if (request.headers['if-none-match'] === etag) return reply.status(304).send();
    return reply.header('content-type', TYPES[format]).send(body);
  }

  const schema = (summary: string, file: z.ZodType) => ({
    tags: ['public page'],
    summary,
    params: publicPlanParamsSchema,
    response: { 200: file, 304: z.null(), 404: errorResponseSchema },
  });

  app.get(
    '/api/public/plans/:slug',
    {
      config: { access: 'public' },
      schema: schema(
        'A public plan’s progress page: only the approved actions and KPIs, no sign-in',
        publicPlanSchema,
      ),
    },
    (request, reply) => send(request.params.slug, request, reply, 'json', false),
  );

  app.get(
    '/api/public/plans/:slug/data.json',
    {
      config: { access: 'public' },
      schema: schema('The public page’s data as open JSON, with its licence', publicPlanSchema),
    },
    (request, reply) => send(request.params.slug, request, reply, 'json', true),
  );

  app.get(
    '/api/public/plans/:slug/data.csv',
    {
      config: { access: 'public' },
      schema: schema(
        'The public page’s data as open CSV: a row per published action, then per KPI (its licence in the Link header and the JSON)',
        z.string().describe('CSV, UTF-8 with a byte-order mark'),
      ),
    },
    (request, reply) => send(request.params.slug, request, reply, 'csv', true),
  );
};
