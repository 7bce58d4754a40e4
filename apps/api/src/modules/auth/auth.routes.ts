import {
  changePasswordBodySchema,
  errorResponseSchema,
  loginBodySchema,
  sessionReplySchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { OidcConfig } from '../../config';
import {
  clearSessionCookie,
  currentSession,
  setSessionCookie,
  trustedBrowserToken,
} from '../../plugins/auth';
import {
  forgetAccountAttempts,
  forgetPasswordAttempts,
  type LoginLimits,
  loginLimits,
  PASSWORD_CHANGE_ATTEMPTS,
  passwordChangeLimit,
  sessionsRepository,
} from '../credentials';
import { refusePasswordsWhenOidcOnly } from '../oidc';
import { authService } from './auth.service';

const errors = { 401: errorResponseSchema, 403: errorResponseSchema };

export const authRoutes: FastifyPluginAsyncZod<{
  loginLimits: LoginLimits;
  oidc?: OidcConfig | null;
}> = async (app, opts) => {
  const service = authService(app.database.db, app.now);
  const sessions = sessionsRepository(app.database.db);

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      preHandler: [refusePasswordsWhenOidcOnly(opts.oidc), loginLimits(app, opts.loginLimits)],
      schema: {
        tags: ['auth'],
        summary: 'Sign in: sets the session cookie and returns the CSRF token',
        description:
          'When `secondStep` is not null the session opens only the two-step routes, `me` and sign-out until a code is given (`verify`) or two-step verification is set up (`enrol`).',
        body: loginBodySchema,
        response: {
          200: sessionReplySchema,
          400: errorResponseSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
          429: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const { token, csrfToken, user, secondStep } = await service.login(
        request.body.email,
        request.body.password,
        trustedBrowserToken(request),
      );
      await forgetAccountAttempts(app.database.db, request.body.email);
      setSessionCookie(request, reply, token);
      return { user, csrfToken, secondStep };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'signed-in', beforeSecondStep: true },
      schema: {
        tags: ['auth'],
        summary: 'Sign out: ends this session',
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await sessions.revoke(currentSession(request).tokenHash, app.now());
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { access: 'signed-in', beforeSecondStep: true },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user, and what the session still needs after the password, if anything',
        response: { 200: sessionReplySchema, ...errors },
      },
    },
    async (request) => {
      const { user, csrfToken, secondStep } = currentSession(request);
      return { user, csrfToken, secondStep };
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['auth'],
        summary: 'Change your own password: every other session ends',
        description: `After ${PASSWORD_CHANGE_ATTEMPTS} tries in 15 minutes: 429 with Retry-After, and this session ends.`,
        body: changePasswordBodySchema,
        response: { 200: sessionReplySchema, 400: errorResponseSchema, 429: errorResponseSchema, ...errors },
      },
      preHandler: passwordChangeLimit(app, async (request, reply) => {
        await sessions.revoke(currentSession(request).tokenHash, app.now());
        clearSessionCookie(reply);
      }),
    },
    async (request, reply) => {
      const { body } = request;
      const result = await service.changePassword(
        currentSession(request).user.id,
        body.currentPassword,
        body.newPassword,
      );
      await forgetPasswordAttempts(app.database.db, result.user.id);
      setSessionCookie(request, reply, result.token);
      return { user: result.user, csrfToken: result.csrfToken, secondStep: result.secondStep };
    },
  );
};
