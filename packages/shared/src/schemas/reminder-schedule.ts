import { z } from 'zod';
import { isoDateSchema, monthSchema } from '../month';
import { idSchema, versionSchema } from './common';
import { UPDATE_REQUEST_STATES } from './update-request';

/** Until the manager says otherwise: a week before the deadline, on the day, and three days after. */
export const DEFAULT_REMINDER_OFFSETS = [-7, 0, 3] as const;
/** Scheduled reminders go at this hour (UTC) of their day. */
export const REMINDER_HOUR_UTC = 9;
export const MAX_REMINDER_OFFSET_DAYS = 31;

const offsetsSchema = z
  .array(
    z
      .number()
      .int('Enter whole days')
      .min(
        -MAX_REMINDER_OFFSET_DAYS,
        `Reminders go at most ${MAX_REMINDER_OFFSET_DAYS} days before the deadline`,
      )
      .max(
        MAX_REMINDER_OFFSET_DAYS,
        `Reminders go at most ${MAX_REMINDER_OFFSET_DAYS} days after the deadline`,
      ),
  )
  .max(6, 'Choose at most six reminders')
  .refine((days) => new Set(days).size === days.length, 'Choose each day once');

/**
 * When a plan's reminders go, in days from each period's deadline (negative: before it). After
 * the deadline a reminder can copy in the delivery group's lead.
 */
export const reminderScheduleSchema = z
  .object({
    enabled: z.boolean(),
    offsets: offsetsSchema,
    escalate: z.boolean(),
    version: versionSchema,
  })
  .meta({ id: 'ReminderSchedule' });
export type ReminderSchedule = z.infer<typeof reminderScheduleSchema>;

export const updateReminderScheduleBodySchema = z.object({
  enabled: z.boolean(),
  offsets: offsetsSchema,
  escalate: z.boolean(),
});
export type UpdateReminderScheduleBody = z.infer<typeof updateReminderScheduleBodySchema>;

/**
 * A scheduled reminder of a period: planned (still to come), sent (with how many emails), or
 * skipped (nobody was missing an update, the period opened after it, or a later one went instead).
 * One past the period's last day for updates is never sent: its links would not work. One that
 * had not gone when the month was closed is cancelled: a closed month is sent no reminder.
 */
export const REMINDER_POINT_STATES = [
  'planned',
  'sent',
  'skipped',
  'after-updates-close',
  'cancelled',
] as const;

export const reminderPointSchema = z
  .object({
    offsetDays: z.number().int(),
    at: z.iso.datetime(),
    escalate: z.boolean(),
    state: z.enum(REMINDER_POINT_STATES),
    ranAt: z.iso.datetime().nullable(),
    messages: z.number().int().nonnegative().nullable(),
  })
  .meta({ id: 'ReminderPoint' });
export type ReminderPoint = z.infer<typeof reminderPointSchema>;

/** A lead with actions due an update in the period, and whether they can be reminded. */
export const roundLeadSchema = z
  .object({
    personId: idSchema,
    name: z.string(),
    email: z.string().nullable(),
    hasAccount: z.boolean(),
    due: z.number().int().nonnegative(),
    missing: z.number().int().nonnegative(),
    /** When a reminder (or a new link) was last written to them for the month. */
    lastRemindedAt: z.iso.datetime().nullable(),
    /** Their latest personal link for the month, if any: whether it still works and when it was opened. */
    link: z
      .object({
        state: z.enum(UPDATE_REQUEST_STATES),
        createdAt: z.iso.datetime(),
        firstOpenedAt: z.iso.datetime().nullable(),
        lastOpenedAt: z.iso.datetime().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'RoundLead' });
export type RoundLead = z.infer<typeof roundLeadSchema>;

/** The period's reminders: what will go when, who can be reached, and the links in use. */
export const roundRemindersSchema = z
  .object({
    period: monthSchema,
    /** Null for a month the manager has not opened as a reporting period. */
    deadline: isoDateSchema.nullable(),
    openUntil: isoDateSchema.nullable(),
    schedule: reminderScheduleSchema,
    points: z.array(reminderPointSchema),
    leads: z.array(roundLeadSchema),
    activeLinks: z.number().int().nonnegative(),
    /** Whether the month gives personal links now: open, and not past its last day for updates. */
    takesUpdates: z.boolean(),
    mailConfigured: z.boolean(),
  })
  .meta({ id: 'RoundReminders' });
export type RoundReminders = z.infer<typeof roundRemindersSchema>;
