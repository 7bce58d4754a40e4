import {
  CODE_ATTEMPTS,
  errorResponseSchema,
  recoveryCodesSchema,
  sessionReplySchema,
  turnOffTwoStepBodySchema,
  twoStepCodeBodySchema,
  twoStepEnabledSchema,
  twoStepSetupSchema,
  twoStepStatusSchema,
  userParamsSchema,
  verifyTwoStepBodySchema,
} from '@ragboard/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  clearSessionCookie,
  currentSession,
  setSessionCookie,
  setTrustedBrowserCookie,
} from '../../plugins/auth';
import {
  codeAttemptLimit,
  forgetCodeAttempts,
  passwordChangeLimit,
  sessionsRepository,
} from '../credentials';
import { twoStepService } from './two-step.service';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  409: errorResponseSchema,
  429: errorResponseSchema,
};
const tooMany = `After ${CODE_ATTEMPTS} wrong codes in 15 minutes: 429 with Retry-After, and this session ends.`;

export const twoStepRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = twoStepService(app.database.db, app.now);
  const endSession = async (request: FastifyRequest, reply: FastifyReply) => {
    await sessionsRepository(app.database.db).revoke(currentSession(request).tokenHash, app.now());
    clearSessionCookie(reply);
  };
  const codeLimit = codeAttemptLimit(app, endSession);

  app.get(
    '/api/auth/two-step',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['auth'],
        summary: 'Your two-step verification: on or off, recovery codes left, whether your role requires it',
        response: { 200: twoStepStatusSchema, ...errors },
      },
    },
    async (request) => service.status(currentSession(request).user.id),
  );

  app.post(
    '/api/auth/two-step/setup',
    {
      config: { access: 'signed-in', beforeSecondStep: true },
      schema: {
        tags: ['auth'],
        summary: 'Start setting up two-step verification: a new secret, as a QR code and as text',
        description: 'Nothing is on until POST /api/auth/two-step/setup/confirm takes a code from it.',
        response: { 200: twoStepSetupSchema, ...errors },
      },
    },
    async (request) => service.startSetup(currentSession(request)),
  );

  app.post(
    '/api/auth/two-step/setup/confirm',
    {
      config: { access: 'signed-in', beforeSecondStep: true },
      preHandler: codeLimit,
      schema: {
        tags: ['auth'],
        summary: 'Turn two-step verification on with a code from the app: ten recovery codes, shown once',
        description: `A manager setting it up at sign-in gets a new, complete session. ${tooMany}`,
        body: twoStepCodeBodySchema,
        response: { 200: twoStepEnabledSchema, ...errors },
      },
    },
    async (request, reply) => {
      const session = currentSession(request);
      const { recoveryCodes, completed } = await service.confirmSetup(session, request.body.code);
      await forgetCodeAttempts(app.database.db, session.user.id);
      if (completed) setSessionCookie(request, reply, completed.token);
      const csrfToken = completed?.csrfToken ?? session.csrfToken;
      return { recoveryCodes, session: { user: session.user, csrfToken, secondStep: null } };
    },
  );

  app.post(
    '/api/auth/two-step/verify',
    {
      config: { access: 'signed-in', beforeSecondStep: true },
      preHandler: codeLimit,
      schema: {
        tags: ['auth'],
        summary: 'Finish signing in with a code from the app or a recovery code: a new, complete session',
        description: `Each code from the app works once. With rememberBrowser, this browser skips the code for 30 days. ${tooMany}`,
        body: verifyTwoStepBodySchema,
        response: { 200: sessionReplySchema, ...errors },
      },
    },
    async (request, reply) => {
      const { code, rememberBrowser } = request.body;
      const result = await service.verify(currentSession(request), code, rememberBrowser);
      await forgetCodeAttempts(app.database.db, result.user.id);
      setSessionCookie(request, reply, result.token);
      if (result.trustedBrowser) setTrustedBrowserCookie(request, reply, result.trustedBrowser);
      return { user: result.user, csrfToken: result.csrfToken, secondStep: null };
    },
  );

  app.post(
    '/api/auth/two-step/recovery-codes',
    {
      config: { access: 'signed-in' },
      preHandler: codeLimit,
      schema: {
        tags: ['auth'],
        summary: 'Ten new recovery codes for a code from the app; the old ones stop working',
        description: tooMany,
        body: twoStepCodeBodySchema,
        response: { 200: recoveryCodesSchema, ...errors },
      },
    },
    async (request) => {
      const userId = currentSession(request).user.id;
      const codes = await service.newRecoveryCodes(userId, request.body.code);
      await forgetCodeAttempts(app.database.db, userId);
      return codes;
    },
  );

  app.post(
    '/api/auth/two-step/turn-off',
    {
      config: { access: 'signed-in' },
      preHandler: passwordChangeLimit(app, endSession),
      schema: {
        tags: ['auth'],
        summary: 'Turn your two-step verification off, with your password (not for partnership managers)',
        body: turnOffTwoStepBodySchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.turnOff(currentSession(request).user.id, request.body.password);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/users/:userId/two-step',
    {
      config: { access: ['manager'] },
      schema: {
        tags: ['accounts'],
        summary: 'Reset an account’s two-step verification (a lost phone): its sessions end at once',
        description:
          'The secret, recovery codes and trusted browsers go. A manager sets it up again at next sign-in.',
        params: userParamsSchema,
        response: { 204: z.null(), 404: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      await service.reset(currentSession(request).user.id, request.params.userId);
      return reply.status(204).send(null);
    },
  );
};
