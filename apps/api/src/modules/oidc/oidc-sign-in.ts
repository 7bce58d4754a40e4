import { type OidcProblem, safeReturnTo } from '@ragboard/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OidcConfig } from '../../config';
import { setSessionCookie } from '../../plugins/auth';
import { OidcSignInProblem, oidcService } from './oidc.service';
import { type OidcClient, oidcClient } from './oidc-client';
import { keepOidcState, OIDC_STATE_MS, takeOidcState } from './oidc-state';

export const CALLBACK_PATH = '/api/auth/oidc/callback';

/** Network failures reaching the provider, as opposed to its answers. */
const UNREACHABLE = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN|UND_ERR_)/;

function unreachable(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { name, code, message } = e as { name?: unknown; code?: unknown; message?: unknown };
    if (name === 'TimeoutError' || name === 'AbortError') return true;
    if (UNREACHABLE.test(String(code ?? ''))) return true;
    if (message === 'fetch failed') return true;
  }
  return false;
}

/** The web page that explains a failed sign-in in plain words. */
export function problemPage(reason: OidcProblem, email?: string): string {
  const query = new URLSearchParams({ reason });
  if (email) query.set('email', email);
  return `/sign-in/problem?${query}`;
}

/**
 * The authorisation code flow, from the button to a session: every failure ends on the problem
 * page (never a 5xx), with the reason logged at warn for whoever runs the service.
 */
export function oidcSignIn(
  app: FastifyInstance,
  config: OidcConfig,
  provider: OidcClient = oidcClient(config),
) {
  const service = oidcService(app.database.db, app.now, config);
  const redirectUri = (request: FastifyRequest) =>
    `${config.publicUrl ?? `${request.protocol}://${request.host}`}${CALLBACK_PATH}`;

  const failed = (request: FastifyRequest, error: unknown): string => {
    if (error instanceof OidcSignInProblem) {
      request.log.warn(
        { reason: error.reason, email: error.email },
        `OIDC sign-in refused: ${error.message}`,
      );
      return problemPage(error.reason, error.email);
    }
    const reason: OidcProblem = unreachable(error) ? 'unreachable' : 'failed';
    request.log.warn({ err: error, reason }, 'OIDC sign-in failed');
    return problemPage(reason);
  };

  return {
    /** Where to send the browser to sign in at the provider; the checks wait in a signed cookie. */
    async start(request: FastifyRequest, reply: FastifyReply, returnTo: string | undefined): Promise<string> {
      try {
        const { url, checks } = await provider.authorizationUrl(redirectUri(request));
        keepOidcState(request, reply, {
          ...checks,
          returnTo: safeReturnTo(returnTo),
          expiresAt: app.now().getTime() + OIDC_STATE_MS,
        });
        return url.href;
      } catch (error) {
        return failed(request, error);
      }
    },

    /** Where the browser goes once the provider sends it back: the page asked for, signed in, or the problem page. */
    async finish(
      request: FastifyRequest,
      reply: FastifyReply,
      query: { error?: string | undefined; state?: string | undefined },
    ): Promise<string> {
      try {
        const state = takeOidcState(request, reply, app.now(), query.state);
        if (!state)
          throw new OidcSignInProblem('expired', 'no sign-in was started in this browser, or it expired');
        if (query.error) {
          const reason = query.error === 'access_denied' ? 'cancelled' : 'provider-error';
          throw new OidcSignInProblem(reason, `the provider answered ${query.error}`);
        }
        const callbackUrl = new URL(redirectUri(request));
        callbackUrl.search = new URL(request.url, 'http://callback').search;
        const claims = await provider.claims(callbackUrl, state);
        const { token } = await service.signIn(claims);
        setSessionCookie(request, reply, token);
        return state.returnTo;
      } catch (error) {
        return failed(request, error);
      }
    },
  };
}
