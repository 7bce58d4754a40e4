import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { DEFAULT_REQUESTS_PER_MINUTE, type MailConfig, type OidcConfig } from './config';
import type { Database } from './db/client';
import { actionRoutes } from './modules/actions/actions.routes';
import { apiTokenRoutes } from './modules/api-tokens/api-tokens.routes';
import { attachmentRoutes } from './modules/attachments/attachments.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { DEFAULT_LOGIN_LIMITS, type LoginLimits } from './modules/auth/login-limits';
import { backupRoutes } from './modules/backup/backup.routes';
import { challengeRoutes } from './modules/challenges/challenges.routes';
import { commentRoutes } from './modules/comments/comments.routes';
import { findingRoutes } from './modules/findings/findings.routes';
import { healthRoutes } from './modules/health/health.routes';
import { importRoutes } from './modules/imports/imports.routes';
import { kpiRoutes } from './modules/kpis/kpis.routes';
import { meetingRoutes } from './modules/meetings/meetings.routes';
import { meetingsService } from './modules/meetings/meetings.service';
import { myActionRoutes } from './modules/my-actions/my-actions.routes';
import { oidcRoutes } from './modules/oidc/oidc.routes';
import { organisationRoutes } from './modules/organisations/organisations.routes';
import { outcomeRoutes } from './modules/outcomes/outcomes.routes';
import { peopleRoutes } from './modules/people/people.routes';
import { periodRoutes } from './modules/periods/periods.routes';
import { closedPlanGuard } from './modules/plan-lifecycle/closed-plan-guard';
import { planLifecycleRoutes } from './modules/plan-lifecycle/plan-lifecycle.routes';
import { planRoutes } from './modules/plans/plans.routes';
import { priorityRoutes } from './modules/priorities/priorities.routes';
import { publicPageRoutes } from './modules/public-page/public-page.routes';
import { publicSummaryRoutes } from './modules/publication/public-summaries.routes';
import { publicationRoutes } from './modules/publication/publication.routes';
import { readinessPackRoutes } from './modules/readiness-pack/readiness-pack.routes';
import { createMailer } from './modules/reminders/mailer';
import { type ReminderScheduler, reminderScheduler } from './modules/reminders/reminder-scheduler';
import { reminderRoutes } from './modules/reminders/reminders.routes';
import { reportRoutes } from './modules/reports/reports.routes';
import { siteRoutes } from './modules/site/site.routes';
import { statusUpdateRoutes } from './modules/status-updates/status-updates.routes';
import { summaryRoutes } from './modules/summary/summary.routes';
import { twoStepRoutes } from './modules/two-step/two-step.routes';
import {
  DEFAULT_UPDATE_REQUEST_LIMITS,
  type UpdateRequestLimits,
} from './modules/update-requests/update-request-access';
import { updateRequestPageRoutes } from './modules/update-requests/update-request-page';
import { updateRequestRoutes } from './modules/update-requests/update-requests.routes';
import { userRoutes } from './modules/users/users.routes';
import { authentication } from './plugins/auth';
import { errorHandling, frameworkErrors } from './plugins/errors';
import { openApi } from './plugins/openapi';
import { readCache } from './plugins/read-cache';
import { security } from './plugins/security';
import { spa } from './plugins/spa';
import { textInput } from './plugins/text-input';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    /** The clock every rule reads ("overdue", "this month"), so tests can set the date. */
    now: () => Date;
    /** Scheduled reminders and the outbox's retries; running only when `scheduleEveryMs` is set. */
    reminderScheduler: ReminderScheduler;
  }
}

export interface BuildAppOptions {
  database: Database;
  /** Signs the session cookie. */
  sessionSecret: string;
  /** Trust X-Forwarded-* from a reverse proxy (for the client address and HTTPS). */
  trustProxy?: boolean | string;
  /** Email settings; by default nothing is sent and messages wait in the outbox. */
  mail?: MailConfig;
  /** Sign-in with the organisation's account (OpenID Connect); none by default. */
  oidc?: OidcConfig | null;
  /** Sign-in attempts allowed per account and per address in 15 minutes. */
  loginLimits?: LoginLimits;
  /** The API-wide limit per client address; false turns it off (benchmarks). */
  requestsPerMinute?: number | false;
  /** Requests through update-request links allowed per address and per link in 15 minutes. */
  updateRequestLimits?: UpdateRequestLimits;
  /** Run scheduled reminders and outbox retries this often; unset, only on `reminderScheduler.tick()`. */
  scheduleEveryMs?: number;
  /** The built SPA to serve; omitted in API-only tests. */
  webDistDir?: string;
  now?: () => Date;
  logger?: FastifyServerOptions['logger'];
}

/** The whole app as a plugin tree that never listens: the server and the tests build the same one. */
export async function buildApp(options: BuildAppOptions) {
  const mail = options.mail ?? { smtpUrl: null, from: 'ragboard <ragboard@localhost>', publicUrl: '' };
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  // Bodies are JSON (and multipart uploads, in the imports module): any other type is refused with 415.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('database', options.database);
  app.decorate('now', options.now ?? (() => new Date()));

  await app.register(errorHandling);
  await app.register(textInput);
  await app.register(security, {
    requestsPerMinute: options.requestsPerMinute ?? DEFAULT_REQUESTS_PER_MINUTE,
  });
  await app.register(authentication, {
    sessionSecret: options.sessionSecret,
    updateRequestLimits: options.updateRequestLimits ?? DEFAULT_UPDATE_REQUEST_LIMITS,
  });
  await app.register(openApi, { requestLimit: options.requestsPerMinute !== false });
  await app.register(readCache);
  await app.register(closedPlanGuard);

  await app.register(healthRoutes);
  await app.register(siteRoutes);
  await app.register(authRoutes, {
    loginLimits: options.loginLimits ?? DEFAULT_LOGIN_LIMITS,
    oidc: options.oidc ?? null,
  });
  await app.register(oidcRoutes, { oidc: options.oidc ?? null });
  await app.register(twoStepRoutes);
  await app.register(userRoutes);
  await app.register(apiTokenRoutes);
  await app.register(auditRoutes);
  await app.register(planRoutes);
  await app.register(planLifecycleRoutes);
  await app.register(priorityRoutes);
  await app.register(outcomeRoutes);
  await app.register(actionRoutes);
  await app.register(statusUpdateRoutes);
  await app.register(periodRoutes);
  await app.register(summaryRoutes);
  await app.register(myActionRoutes);
  await app.register(reportRoutes);
  await app.register(meetingRoutes);
  await app.register(importRoutes);
  const mailer = createMailer(mail);
  const reminderDeps = { mail, mailerConfigured: mailer.configured, now: app.now };
  await app.register(reminderRoutes, { mailer, deps: reminderDeps });
  await app.register(updateRequestRoutes);
  await app.register(updateRequestPageRoutes, {
    webDistDir: options.webDistDir ?? '',
    limits: options.updateRequestLimits ?? DEFAULT_UPDATE_REQUEST_LIMITS,
  });
  await app.register(kpiRoutes);
  await app.register(commentRoutes);
  await app.register(challengeRoutes);
  await app.register(findingRoutes);
  await app.register(attachmentRoutes);
  await app.register(readinessPackRoutes);
  await app.register(peopleRoutes);
  await app.register(organisationRoutes);
  await app.register(backupRoutes);
  await app.register(publicationRoutes);
  await app.register(publicSummaryRoutes);
  await app.register(publicPageRoutes);

  await app.register(spa, { webDistDir: options.webDistDir ?? '' });

  const packs = meetingsService(options.database.db, app.now);
  const scheduler = reminderScheduler(options.database.db, mailer, reminderDeps, app.log, [
    { name: 'drafting meetings’ packs', run: () => packs.draftDuePacks() },
  ]);
  app.decorate('reminderScheduler', scheduler);
  const every = options.scheduleEveryMs;
  if (every) app.addHook('onReady', async () => scheduler.start(every));
  app.addHook('onClose', () => scheduler.stop());
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
