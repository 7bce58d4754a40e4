import { UPDATE_REQUEST_HEADER } from '@ragboard/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../plugins/errors';
import { hashUpdateRequestToken, isWellFormedToken } from './update-request-token';
import { type ResolvedUpdateRequest, updateRequestsService } from './update-requests.service';

const WINDOW_MS = 15 * 60 * 1000;

/**
 * Requests through update-request links in 15 minutes: per client address (generous, as a council
 * office shares one) and per link. A link's token cannot be guessed; these stop a script trying.
 */
export interface UpdateRequestLimits {
  perAddress: number;
  perLink: number;
}

export const DEFAULT_UPDATE_REQUEST_LIMITS: UpdateRequestLimits = { perAddress: 300, perLink: 100 };

function tokenOf(request: FastifyRequest): unknown {
  const header = request.headers[UPDATE_REQUEST_HEADER];
  return Array.isArray(header) ? header[0] : header;
}

/** Counts a request through a link (`token`) against the limits: 429 once past one of them. */
export function updateRequestLimiter(app: FastifyInstance, limits: UpdateRequestLimits) {
  const perAddress = app.createRateLimit({
    shared: true,
    max: limits.perAddress,
    timeWindow: WINDOW_MS,
    keyGenerator: (r) => `update-request-ip:${r.ip}`,
  });
  const perLink = app.createRateLimit({
    shared: true,
    max: limits.perLink,
    timeWindow: WINDOW_MS,
    keyGenerator: (r) => `update-request:${hashUpdateRequestToken(String(tokenOf(r)))}`,
  });

  return async (request: FastifyRequest, reply: FastifyReply, token: unknown): Promise<void> => {
    const checks = isWellFormedToken(token) ? [perAddress, perLink] : [perAddress];
    for (const limit of checks) {
      const result = await limit(request);
      if (!result.isAllowed && result.isExceeded) {
        reply.header('retry-after', String(result.ttlInSeconds));
        throw new AppError(
          429,
          'rate_limited',
          `Too many requests through update links. Try again in ${Math.ceil(result.ttlInSeconds / 60)} minutes.`,
        );
      }
    }
  };
}

/** Checks the link a request carries, within the limits: the route's `update-request` access. */
export function updateRequestAccess(app: FastifyInstance, limits: UpdateRequestLimits) {
  const service = updateRequestsService(app.database.db, app.now);
  const limit = updateRequestLimiter(app, limits);
  return async (request: FastifyRequest, reply: FastifyReply): Promise<ResolvedUpdateRequest> => {
    const token = tokenOf(request);
    await limit(request, reply, token);
    return service.resolve(token);
  };
}
