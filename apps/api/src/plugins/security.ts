import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';
import { AppError } from './errors';
import { rateLimitStore } from './rate-limit-store';

export function tooManyRequests(_: unknown, context: { after: string }) {
  return new AppError(429, 'rate_limited', `Too many requests. Try again in ${context.after}.`);
}

export const HELMET: HelmetOptions = {
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
};

/**
 * helmet's headers, worked out once: with these options they are the same on every reply.
 * (@fastify/helmet, to 13.2 at least, builds helmet's middleware again for each request, which took
 * about 40% of a cached read's time: tests/bench/findings.md.) helmet is Node middleware: as its FAQ
 * ("How to use Helmet without Express") says, it is given an http.IncomingMessage and an
 * http.ServerResponse, real ones here, never sent, and the headers it set are read back.
 */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const request = new IncomingMessage(new Socket());
  const response = new ServerResponse(request);
  let finished = false;
  helmet(options)(request, response, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  // Headers that waited on something (a nonce, a lookup) would differ from reply to reply.
  if (!finished) throw new Error('helmet did not set its headers at once: they cannot be worked out once');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.getHeaders())) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return headers;
}

/** Security headers on every response, and a generous limit on the API as a whole. */
export const security = fp(async (app: FastifyInstance, opts: { requestsPerMinute: number | false }) => {
  const headers = securityHeaders(HELMET);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
  await app.register(rateLimit, {
    // Not route by route: a route's own hook runs after every application hook, so a request that
    // authentication refused (a flood of made-up session cookies) was never counted.
    global: false,
    max: opts.requestsPerMinute || 0,
    timeWindow: '1 minute',
    errorResponseBuilder: tooManyRequests,
    store: rateLimitStore(app.database.db),
  });
  // Every request counts, before authentication (this hook is added before its own), whatever it
  // asks for: a refused one, an unknown address, sign-in. Sign-in and the emailed links have
  // stricter limits of their own besides, through `createRateLimit`; a route's own
  // `config.rateLimit` object would be skipped, as this hook has already counted the request.
  if (opts.requestsPerMinute !== false) app.addHook('onRequest', app.rateLimit());
});
