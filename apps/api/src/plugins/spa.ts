import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sendError } from './errors';

/**
 * Serves the built SPA from the API's own port: hashed assets cached for good, index.html for
 * any other GET outside /api so client routes survive a reload. Unknown /api paths get the
 * error shape.
 */
export const spa = fp(async (app: FastifyInstance, opts: { webDistDir: string }) => {
  const hasSpa = existsSync(join(opts.webDistDir, 'index.html'));
  if (hasSpa) {
    await app.register(fastifyStatic, {
      root: opts.webDistDir,
      wildcard: false,
      index: false,
      cacheControl: false,
      setHeaders(res, path) {
        res.setHeader(
          'cache-control',
          path.startsWith(join(opts.webDistDir, 'assets'))
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (hasSpa && (request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api/')) {
      return reply.sendFile('index.html');
    }
    return sendError(reply, 404, { code: 'not_found', message: `No route for ${request.method} ${path}` });
  });
});
