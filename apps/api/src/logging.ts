import type { FastifyServerOptions } from 'fastify';
import { redactUpdateRequestLinks } from './modules/update-requests';

interface LoggedRequest {
  method: string;
  url: string;
  host?: string;
  ip?: string;
}

/**
 * The server's log: each request as Fastify logs it, with a lead's personal link cut from its
 * URL (`/update/<token>`), so the log never holds a key to anyone's actions (decision 023).
 */
export function loggerOptions(level: string): NonNullable<FastifyServerOptions['logger']> {
  return {
    level,
    serializers: {
      req: (request: LoggedRequest) => ({
        method: request.method,
        url: redactUpdateRequestLinks(request.url),
        host: request.host,
        remoteAddress: request.ip,
      }),
    },
  };
}
