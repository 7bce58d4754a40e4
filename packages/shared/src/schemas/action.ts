import { z } from 'zod';
import { isoDateSchema, monthSchema, planMonthSchema } from '../month';
import { hasChanges, idSchema, itemRefSchema, positionSchema, refSchema, titleSchema } from './common';
import { actionNodeSchema } from './plan';

/** The action as the tree shows it, with where it sits in the plan. */
export const actionSchema = actionNodeSchema
  .extend({
    planId: idSchema,
    position: z.number().int(),
    outcome: itemRefSchema,
    /** Its priority, and the person who leads that priority's delivery group (who may update and sign off). */
    priority: itemRefSchema.extend({ deliveryGroupLeadId: idSchema.nullable() }),
    archivedAt: z.iso.datetime().nullable(),
    /** The month an update goes to now: its plan's current period, null when every period is closed. */
    currentPeriod: monthSchema.nullable(),
    /** The month its position is read at: its plan's (`planMonth`). */
    month: monthSchema,
  })
  .meta({ id: 'Action' });
export type Action = z.infer<typeof actionSchema>;

/** People who lead the action, in the order the plan names them. */
export const leadIdsSchema = z
  .array(idSchema)
  .min(1, 'Name at least one lead')
  .max(20)
  .refine((ids) => new Set(ids).size === ids.length, 'Name each lead once');

/** Due a month, or when something in words happens ("Dependent on sustainability"), or neither. */
const dueFields = {
  dueMonth: planMonthSchema.nullable(),
  dueText: z.string().trim().min(1, 'Enter when the action is due').max(300).nullable(),
};
const oneDue = {
  check: (b: { dueMonth?: string | null; dueText?: string | null }) => !(b.dueMonth && b.dueText),
  issue: { path: ['dueText'], message: 'Give a due month or a due condition in words, not both' },
};

export const createActionBodySchema = z
  .object({
    ref: refSchema,
    title: titleSchema,
    dueMonth: dueFields.dueMonth.optional(),
    dueText: dueFields.dueText.optional(),
    leadIds: leadIdsSchema,
  })
  .refine(oneDue.check, oneDue.issue);
export type CreateActionBody = z.infer<typeof createActionBodySchema>;

/** A new outcomeId moves the action to another outcome of the same plan. */
export const updateActionBodySchema = z
  .object({
    ref: refSchema,
    title: titleSchema,
    ...dueFields,
    leadIds: leadIdsSchema,
    outcomeId: idSchema,
    position: positionSchema,
  })
  .partial()
  .refine(hasChanges, 'Nothing to change')
  .refine(oneDue.check, oneDue.issue);
export type UpdateActionBody = z.infer<typeof updateActionBodySchema>;

export const actionParamsSchema = z.object({ actionId: idSchema });

/**
 * The manager sets (or clears, with null) the new completion date in force from the plan's current
 * month, saying why: a date agreed at a board or a stocktake rather than given with a lead's Red.
 */
export const setNewDateBodySchema = z.object({
  date: isoDateSchema.nullable(),
  reason: z.string().trim().min(1, 'Say why the date changes').max(2000),
});
export type SetNewDateBody = z.infer<typeof setNewDateBodySchema>;
