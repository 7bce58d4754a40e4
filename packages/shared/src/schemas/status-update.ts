import { z } from 'zod';
import { isoDateSchema, monthSchema, planMonthSchema } from '../month';
import { statusSchema } from '../status';
import { actionSchema } from './action';
import { idSchema, versionSchema } from './common';

/** A lead's monthly word on an action. Rules (note, Red's new date) are checked by `checkStatusUpdate`. */
export const createStatusUpdateBodySchema = z.object({
  period: planMonthSchema,
  status: statusSchema,
  note: z.string().trim().max(5000, 'Keep the note under 5,000 characters').nullable().optional(),
  revisedDue: isoDateSchema.nullable().optional(),
  /**
   * "No change since last month": the status in force again (sent as `status`, which must match it),
   * recorded with `NO_CHANGE_STATEMENT` as its note, and a Red's date in force kept.
   */
  noChange: z.boolean().optional(),
});
export type CreateStatusUpdateBody = z.infer<typeof createStatusUpdateBodySchema>;

export const signOffBodySchema = z.object({
  note: z.string().trim().max(2000, 'Keep the note under 2,000 characters').nullable().optional(),
});
/** Undoing a sign-off says nothing more: the action's ETag, in If-Match, is all it needs. */
export const undoSignOffBodySchema = z.object({});
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
    /** Given through an emailed update request (the lead's link), not from a signed-in account. */
    viaUpdateRequest: z.boolean(),
    /** Given as "No change since last month": its note is that statement, not a copied note. */
    noChange: z.boolean(),
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

/** The history an action brings from the earlier plans it was carried forward from, latest plan first. */
export const earlierHistorySchema = z
  .object({
    plans: z.array(
      z.object({
        plan: z.object({ id: idSchema, title: z.string(), periodStart: monthSchema, periodEnd: monthSchema }),
        action: z.object({ id: idSchema, ref: z.string(), title: z.string(), status: statusSchema }),
        updates: z.array(statusUpdateSchema),
      }),
    ),
  })
  .meta({ id: 'EarlierHistory' });
export type EarlierHistory = z.infer<typeof earlierHistorySchema>;

/** A recorded update and the action as it now stands (its version is the new ETag). */
export const statusUpdateReplySchema = z
  .object({ update: statusUpdateSchema, action: actionSchema })
  .meta({ id: 'StatusUpdateReply' });
export type StatusUpdateReply = z.infer<typeof statusUpdateReplySchema>;

/** One action's update in a one-page round: the version the page was shown is its If-Match. */
export const statusUpdateEntrySchema = createStatusUpdateBodySchema.extend({
  actionId: idSchema,
  version: versionSchema,
});
export type StatusUpdateEntry = z.infer<typeof statusUpdateEntrySchema>;

/** Several actions' updates, saved together in one transaction: all of them, or none. */
export const statusUpdateBatchBodySchema = z.object({
  updates: z
    .array(statusUpdateEntrySchema)
    .min(1, 'Choose a status for at least one action')
    .max(300)
    .refine((u) => new Set(u.map((e) => e.actionId)).size === u.length, 'Give each action once'),
});
export type StatusUpdateBatchBody = z.infer<typeof statusUpdateBatchBodySchema>;

export const statusUpdateBatchReplySchema = z
  .object({ results: z.array(statusUpdateReplySchema) })
  .meta({ id: 'StatusUpdateBatchReply' });
export type StatusUpdateBatchReply = z.infer<typeof statusUpdateBatchReplySchema>;

/** `error.details` of a batch's 409: each action someone else changed, as it now stands. */
export const statusUpdateBatchConflictSchema = z.object({
  conflicts: z.array(z.object({ actionId: idSchema, action: actionSchema })),
});
export type StatusUpdateBatchConflict = z.infer<typeof statusUpdateBatchConflictSchema>;
