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
  .object({ messages: z.array(outboxMessageSchema) })
  .meta({ id: 'OutboxList' });
export const outboxQuerySchema = z.object({ period: planMonthSchema.optional() });
