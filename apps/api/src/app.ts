import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from './db/client';
import { healthRoutes } from './modules/health/health.routes';
import { kpiRoutes } from './modules/kpis/kpis.routes';
import { planRoutes } from './modules/plans/plans.routes';
import { errorHandling } from './plugins/errors';
import { openApi } from './plugins/openapi';
import { spa } from './plugins/spa';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    /** The clock every rule reads ("overdue", "this month"), so tests can set the date. */
    now: () => Date;
  }
}

export interface BuildAppOptions {
  database: Database;
  /** The built SPA to serve; omitted in API-only tests. */
  webDistDir?: string;
  now?: () => Date;
  logger?: FastifyServerOptions['logger'];
}

/** The whole app as a plugin tree that never listens: the server and the tests build the same one. */
export async function buildApp(options: BuildAppOptions) {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('database', options.database);
  app.decorate('now', options.now ?? (() => new Date()));

  await app.register(errorHandling);
  await app.register(openApi);

  await app.register(healthRoutes);
  await app.register(planRoutes);
  await app.register(kpiRoutes);

  await app.register(spa, { webDistDir: options.webDistDir ?? '' });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
