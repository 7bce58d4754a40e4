import { siteSchema } from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { activeDemoAccounts } from '../../db/demo/seed-demo';

export const siteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/site',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary:
          'About this installation: whether the demo accounts, with their published password, are active',
        response: { 200: siteSchema },
      },
    },
    async () => ({ demoData: (await activeDemoAccounts(app.database.db)).length > 0 }),
  );
};
