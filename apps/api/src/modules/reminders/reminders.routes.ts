import {
  errorResponseSchema,
  outboxListSchema,
  outboxQuerySchema,
  periodParamsSchema,
  planParamsSchema,
  remindersReplySchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { MailConfig } from '../../config';
import { currentSession } from '../../plugins/auth';
import { NotFoundError } from '../../plugins/errors';
import { plansRepository } from '../plans/plans.repository';
import type { Mailer } from './mailer';
import { outboxRepository } from './outbox.repository';
import { remindersService } from './reminders.service';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};

export const reminderRoutes: FastifyPluginAsyncZod<{ mailer: Mailer; mail: MailConfig }> = async (
  app,
  opts,
) => {
  const service = remindersService(app.database.db, opts.mailer, opts.mail, app.now);

  app.post(
    '/api/plans/:planId/periods/:month/reminders',
    {
      config: { access: ['manager'] },
      schema: {
        tags: ['monthly round'],
        summary:
          'Email each lead whose updates for the month are missing; every message is kept in the outbox',
        params: periodParamsSchema,
        response: { 200: remindersReplySchema, ...errors },
      },
    },
    async (request) => {
      const { user } = currentSession(request);
      return service.send(user, request.params.planId, request.params.month);
    },
  );

  app.get(
    '/api/plans/:planId/outbox',
    {
      config: { access: ['manager'] },
      schema: {
        tags: ['monthly round'],
        summary: 'The emails sent, or kept unsent, for the plan (optionally one period’s), newest first',
        params: planParamsSchema,
        querystring: outboxQuerySchema,
        response: { 200: outboxListSchema, ...errors },
      },
    },
    async (request) => {
      const { planId } = request.params;
      if (!(await plansRepository(app.database.db).exists(planId))) throw new NotFoundError('Plan');
      return { messages: await outboxRepository(app.database.db).list(planId, request.query.period) };
    },
  );
};
