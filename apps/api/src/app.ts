import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { DEFAULT_REQUESTS_PER_MINUTE, type MailConfig, type OidcConfig } from './config';
import type { Database } from './db/client';
import { actionRoutes } from './modules/actions';
import { apiTokenRoutes } from './modules/api-tokens';
import { attachmentRoutes } from './modules/attachments';
import { auditRoutes } from './modules/audit';
import { authRoutes } from './modules/auth';
import { backupRoutes } from './modules/backup';
import { challengeRoutes } from './modules/challenges';
import { commentRoutes } from './modules/comments';
import { DEFAULT_LOGIN_LIMITS, type LoginLimits } from './modules/credentials';
import { findingRoutes } from './modules/findings';
import { healthRoutes } from './modules/health';
import { importRoutes } from './modules/imports';
import { kpiRoutes } from './modules/kpis';
import { linkPageRoutes } from './modules/link-page';
import { meetingRoutes, meetingsService } from './modules/meetings';
import { myActionRoutes } from './modules/my-actions';
import { notificationDigests, notificationPageRoutes, notificationRoutes } from './modules/notifications';
import { oidcRoutes } from './modules/oidc';
import { organisationRoutes } from './modules/organisations';
import { outcomeRoutes } from './modules/outcomes';
import { type PasswordResetLimits, passwordResetRoutes } from './modules/password-reset';
import { peopleRoutes } from './modules/people';
import { periodCloseRoutes } from './modules/period-close';
import { periodRoutes } from './modules/periods';
import { closedPlanGuard, planLifecycleRoutes } from './modules/plan-lifecycle';
import { planRoutes } from './modules/plans';
import { priorityRoutes } from './modules/priorities';
import { publicPageRoutes } from './modules/public-page';
import { publicationRoutes, publicSummaryRoutes } from './modules/publication';
import { readinessPackRoutes } from './modules/readiness-pack';
import { createMailer, type ReminderScheduler, reminderRoutes, reminderScheduler } from './modules/reminders';
import { reportRoutes } from './modules/reports';
import { siteRoutes } from './modules/site';
import { statusUpdateRoutes } from './modules/status-updates';
import { summaryRoutes } from './modules/summary';
import { twoStepRoutes } from './modules/two-step';
import {
  DEFAULT_UPDATE_REQUEST_LIMITS,
  type UpdateRequestLimits,
  updateRequestRoutes,
} from './modules/update-requests';
import { userRoutes } from './modules/users';
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
  /** Limits on asking for password reset links; by default 3 an hour per address, 20 per IP. */
  passwordResetLimits?: PasswordResetLimits;
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
  await app.register(periodCloseRoutes);
  await app.register(summaryRoutes);
  await app.register(myActionRoutes);
  await app.register(reportRoutes);
  await app.register(meetingRoutes);
  await app.register(importRoutes);
  const mailer = createMailer(mail);
  const reminderDeps = { mail, mailerConfigured: mailer.configured, now: app.now };
  await app.register(reminderRoutes, { mailer, deps: reminderDeps });
  await app.register(passwordResetRoutes, {
    mailer,
    publicUrl: mail.publicUrl,
    oidc: options.oidc ?? null,
    limits: options.passwordResetLimits,
  });
  await app.register(updateRequestRoutes);
  await app.register(linkPageRoutes, {
    webDistDir: options.webDistDir ?? '',
    limits: options.updateRequestLimits ?? DEFAULT_UPDATE_REQUEST_LIMITS,
  });
  await app.register(notificationRoutes);
  await app.register(notificationPageRoutes, { webDistDir: options.webDistDir ?? '' });
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
  const digests = notificationDigests(options.database.db, reminderDeps, app.log);
  const scheduler = reminderScheduler(options.database.db, mailer, reminderDeps, app.log, [
    { name: 'drafting meetings’ packs', run: () => packs.draftDuePacks() },
    { name: 'writing the daily notification emails', run: () => digests.run() },
  ]);
  app.decorate('reminderScheduler', scheduler);
  const every = options.scheduleEveryMs;
  if (every) app.addHook('onReady', async () => scheduler.start(every));
  app.addHook('onClose', () => scheduler.stop());
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
