import { z } from 'zod';
import { monthSchema, planMonthSchema } from '../month';
import { idSchema } from './common';

export const OUTBOX_STATES = ['queued', 'sent', 'failed', 'not_sent'] as const;

/** An email ragboard sent, or would have sent had a mail server been configured. */
export const outboxMessageSchema = z
  .object({
    id: idSchema,
    kind: z.string(),
    period: monthSchema.nullable(),
    toName: z.string(),
    toAddress: z.string(),
    /** Copied in: after the deadline, the delivery group's lead (escalation). */
    cc: z.array(z.object({ name: z.string(), address: z.string() })),
    subject: z.string(),
    body: z.string(),
    state: z.enum(OUTBOX_STATES),
    /** The mail server's last refusal; a queued message with one is being retried. */
    error: z.string().nullable(),
    attempts: z.number().int().nonnegative(),
    createdAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
    /**
     * The lead's personal link the message carries, while it still works and the message was not
     * sent: so the manager can pass it on by other means. Only the manager reads the outbox.
     */
    link: z.string().nullable(),
  })
  .meta({ id: 'OutboxMessage' });
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

/**
 * Why a lead with missing updates was not reminded: no email address on record, or no account
 * while the month gives no personal links (not opened, closed, or past its last day for updates),
 * so a reminder could only send them to a page that needs signing in.
 */
export const UNREACHABLE_REASONS = ['no-email', 'no-link'] as const;

export const remindersReplySchema = z
  .object({
    messages: z.array(outboxMessageSchema),
    unreachable: z.array(
      z.object({
        personId: idSchema,
        name: z.string(),
        actions: z.number().int(),
        reason: z.enum(UNREACHABLE_REASONS),
      }),
    ),
    /** Whether a mail server is configured; without one, messages are kept but not sent. */
    mailConfigured: z.boolean(),
  })
  .meta({ id: 'RemindersReply' });
export type RemindersReply = z.infer<typeof remindersReplySchema>;

export const outboxListSchema = z
  .object({
    messages: z.array(outboxMessageSchema),
    /** Whether a mail server is configured; without one, messages are kept but not sent. */
    mailConfigured: z.boolean(),
  })
  .meta({ id: 'OutboxList' });
export const outboxQuerySchema = z.object({ period: planMonthSchema.optional() });

/** The reminder "Remind now" would write to one lead, before it is written. */
export const reminderPreviewSchema = z
  .object({
    personId: idSchema,
    toName: z.string(),
    toAddress: z.string(),
    cc: z.array(z.object({ name: z.string(), address: z.string() })),
    subject: z.string(),
    /**
     * The email's text exactly as it will be queued, but for the personal link, which is made only
     * when it is sent: `REMINDER_LINK_PLACEHOLDER` stands in its place.
     */
    body: z.string(),
    /** Send it back with the reminder: a preview that no longer matches is refused (409). */
    digest: z.string(),
  })
  .meta({ id: 'ReminderPreview' });
export type ReminderPreview = z.infer<typeof reminderPreviewSchema>;

/** Where the personal link goes in a reminder's preview (it is made only when the reminder is). */
export const REMINDER_LINK_PLACEHOLDER = '[your personal link, made when this is sent]';

export const remindLeadBodySchema = z.object({
  /** The `digest` of the preview the manager read. */
  digest: z.string().min(1).max(128),
});
export type RemindLeadBody = z.infer<typeof remindLeadBodySchema>;

/** One lead reminded, or sent a new link: the email written, and the links withdrawn. */
export const leadReminderReplySchema = z
  .object({
    message: outboxMessageSchema,
    withdrawn: z.number().int().nonnegative(),
    mailConfigured: z.boolean(),
  })
  .meta({ id: 'LeadReminderReply' });
export type LeadReminderReply = z.infer<typeof leadReminderReplySchema>;
