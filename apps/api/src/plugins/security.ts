import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from './errors';
import { rateLimitStore } from './rate-limit-store';

export function tooManyRequests(_: unknown, context: { after: string }) {
  return new AppError(429, 'rate_limited', `Too many requests. Try again in ${context.after}.`);
}

/** Security headers on every response, and a generous limit on the API as a whole. */
export const security = fp(async (app: FastifyInstance, opts: { requestsPerMinute: number | false }) => {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  });
  await app.register(rateLimit, {
    global: opts.requestsPerMinute !== false,
    max: opts.requestsPerMinute || 0,
    timeWindow: '1 minute',
    errorResponseBuilder: tooManyRequests,
    store: rateLimitStore(app.database.db),
  });
});
