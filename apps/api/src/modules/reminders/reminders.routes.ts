import {
  errorResponseSchema,
  leadReminderReplySchema,
  outboxListSchema,
  outboxQuerySchema,
  periodLeadParamsSchema,
  periodParamsSchema,
  planParamsSchema,
  reminderPreviewSchema,
  reminderScheduleSchema,
  remindersReplySchema,
  remindLeadBodySchema,
  roundRemindersSchema,
  updateReminderScheduleBodySchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies, NotFoundError } from '../../plugins/errors';
import { parseIfMatch, versionTag } from '../../plugins/etag';
import { plansRepository } from '../plans';
import { leadChasing } from './lead-chasing';
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
  const chasing = leadChasing(app.database.db, opts.mailer, opts.deps);

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
        description:
          'Each with its full text and, while it is unsent and its personal link still works, that link (`link`): for the manager only, to pass on by other means.',
        params: planParamsSchema,
        querystring: outboxQuerySchema,
        response: { 200: outboxListSchema, ...errors },
      },
    },
    async (request) => {
      const { planId } = request.params;
      if (!(await plansRepository(app.database.db).exists(planId))) throw new NotFoundError('Plan');
      const messages = await outboxRepository(app.database.db).list(planId, request.query.period, app.now());
      return { messages, mailConfigured: opts.mailer.configured };
    },
  );

  app.get(
    '/api/plans/:planId/periods/:month/leads/:personId/reminder',
    {
      config: managerOnly,
      schema: {
        tags: ['monthly round'],
        summary: 'The reminder “Remind now” would email one lead, written out but not sent',
        description:
          'The text is exactly what will be queued, but for the personal link (made only when it is sent), which a placeholder stands for. 409 when the lead cannot be reminded (nothing missing, no email, no way in) or the month is closed.',
        params: periodLeadParamsSchema,
        response: { 200: reminderPreviewSchema, ...errorReplies },
      },
    },
    async (request) => {
      const { user } = currentSession(request);
      const { planId, month, personId } = request.params;
      return chasing.preview(user, planId, month, personId);
    },
  );

  app.post(
    '/api/plans/:planId/periods/:month/leads/:personId/reminder',
    {
      config: managerOnly,
      schema: {
        tags: ['monthly round'],
        summary:
          'Remind one lead now, with the reminder previewed (its digest): kept in the outbox, and sent when a mail server is set',
        description:
          '409 when the reminder would no longer read as previewed (details: the new preview), or the lead cannot be reminded.',
        params: periodLeadParamsSchema,
        body: remindLeadBodySchema,
        response: { 200: leadReminderReplySchema, ...errorReplies },
      },
    },
    async (request) => {
      const { user } = currentSession(request);
      const { planId, month, personId } = request.params;
      return chasing.remind(user, planId, month, personId, request.body.digest);
    },
  );

  app.post(
    '/api/plans/:planId/periods/:month/leads/:personId/new-link',
    {
      config: managerOnly,
      schema: {
        tags: ['monthly round'],
        summary: 'Send one lead a new personal link for the month, withdrawing the ones sent before',
        description:
          '409 when the month gives no links now (closed, not open, past its last day for updates), or the lead has no due actions or no email address.',
        params: periodLeadParamsSchema,
        response: { 200: leadReminderReplySchema, ...errorReplies },
      },
    },
    async (request) => {
      const { user } = currentSession(request);
      const { planId, month, personId } = request.params;
      return chasing.newLink(user, planId, month, personId);
    },
  );
};
