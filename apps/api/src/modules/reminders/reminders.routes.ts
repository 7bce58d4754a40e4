import {
  errorResponseSchema,
  outboxListSchema,
  outboxQuerySchema,
  periodParamsSchema,
  planParamsSchema,
  reminderScheduleSchema,
  remindersReplySchema,
  roundRemindersSchema,
  updateReminderScheduleBodySchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies, NotFoundError } from '../../plugins/errors';
import { parseIfMatch, versionTag } from '../../plugins/etag';
import { plansRepository } from '../plans';
import type { Mailer } from './mailer';
import { outboxRepository } from './outbox.repository';
import type { ReminderDeps } from './reminder-letters';
import { remindersService } from './reminders.service';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};
const managerOnly = { access: ['manager'] as const };

export const reminderRoutes: FastifyPluginAsyncZod<{ mailer: Mailer; deps: ReminderDeps }> = async (
  app,
  opts,
) => {
  const service = remindersService(app.database.db, opts.mailer, opts.deps);

  app.post(
    '/api/plans/:planId/periods/:month/reminders',
    {
      config: managerOnly,
      schema: {
        tags: ['monthly round'],
        summary:
          'Email each lead whose updates for the month are missing, with their personal link; every message is kept in the outbox',
        description:
          'A closed month is refused (409). A lead with no account is written to only with their personal link: while the month gives none, they are listed as unreachable (no-link), as is a lead with no email address (no-email).',
        params: periodParamsSchema,
        response: { 200: remindersReplySchema, ...errorReplies },
      },
    },
    async (request) => {
      const { user } = currentSession(request);
      return service.send(user, request.params.planId, request.params.month);
    },
  );

  app.get(
    '/api/plans/:planId/periods/:month/reminders',
    {
      config: managerOnly,
      schema: {
        tags: ['monthly round'],
        summary:
          'The month’s reminders: what the schedule sends when, each lead’s due and missing updates and address',
        params: periodParamsSchema,
        response: { 200: roundRemindersSchema, ...errors },
      },
    },
    async (request) => service.overview(request.params.planId, request.params.month),
  );

  app.get(
    '/api/plans/:planId/reminder-schedule',
    {
      config: { ...managerOnly, etag: true },
      schema: {
        tags: ['monthly round'],
        summary:
          'When the plan’s reminders go, in days from each period’s deadline (its ETag is its version)',
        params: planParamsSchema,
        response: { 200: reminderScheduleSchema, ...errors },
      },
    },
    async (request, reply) => {
      const schedule = await service.schedule(request.params.planId);
      return reply.header('etag', versionTag(schedule)).send(schedule);
    },
  );

  app.put(
    '/api/plans/:planId/reminder-schedule',
    {
      config: { ...managerOnly, etag: true, ifMatch: true },
      schema: {
        tags: ['monthly round'],
        summary: 'Set when the plan’s reminders go (If-Match: the schedule’s ETag)',
        params: planParamsSchema,
        body: updateReminderScheduleBodySchema,
        response: { 200: reminderScheduleSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const schedule = await service.saveSchedule(
        user.id,
        request.params.planId,
        request.body,
        parseIfMatch(request),
      );
      return reply.header('etag', versionTag(schedule)).send(schedule);
    },
  );

  app.get(
    '/api/plans/:planId/outbox',
    {
      config: managerOnly,
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
