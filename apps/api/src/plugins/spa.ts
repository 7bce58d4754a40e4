import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { publicPageHtmlRoutes } from '../modules/public-page';
import { sendError } from './errors';

/**
 * Serves the built SPA from the API's own port: hashed assets cached for good, index.html for
 * any other GET outside /api so client routes survive a reload. Unknown /api paths get the
 * error shape. `/public/<slug>` is no client route: the server writes that page itself.
 * Every file goes brotli- or gzip-compressed when the browser accepts it and `pnpm build` made
 * the `.br` or `.gz` beside it (decision 043); those siblings are no addresses of their own.
 */
export const spa = fp(async (app: FastifyInstance, opts: { webDistDir: string }) => {
  const hasSpa = existsSync(join(opts.webDistDir, 'index.html'));
  if (hasSpa) {
    const assets = join(opts.webDistDir, 'assets');
    await app.register(fastifyStatic, {
      root: opts.webDistDir,
      wildcard: false,
      index: false,
      cacheControl: false,
      preCompressed: true,
      globIgnore: ['**/*.br', '**/*.gz'],
      setHeaders(res, path) {
        // @fastify/static chooses the file by Accept-Encoding but does not say so to caches.
        res.setHeader('vary', 'accept-encoding');
        res.setHeader(
          'cache-control',
          path.startsWith(assets) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  // The public progress page, written in the SPA's shell so it reads without JavaScript (decision 040).
  await app.register(publicPageHtmlRoutes, { webDistDir: opts.webDistDir });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (hasSpa && (request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api/')) {
      return reply.sendFile('index.html');
    }
    return sendError(reply, 404, { code: 'not_found', message: `No route for ${request.method} ${path}` });
  });
});
