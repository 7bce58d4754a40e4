import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../plugins/errors';

const WINDOW_MS = 60 * 60 * 1000;

/**
 * Asking for reset links is limited as sign-in is (login-limits.ts): per address asked for, so
 * nobody's inbox is flooded, and per IP, so nobody sends links to a list of addresses. The count
 * is the same for an address with no account: the 429 tells nothing either.
 */
export interface PasswordResetLimits {
  perEmail: number;
  /** Generous: a council office asks from behind one address. */
  perAddress: number;
}

export const DEFAULT_PASSWORD_RESET_LIMITS: PasswordResetLimits = { perEmail: 3, perAddress: 20 };

const emailKey = (email: unknown) =>
  `password-reset-email:${String(email ?? '')
    .trim()
    .toLowerCase()}`;

export function passwordResetLimits(app: FastifyInstance, limits: PasswordResetLimits) {
  const perEmail = app.createRateLimit({
    shared: true,
    max: limits.perEmail,
    timeWindow: WINDOW_MS,
    keyGenerator: (request) => emailKey((request.body as { email?: unknown } | undefined)?.email),
  });
  const perAddress = app.createRateLimit({
    shared: true,
    max: limits.perAddress,
    timeWindow: WINDOW_MS,
    keyGenerator: (request) => `password-reset-ip:${request.ip}`,
  });
  return async (request: FastifyRequest, reply: FastifyReply) => {
    for (const result of [await perAddress(request), await perEmail(request)]) {
      if (!result.isAllowed && result.isExceeded) {
        reply.header('retry-after', String(result.ttlInSeconds));
        throw new AppError(
          429,
          'rate_limited',
          `Too many requests to reset a password. Try again in ${Math.ceil(result.ttlInSeconds / 60)} minutes.`,
        );
      }
    }
  };
}
