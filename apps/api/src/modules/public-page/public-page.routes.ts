import {
  errorResponseSchema,
  notModifiedSchema,
  publicPlanParamsSchema,
  publicPlanSchema,
} from '@ragboard/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { NotFoundError } from '../../plugins/errors';
import { type FileReply, fileReply } from '../../plugins/file-reply';
import { planScope } from '../../plugins/read-cache';
import { findPublicPlan } from '../../read-model';
import { publicCsv } from './public-csv';
import { loadPublicPlan } from './public-page.repository';

const CSV = { type: 'text/csv; charset=utf-8', body: publicCsv };

/**
 * The public progress page's data: no sign-in, only what the manager approved. An unknown
 * address and a plan that is not public get the same 404.
 */
export const publicPageRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  /**
   * Whether the plan is public is read on every request; the page itself comes from the read
   * cache, rendered once per plan revision. Anyone may keep a copy but must ask again each time
   * (a 304 is cheap), so a withdrawn item goes at once.
   */
  async function send(
    slug: string,
    request: FastifyRequest,
    reply: FastifyReply,
    file: 'json' | 'csv' | null,
  ) {
    const plan = await findPublicPlan(db, slug);
    if (!plan) throw new NotFoundError('Public page');
    if (file) {
      // Open data: other sites and tools may fetch it, under the licence it names.
      reply
        .header('access-control-allow-origin', '*')
        .header('cross-origin-resource-policy', 'cross-origin')
        .header('content-disposition', `inline; filename="${slug}.${file}"`);
      const licence = licenceLink(plan.licenceUrl);
      if (licence) reply.header('link', licence);
    }
    return app.sendCached(request, reply, {
      scope: planScope(plan.planId),
      key: `public-page|${file === 'csv' ? 'csv' : 'json'}`,
      schema: publicPlanSchema,
      load: () => loadPublicPlan(db, plan.planId, app.now()),
      notFound: 'Public page',
      render: file === 'csv' ? CSV : undefined,
      cacheControl: 'public, no-cache',
    });
  }

  const schema = (summary: string, file: z.ZodType | FileReply) => ({
    tags: ['public page'],
    summary,
    params: publicPlanParamsSchema,
    response: { 200: file, 304: notModifiedSchema, 404: errorResponseSchema },
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
    (request, reply) => send(request.params.slug, request, reply, null),
  );

  app.get(
    '/api/public/plans/:slug/data.json',
    {
      config: { access: 'public' },
      schema: schema('The public page’s data as open JSON, with its licence', publicPlanSchema),
    },
    (request, reply) => send(request.params.slug, request, reply, 'json'),
  );

  app.get(
    '/api/public/plans/:slug/data.csv',
    {
      config: { access: 'public' },
      schema: schema(
        'The public page’s data as open CSV: a row per published action, then per KPI (its licence in the Link header and the JSON)',
        fileReply('CSV, UTF-8 with a byte-order mark', [CSV.type]),
      ),
    },
    (request, reply) => send(request.params.slug, request, reply, 'csv'),
  );
};

/**
 * The licence as a `Link` header: its URL normalised (WHATWG serialisation percent-encodes `<`,
 * `>`, `"` and spaces), so text stored with it can never close the link and add others. A value
 * that is not an http(s) URL is left out.
 */
export function licenceLink(url: string | null): string | null {
  if (!url || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return `<${parsed.href.replace(/[<>"\s,;]/g, encodeURIComponent)}>; rel="license"`;
}
