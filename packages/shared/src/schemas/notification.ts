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

/**
 * A choice of kinds is its own version: each kind one bit. Saving names the version shown, so two
 * pages saving at once never overwrite each other unseen, and the same choice is the same version.
 */
export function notificationChoiceVersion(enabled: readonly NotificationKind[]): number {
  return NOTIFICATION_KINDS.reduce(
    (bits, kind, index) => (enabled.includes(kind) ? bits | (1 << index) : bits),
    0,
  );
}

/** The kinds a person gets by email (every kind not listed is turned off), and the choice's version. */
export const notificationPreferencesSchema = z
  .object({ enabled: z.array(notificationKindSchema), version: z.number().int().min(0) })
  .meta({ id: 'NotificationPreferences' });
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** A new choice, with the version of the one it was made from: 409 `stale_version` if that changed. */
export const saveNotificationPreferencesBodySchema = z.object({
  enabled: z.array(notificationKindSchema),
  version: z.number().int().min(0),
});
export type SaveNotificationPreferencesBody = z.infer<typeof saveNotificationPreferencesBodySchema>;
