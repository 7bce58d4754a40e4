import { siteSchema } from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { activeDemoAccounts, DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../db/demo/seed-demo';

export const siteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/site',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary:
          'About this installation: whether the demo accounts, with their published password, are active, and which',
        response: { 200: siteSchema },
      },
    },
    async () => {
      const active = await activeDemoAccounts(app.database.db);
      // The demo's password is already published (README, the start-up warning): the sign-in
      // page says it too, while any demo account can use it.
      const demoAccounts = DEMO_ACCOUNTS.filter((a) => active.includes(a.email)).map(
        ({ email, role, displayName }) => ({ email, role, displayName }),
      );
      return {
        demoData: demoAccounts.length > 0,
        demoAccounts,
        demoPassword: demoAccounts.length > 0 ? DEMO_PASSWORD : null,
      };
    },
  );
};
