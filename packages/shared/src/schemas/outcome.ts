import { z } from 'zod';
import { hasChanges, idSchema, positionSchema, refSchema, titleSchema, versionSchema } from './common';
import { personRefSchema } from './person';

export const outcomeSchema = z
  .object({
    id: idSchema,
    planId: idSchema,
    priorityId: idSchema,
    ref: z.string(),
    title: z.string(),
    position: z.number().int(),
    lead: personRefSchema.nullable(),
    archivedAt: z.iso.datetime().nullable(),
    version: versionSchema,
  })
  .meta({ id: 'Outcome' });
export type Outcome = z.infer<typeof outcomeSchema>;

export const createOutcomeBodySchema = z.object({
  ref: refSchema,
  title: titleSchema,
  leadId: idSchema.nullable().optional(),
});
export type CreateOutcomeBody = z.infer<typeof createOutcomeBodySchema>;

/** A new priorityId moves the outcome, with its actions, to another priority of the same plan. */
export const updateOutcomeBodySchema = z
  .object({
    ref: refSchema,
    title: titleSchema,
    leadId: idSchema.nullable(),
    priorityId: idSchema,
    position: positionSchema,
  })
  .partial()
  .refine(hasChanges, 'Nothing to change');
export type UpdateOutcomeBody = z.infer<typeof updateOutcomeBodySchema>;

export const outcomeParamsSchema = z.object({ outcomeId: idSchema });
