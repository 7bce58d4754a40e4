import { z } from 'zod';
import { isoDateSchema, monthSchema } from '../month';
import { statusSchema } from '../status';
import { idSchema } from './common';
import { actionNodeSchema } from './plan';

/**
 * One action on a lead's one-page round: the action as it stands, what its lead said last time
 * (so the note is edited rather than typed again), and this period's update if one was given.
 */
export const updateSheetItemSchema = z
  .object({
    action: actionNodeSchema,
    outcomeRef: z.string(),
    /** The latest update before this period. */
    previous: z.object({ period: monthSchema, status: statusSchema, note: z.string().nullable() }).nullable(),
    /** This period's latest update, if given already: saving again corrects it, history kept. */
    given: z
      .object({
        status: statusSchema,
        note: z.string().nullable(),
        revisedDue: isoDateSchema.nullable(),
        createdAt: z.iso.datetime(),
      })
      .nullable(),
  })
  .meta({ id: 'UpdateSheetItem' });
export type UpdateSheetItem = z.infer<typeof updateSheetItemSchema>;

/** A plan's actions due an update from one person in its current period. */
export const updateSheetSectionSchema = z
  .object({
    plan: z.object({ id: idSchema, title: z.string() }),
    period: monthSchema,
    deadline: isoDateSchema.nullable(),
    items: z.array(updateSheetItemSchema),
  })
  .meta({ id: 'UpdateSheetSection' });
export type UpdateSheetSection = z.infer<typeof updateSheetSectionSchema>;

/** Everything one person has due an update, one section a plan: the whole month on one page. */
export const updateSheetSchema = z
  .object({
    person: z.object({ id: idSchema, name: z.string() }),
    sections: z.array(updateSheetSectionSchema),
  })
  .meta({ id: 'UpdateSheet' });
export type UpdateSheet = z.infer<typeof updateSheetSchema>;
