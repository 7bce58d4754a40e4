import { z } from 'zod';
import { isoDateSchema, monthSchema } from '../month';
import { idSchema } from './common';
import { actionNodeSchema } from './plan';

/** One of the signed-in lead's actions, as the month's to-do list shows it. */
export const myActionSchema = z
  .object({
    action: actionNodeSchema,
    plan: z.object({ id: idSchema, title: z.string() }),
    outcomeRef: z.string(),
    priorityRef: z.string(),
    /** The period updates go to (the plan's current period). */
    period: monthSchema.nullable(),
    /** When that period's updates are due; null without one (a plan that keeps no periods). */
    deadline: isoDateSchema.nullable().default(null),
    /** Has an update (any, even awaiting sign-off) for that period. */
    updated: z.boolean(),
    /** Due an update this period by its delivery group's cadence, and not yet given. */
    needsUpdate: z.boolean(),
    /** Not Blue and due this month or next. */
    dueSoon: z.boolean(),
    /** Why it is on the list: leads it, or leads the priority's delivery group. */
    as: z.enum(['lead', 'delivery-group-lead']),
  })
  .meta({ id: 'MyAction' });
export type MyAction = z.infer<typeof myActionSchema>;

export const myActionsSchema = z.object({ items: z.array(myActionSchema) }).meta({ id: 'MyActions' });
export type MyActions = z.infer<typeof myActionsSchema>;
