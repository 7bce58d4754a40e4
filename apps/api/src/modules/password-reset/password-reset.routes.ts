import {
  errorResponseSchema,
  outboxListSchema,
  PASSWORD_RESET_SENT,
  passwordResetBodySchema,
  passwordResetCheckBodySchema,
  passwordResetCheckReplySchema,
  passwordResetRequestBodySchema,
  passwordResetRequestReplySchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { OidcConfig } from '../../config';
import { refusePasswordsWhenOidcOnly } from '../oidc';
import { accountEmails, type Mailer } from '../reminders';
import { passwordResetService } from './password-reset.service';
import {
  DEFAULT_PASSWORD_RESET_LIMITS,
  type PasswordResetLimits,
  passwordResetLimits,
} from './password-reset-limits';

const refusals = { 400: errorResponseSchema, 403: errorResponseSchema };

export const passwordResetRoutes: FastifyPluginAsyncZod<{
  mailer: Mailer;
  publicUrl: string;
  oidc?: OidcConfig | null;
  limits?: PasswordResetLimits;
}> = async (app, opts) => {
  const emails = accountEmails(app.database.db, opts.mailer, app.now);
  const service = passwordResetService(app.database.db, emails, opts.publicUrl, app.now);
  const passwordsUsed = refusePasswordsWhenOidcOnly(opts.oidc);

  app.post(
    '/api/auth/password-reset',
    {
      config: { access: 'public' },
      preHandler: [passwordsUsed, passwordResetLimits(app, opts.limits ?? DEFAULT_PASSWORD_RESET_LIMITS)],
      schema: {
        tags: ['auth'],
        summary: 'Forgotten password: emails a link to set a new one, valid one hour and once',
        description:
          'The same reply whether or not an account has the address. Limited per address asked for and per IP: 429 with Retry-After. ' +
          'Refused (403) where everyone signs in with the organisation’s account (OIDC_ONLY).',
        body: passwordResetRequestBodySchema,
        response: { 202: passwordResetRequestReplySchema, 429: errorResponseSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const { sent } = await service.request(request.body.email);
      // Sent after the reply's work is done, whether or not there was an account: how long a
      // mail server takes must not tell who has one. A failure is retried from the outbox.
      if (sent) emails.deliver(sent).catch((error) => request.log.warn({ err: error }, 'reset email'));
      return reply.status(202).send({ message: PASSWORD_RESET_SENT });
    },
  );

  app.post(
    '/api/auth/password-reset/check',
    {
      config: { access: 'public' },
      preHandler: passwordsUsed,
      schema: {
        tags: ['auth'],
        summary: 'Whether a reset link still works, and whose password it sets',
        body: passwordResetCheckBodySchema,
        response: { 200: passwordResetCheckReplySchema, 404: errorResponseSchema, ...refusals },
      },
    },
    async (request) => service.check(request.body.token),
  );

  app.post(
    '/api/auth/password-reset/new-password',
    {
      config: { access: 'public' },
      preHandler: passwordsUsed,
      schema: {
        tags: ['auth'],
        summary:
          'Set a new password with a reset link: the link is used up and every session of the account ends',
        body: passwordResetBodySchema,
        response: { 204: z.null(), 404: errorResponseSchema, ...refusals },
      },
    },
    async (request, reply) => {
      await service.reset(request.body.token, request.body.newPassword);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/account-emails',
    {
      config: { access: ['manager'] as const },
      schema: {
        tags: ['auth'],
        summary: 'Emails about accounts (password resets), newest first: with no mail server they wait here',
        response: { 200: outboxListSchema, 401: errorResponseSchema, 403: errorResponseSchema },
      },
    },
    async () => ({ messages: await emails.list(), mailConfigured: opts.mailer.configured }),
  );
};
