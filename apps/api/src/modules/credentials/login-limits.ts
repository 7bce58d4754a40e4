import { CODE_ATTEMPTS } from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { rateLimitCounters } from '../../db/schema';
import { AppError } from '../../plugins/errors';

const WINDOW_MS = 15 * 60 * 1000;

/**
 * Two limits on sign-in, both counted on every attempt: one account guessed from many addresses,
 * and many accounts guessed from one address. Over either: 429 with Retry-After.
 */
export interface LoginLimits {
  perAccount: number;
  /** Generous: a council office signs in from behind one address. */
  perAddress: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perAccount: 10, perAddress: 100 };

const accountKey = (email: unknown) =>
  `login-account:${String(email ?? '')
    .trim()
    .toLowerCase()}`;

/**
 * A successful sign-in clears its account's count: the limit is on guessing, and people who sign
 * in often (a shared office machine, a day of meetings) must not lock themselves out.
 */
export async function forgetAccountAttempts(db: Db, email: string) {
  await db.delete(rateLimitCounters).where(eq(rateLimitCounters.key, accountKey(email)));
}

export function loginLimits(app: FastifyInstance, limits: LoginLimits) {
  const perAccount = app.createRateLimit({
    shared: true,
    max: limits.perAccount,
    timeWindow: WINDOW_MS,
    keyGenerator: (request) => accountKey((request.body as { email?: unknown } | undefined)?.email),
  });
  const perAddress = app.createRateLimit({
    shared: true,
    max: limits.perAddress,
    timeWindow: WINDOW_MS,
    keyGenerator: (r) => `login-ip:${r.ip}`,
  });

  return async (request: FastifyRequest, reply: FastifyReply) => {
    for (const result of [await perAddress(request), await perAccount(request)]) {
      if (!result.isAllowed && result.isExceeded) {
        reply.header('retry-after', String(result.ttlInSeconds));
        throw new AppError(
          429,
          'rate_limited',
          `Too many sign-in attempts. Try again in ${Math.ceil(result.ttlInSeconds / 60)} minutes.`,
        );
      }
    }
  };
}

/** Tries at the current password, per account, before the session asking is ended. */
export const PASSWORD_CHANGE_ATTEMPTS = 5;

const passwordKey = (userId: string) => `password-change:${userId}`;

/** A changed password clears its account's count, as a sign-in does. */
export async function forgetPasswordAttempts(db: Db, userId: string) {
  await db.delete(rateLimitCounters).where(eq(rateLimitCounters.key, passwordKey(userId)));
}

/** Tries at a two-step code, per account, before the session asking is ended. */
const codeKey = (userId: string) => `two-step-code:${userId}`;

/** A right code clears its account's count, as a sign-in does. */
export async function forgetCodeAttempts(db: Db, userId: string) {
  await db.delete(rateLimitCounters).where(eq(rateLimitCounters.key, codeKey(userId)));
}

type EndSession = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

/**
 * Guessing from a signed-in session (left open, or stolen, or half signed in) is limited as
 * sign-in is: past the limit the answer is 429 with Retry-After, and the session asking ends.
 */
function signedInAttemptLimit(
  app: FastifyInstance,
  rule: { key: (userId: string) => string; max: number; tooMany: string },
  endSession: EndSession,
) {
  const perAccount = app.createRateLimit({
    shared: true,
    max: rule.max,
    timeWindow: WINDOW_MS,
    keyGenerator: (request) => rule.key(request.auth?.user.id ?? ''),
  });
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const result = await perAccount(request);
    if (result.isAllowed || !result.isExceeded) return;
    await endSession(request, reply);
    reply.header('retry-after', String(result.ttlInSeconds));
    throw new AppError(
      429,
      'rate_limited',
      `${rule.tooMany}: you have been signed out. Try again in ${Math.ceil(result.ttlInSeconds / 60)} minutes.`,
    );
  };
}

/** Tries at the current password (changing it, or turning two-step verification off). */
export function passwordChangeLimit(
  app: FastifyInstance,
  endSession: EndSession,
  max = PASSWORD_CHANGE_ATTEMPTS,
) {
  return signedInAttemptLimit(
    app,
    { key: passwordKey, max, tooMany: 'Too many tries at your current password' },
    endSession,
  );
}

/** Tries at a code from the authenticator app or a recovery code. */
export function codeAttemptLimit(app: FastifyInstance, endSession: EndSession, max = CODE_ATTEMPTS) {
  return signedInAttemptLimit(app, { key: codeKey, max, tooMany: 'Too many wrong codes' }, endSession);
}
