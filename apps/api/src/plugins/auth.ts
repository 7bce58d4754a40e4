import { timingSafeEqual } from 'node:crypto';
import cookie from '@fastify/cookie';
import { type Access, API_TOKEN_READS, CSRF_HEADER, mayAccess, type SecondStep } from '@ragboard/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';
import { apiTokensRepository } from '../modules/api-tokens';
import { type ActiveSession, hashToken, SESSION_ABSOLUTE_MS, sessionCache } from '../modules/credentials';
import {
  type ResolvedUpdateRequest,
  type UpdateRequestLimits,
  updateRequestAccess,
} from '../modules/update-requests';
import { AppError } from './errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route. Every /api route must say; the app refuses to start otherwise. */
    access?: Access;
    /** A GET a read-only API token may make (the plans, summaries, KPIs and reports), as a board member. */
    apiToken?: true;
    /** A route a session still waiting for its second step may call (the two-step routes, me, sign-out). */
    beforeSecondStep?: true;
  }
  interface FastifyRequest {
    auth: ActiveSession | null;
    /** The checked link of a route whose access is `update-request`. */
    updateRequest: ResolvedUpdateRequest | null;
  }
  interface FastifyInstance {
    /** Every API route with its declared access: the role-matrix test is generated from it. */
    routeTable: {
      method: string;
      url: string;
      access: Access;
      apiToken: boolean;
      beforeSecondStep: boolean;
    }[];
  }
}

export const SESSION_COOKIE = 'ragboard_session';
/** Why a session that has only given its password is refused everything else. */
const SECOND_STEP_FIRST: Record<SecondStep, string> = {
  verify: 'Enter the code from your authenticator app to finish signing in',
  enrol: 'Set up two-step verification to finish signing in: partnership managers must have it',
};
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes added by plugins (the API docs) that are public by nature. */
const PUBLIC_PLUGIN_ROUTES = /^\/api\/(docs|openapi\.json)/;

function sameToken(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Starts a session: a reply that carries one (and its CSRF token) is never kept by a cache. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  reply.header('cache-control', 'no-store');
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    signed: true,
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

/** A browser trusted to skip the two-step code: read only by sign-in. */
export const TRUSTED_BROWSER_COOKIE = 'ragboard_trusted';

export function setTrustedBrowserCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  trusted: { token: string; expiresAt: Date },
) {
  reply.setCookie(TRUSTED_BROWSER_COOKIE, trusted.token, {
    path: '/api/auth',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    signed: true,
    expires: trusted.expiresAt,
  });
}

/** The token of this browser's trusted-browser cookie, if its signature holds. */
export function trustedBrowserToken(request: FastifyRequest): string | null {
  const raw = request.cookies[TRUSTED_BROWSER_COOKIE];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value ? unsigned.value : null;
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/**
 * Authentication and authorisation in one place: each route declares `config.access`; this
 * loads the session, then answers 401 without one, 403 for a state-changing request without the
 * session's CSRF token, and 403 for a role the route does not allow. An `update-request` route
 * takes no session: it needs an update request's link in its header (no cookie carries it, so
 * it needs no CSRF token either), and answers 401 with the reason without a working one. A
 * read-only API token (`Authorization: Bearer`) opens only the GET routes marked `apiToken`,
 * as a board member; anywhere else it is refused with 403, whatever cookie comes with it. A
 * session that has given its password but not yet its second step (a code, or setting up two-step
 * verification) opens only the routes marked `beforeSecondStep`: 403 with what to do elsewhere.
 */
export const authentication = fp(
  async (app: FastifyInstance, opts: { sessionSecret: string; updateRequestLimits: UpdateRequestLimits }) => {
    await app.register(cookie, { secret: opts.sessionSecret });
    const sessions = sessionCache(app.database);
    const updateRequest = updateRequestAccess(app, opts.updateRequestLimits);
    app.decorate('routeTable', []);
    app.decorateRequest('auth', null);
    app.decorateRequest('updateRequest', null);

    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api/') || PUBLIC_PLUGIN_ROUTES.test(route.url)) {
        route.config = { ...route.config, access: route.config?.access ?? 'public' };
        return;
      }
      const access = route.config?.access;
      if (!access) throw new Error(`${String(route.method)} ${route.url} does not declare who may call it`);
      for (const method of [route.method].flat()) {
        if (method !== 'HEAD')
          app.routeTable.push({
            method,
            url: route.url,
            access,
            apiToken: route.config?.apiToken === true,
            beforeSecondStep: route.config?.beforeSecondStep === true,
          });
      }
    });

    // A cookie's signature checked once per process: the same string is always valid or not.
    const checked = new LRUCache<string, { token: string | null }>({ max: 10_000 });
    const tokenOf = (request: FastifyRequest, raw: string): string | null => {
      const known = checked.get(raw);
      if (known) return known.token;
      const unsigned = request.unsignCookie(raw);
      const token = unsigned.valid && unsigned.value ? unsigned.value : null;
      checked.set(raw, { token });
      return token;
    };

    // A signed-in (or linked) reply is the person's own: no cache keeps it, unless its route said
    // how it may be kept (the cached hot reads and exports send `private, no-cache`).
    app.addHook('onSend', async (request, reply, payload) => {
      if ((request.auth || request.updateRequest) && !reply.hasHeader('cache-control'))
        reply.header('cache-control', 'no-store');
      return payload;
    });

    app.addHook('onRequest', async (request, reply) => {
      const access = request.routeOptions.config.access ?? 'public';
      if (access === 'public') return;
      if (access === 'update-request') {
        request.updateRequest = await updateRequest(request, reply);
        return;
      }
      const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
      if (bearer) {
        if (request.method !== 'GET' || !request.routeOptions.config.apiToken)
          throw new AppError(403, 'forbidden', API_TOKEN_READS);
        request.auth = await apiTokensRepository(app.database.db).resolve(hashToken(bearer[1]!), app.now());
        if (!request.auth)
          throw new AppError(
            401,
            'unauthorised',
            'This API token is not valid: it may have expired or been revoked',
          );
        if (!mayAccess(access, request.auth.user.role))
          throw new AppError(403, 'forbidden', 'Your role does not allow this');
        return;
      }
      const raw = request.cookies[SESSION_COOKIE];
      const token = raw ? tokenOf(request, raw) : null;
      request.auth = token ? await sessions.find(token, app.now()) : null;
      if (!request.auth) throw new AppError(401, 'unauthorised', 'Sign in to continue');
      if (
        STATE_CHANGING.has(request.method) &&
        !sameToken(request.headers[CSRF_HEADER], request.auth.csrfToken)
      ) {
        throw new AppError(403, 'forbidden', 'Missing or invalid X-CSRF-Token header');
      }
      if (request.auth.secondStep && !request.routeOptions.config.beforeSecondStep) {
        throw new AppError(403, 'forbidden', SECOND_STEP_FIRST[request.auth.secondStep]);
      }
      if (!mayAccess(access, request.auth.user.role)) {
        throw new AppError(403, 'forbidden', 'Your role does not allow this');
      }
    });
  },
);

/** The signed-in user of a route that is not public: the hook above guarantees one. */
export function currentSession(request: FastifyRequest): ActiveSession {
  if (!request.auth) throw new AppError(401, 'unauthorised', 'Sign in to continue');
  return request.auth;
}

/** The checked link of an `update-request` route: the hook above guarantees one. */
export function currentUpdateRequest(request: FastifyRequest): ResolvedUpdateRequest {
  if (!request.updateRequest)
    throw new AppError(401, 'unauthorised', 'This page needs the link from your email');
  return request.updateRequest;
}
