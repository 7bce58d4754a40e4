import { notificationPreferencesSchema, saveNotificationPreferencesBodySchema } from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies } from '../../plugins/errors';
import { notificationPreferences, recipientOfUser } from './notification-preferences';

const signedIn = { access: 'signed-in' as const };

/** The signed-in user's own choice of what the daily email tells them (decision 050). */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const preferences = notificationPreferences(app.database.db, app.now);

  app.get(
    '/api/account/notifications',
    {
      config: signedIn,
      schema: {
        tags: ['accounts'],
        summary: 'The kinds of notification the signed-in user gets in their daily email',
        response: { 200: notificationPreferencesSchema, ...errorReplies },
      },
    },
    async (request) => preferences.get(recipientOfUser(currentSession(request).user)),
  );

  app.put(
    '/api/account/notifications',
    {
      config: signedIn,
      schema: {
        tags: ['accounts'],
        summary:
          'Chooses the kinds of notification the signed-in user gets; every kind not listed is turned off',
        description:
          'Send the version of the choice shown: a choice changed meanwhile (another tab, or the email’s link) is refused with 409 stale_version and the choice as it stands.',
        body: saveNotificationPreferencesBodySchema,
        response: { 200: notificationPreferencesSchema, ...errorReplies },
      },
    },
    async (request) => {
      const { user } = currentSession(request);
      const { enabled, version } = request.body;
      return preferences.set(recipientOfUser(user), enabled, version, user.id);
    },
  );
};
