import { z } from 'zod';
import { planMonthSchema } from '../month';
import { idSchema } from './common';
import { planSchema } from './plan';

const reasonSchema = z
  .string()
  .trim()
  .min(1, 'Enter why the unfinished actions close')
  .max(2000, 'Reason must be 2000 characters or fewer');

/**
 * Closing a plan: the month its summary of progress is taken at (default: its last month, or this
 * month if sooner), and why each unfinished action closes: one reason for all, or one per action.
 */
export const closePlanBodySchema = z.object({
  period: planMonthSchema.optional(),
  reason: reasonSchema.optional(),
  reasons: z.record(idSchema, reasonSchema).optional(),
});
export type ClosePlanBody = z.infer<typeof closePlanBodySchema>;

/** The closed plan (its version is the new ETag) and its frozen summary of progress. */
export const planClosedReplySchema = z
  .object({ plan: planSchema, summaryReportId: idSchema })
  .meta({ id: 'PlanClosed' });
export type PlanClosedReply = z.infer<typeof planClosedReplySchema>;
