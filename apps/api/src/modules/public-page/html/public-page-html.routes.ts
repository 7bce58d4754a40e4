import { publicPlanSchema } from '@ragboard/shared';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { activeDemoAccounts } from '../../../db/demo/seed-demo';
import { planScope } from '../../../plugins/read-cache';
import { findPublicPlan } from '../../../read-model';
import { loadPublicPlan } from '../public-page.repository';
import { pageShell } from './page-shell';
import { publicPageNotFound, publicPlanPage } from './public-plan-html';

const HTML = 'text/html; charset=utf-8';

/** What the page is written from: the plan as the JSON has it (null once it stops being public), and the demo banner. */
const pageSchema = z.object({ plan: publicPlanSchema.nullable(), demo: z.boolean() });

/**
 * `/public/<slug>`, the public progress page, written here as whole GOV.UK HTML in the web app's
 * shell without its scripts, so it reads the same with JavaScript off (decision 040). It comes
 * from the read cache like the JSON: written once per plan revision, a repeated request asks only
 * whether the plan is still public, and a 304 answers a copy that is still right.
 */
export const publicPageHtmlRoutes: FastifyPluginAsync<{ webDistDir: string }> = async (app, opts) => {
  const shell = pageShell(opts.webDistDir);
  const db = app.database.db;
  const demo = async () => (await activeDemoAccounts(db)).length > 0;

  app.get<{ Params: { slug: string } }>(
    '/public/:slug',
    { schema: { hide: true } },
    async (request, reply) => {
      const plan = await findPublicPlan(db, request.params.slug);
      if (!plan) {
        // 200, as the web app's page always answered: the API's 404 says it to a program, and a
        // browser logs a 404 page as a console error, which the browser tests refuse.
        reply.type(HTML).header('cache-control', 'no-store');
        return reply.send(publicPageNotFound(shell, await demo()));
      }
      return app.sendCached(request, reply, {
        scope: planScope(plan.planId),
        key: 'public-page|html',
        schema: pageSchema,
        load: async () => ({ plan: await loadPublicPlan(db, plan.planId, app.now()), demo: await demo() }),
        notFound: 'Public page',
        render: {
          type: HTML,
          body: (page) =>
            Buffer.from(
              page.plan ? publicPlanPage(shell, page.plan, page.demo) : publicPageNotFound(shell, page.demo),
            ),
        },
        cacheControl: 'public, no-cache',
      });
    },
  );
};
