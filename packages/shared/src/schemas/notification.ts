import { z } from 'zod';

/** What a person can be told of, in the daily email; each can be turned off (decision 050). */
export const NOTIFICATION_KINDS = [
  'challenge-raised',
  'challenge-answered',
  'sign-off-awaited',
  'sign-off-refused',
] as const;
export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

/** Each kind's label beside its checkbox, on the account page and the page an email links to. */
export const NOTIFICATION_KIND_WORDS: Record<NotificationKind, { label: string; hint: string }> = {
  'challenge-raised': {
    label: 'A status is challenged',
    hint: 'When the forum challenges the status of an action you lead, or any action if you manage the plan.',
  },
  'challenge-answered': {
    label: 'A challenge is answered',
    hint: 'When a challenge you raised is answered.',
  },
  'sign-off-awaited': {
    label: 'A Blue awaits sign-off',
    hint: 'When an action you may sign off is proposed as Blue (completed).',
  },
  'sign-off-refused': {
    label: 'A sign-off is refused',
    hint: 'When the Blue you gave for an action you lead is not signed off, with the reason.',
  },
};

/** The kinds a person gets by email: every kind not listed is turned off. */
export const notificationPreferencesSchema = z
  .object({ enabled: z.array(notificationKindSchema) })
  .meta({ id: 'NotificationPreferences' });
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;
