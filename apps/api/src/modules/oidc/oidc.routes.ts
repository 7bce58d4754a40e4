import { authOptionsSchema, errorResponseSchema } from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { OidcConfig } from '../../config';
import { AppError } from '../../plugins/errors';
import { CALLBACK_PATH, oidcSignIn } from './oidc-sign-in';

const redirect = z.null().describe('Redirect (Location)');
const param = z.string().max(4000).optional();

export const oidcRoutes: FastifyPluginAsyncZod<{ oidc: OidcConfig | null }> = async (app, { oidc }) => {
  const flow = oidc ? oidcSignIn(app, oidc) : null;
  const configured = () => {
    if (!flow)
      throw new AppError(404, 'not_found', 'Sign-in with an organisation account is not set up here');
    return flow;
  };

  app.get(
    '/api/auth/options',
    {
      config: { access: 'public', noDatabase: true },
      schema: {
        tags: ['auth'],
        summary: 'How people sign in here: with a password, with the organisation’s account, or both',
        response: { 200: authOptionsSchema },
      },
    },
    async () => ({ password: !oidc?.only, oidc: oidc ? { label: oidc.label } : null }),
  );

  app.get(
    '/api/auth/oidc/start',
    {
      config: { access: 'public', noDatabase: true },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with the organisation’s account: redirects to its provider',
        description:
          'Keeps the state, nonce, PKCE verifier and returnTo (a path on this site) in a signed cookie of its own (named by its state, so sign-ins started in two tabs both finish) for 10 minutes. If the provider cannot be reached, redirects to /sign-in/problem.',
        querystring: z.object({ returnTo: param }),
        response: { 302: redirect, 404: errorResponseSchema },
      },
    },
    async (request, reply) =>
      reply.redirect(await configured().start(request, reply, request.query.returnTo)),
  );

  app.get(
    CALLBACK_PATH,
    {
      config: { access: 'public', noDatabase: true },
      schema: {
        tags: ['auth'],
        summary: 'Where the provider sends the browser back: signs in and redirects to returnTo',
        description:
          'Any failure (state, code, email not verified or unknown, domain, deactivated account, provider error or unreachable) redirects to /sign-in/problem?reason=…',
        querystring: z.looseObject({ code: param, state: param, error: param, error_description: param }),
        response: { 302: redirect, 404: errorResponseSchema },
      },
    },
    async (request, reply) => reply.redirect(await configured().finish(request, reply, request.query)),
  );
};
