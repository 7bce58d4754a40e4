import { z } from 'zod';
import { hasChanges, idSchema, positionSchema, refSchema, titleSchema, versionSchema } from './common';
import { deliveryGroupSchema, reportingCadenceSchema } from './plan';

export const deliveryGroupBodySchema = z
  .object({
    name: z.string().trim().min(1, 'Enter the group’s name').max(300).nullable(),
    leadId: idSchema.nullable(),
    leadRole: z.string().trim().min(1, 'Enter the lead’s role').max(300).nullable(),
    reportingCadence: reportingCadenceSchema,
    byException: z.boolean(),
  })
  .partial();
export type DeliveryGroupBody = z.infer<typeof deliveryGroupBodySchema>;

export const prioritySchema = z
  .object({
    id: idSchema,
    planId: idSchema,
    ref: z.string(),
    title: z.string(),
    position: z.number().int(),
    deliveryGroup: deliveryGroupSchema,
    archivedAt: z.iso.datetime().nullable(),
    version: versionSchema,
  })
  .meta({ id: 'Priority' });
export type Priority = z.infer<typeof prioritySchema>;

export const createPriorityBodySchema = z.object({
  ref: refSchema,
  title: titleSchema,
  deliveryGroup: deliveryGroupBodySchema.optional(),
});
export type CreatePriorityBody = z.infer<typeof createPriorityBodySchema>;

export const updatePriorityBodySchema = z
  .object({
    ref: refSchema,
    title: titleSchema,
    deliveryGroup: deliveryGroupBodySchema,
    position: positionSchema,
  })
  .partial()
  .refine(hasChanges, 'Nothing to change');
export type UpdatePriorityBody = z.infer<typeof updatePriorityBodySchema>;

export const priorityParamsSchema = z.object({ priorityId: idSchema });
