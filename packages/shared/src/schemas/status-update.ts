import { z } from 'zod';
import { isoDateSchema, monthSchema, planMonthSchema } from '../month';
import { statusSchema } from '../status';
import { idSchema } from './common';

/** A lead's monthly word on an action. Rules (note, Red's new date) are checked by `checkStatusUpdate`. */
export const createStatusUpdateBodySchema = z.object({
  period: planMonthSchema,
  status: statusSchema,
  note: z.string().trim().max(5000, 'Keep the note under 5,000 characters').nullable().optional(),
  revisedDue: isoDateSchema.nullable().optional(),
});
export type CreateStatusUpdateBody = z.infer<typeof createStatusUpdateBodySchema>;

export const signOffBodySchema = z.object({ note: z.string().trim().max(2000).nullable().optional() });
export const rejectSignOffBodySchema = z.object({
  reason: z.string().trim().min(1, 'Say why it is not signed off').max(2000),
});

/** One entry in an action's history, newest first. History is never overwritten. */
export const statusUpdateSchema = z
  .object({
    id: idSchema,
    period: monthSchema,
    status: statusSchema,
    note: z.string().nullable(),
    revisedDue: isoDateSchema.nullable(),
    author: z.string().nullable(),
    createdAt: z.iso.datetime(),
    /** A later update in the same period took its place as the action's state for that month. */
    superseded: z.boolean(),
    /** Blue only: who signed it off and when; null while it awaits sign-off (or was rejected). */
    signOff: z.object({ by: z.string(), at: z.iso.datetime(), note: z.string().nullable() }).nullable(),
    rejection: z.object({ by: z.string(), at: z.iso.datetime(), reason: z.string() }).nullable(),
  })
  .meta({ id: 'StatusUpdate' });
export type StatusUpdate = z.infer<typeof statusUpdateSchema>;

export const actionHistorySchema = z
  .object({ updates: z.array(statusUpdateSchema) })
  .meta({ id: 'ActionHistory' });
export type ActionHistory = z.infer<typeof actionHistorySchema>;
