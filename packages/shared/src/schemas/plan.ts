import { z } from 'zod';
import { monthSchema, planMonthSchema } from '../month';
import { actionPositionShape } from '../position';
import { STATUSES } from '../status';
import { hasChanges, idSchema, titleSchema, versionSchema } from './common';
import { personRefSchema } from './person';

/** Closed: finished, with its summary of progress; read-only but browsable. */
export const PLAN_STATES = ['draft', 'active', 'closed', 'archived'] as const;
export const planStateSchema = z.enum(PLAN_STATES);
export type PlanState = z.infer<typeof planStateSchema>;

export const REPORTING_CADENCES = ['monthly', 'quarterly'] as const;
export const reportingCadenceSchema = z.enum(REPORTING_CADENCES);
export type ReportingCadence = z.infer<typeof reportingCadenceSchema>;

export const statusCountsSchema = z.object(
  Object.fromEntries(STATUSES.map((s) => [s, z.number().int().nonnegative()])) as Record<
    (typeof STATUSES)[number],
    z.ZodNumber
  >,
);

export const actionNodeSchema = z
  .object({
    id: idSchema,
    ref: z.string(),
    title: z.string(),
    leads: z.array(personRefSchema),
    ...actionPositionShape,
    version: versionSchema,
  })
  .meta({ id: 'ActionNode' });
export type ActionNode = z.infer<typeof actionNodeSchema>;

export const outcomeNodeSchema = z
  .object({
    id: idSchema,
    ref: z.string(),
    title: z.string(),
    lead: personRefSchema.nullable(),
    actions: z.array(actionNodeSchema),
    version: versionSchema,
  })
  .meta({ id: 'OutcomeNode' });
export type OutcomeNode = z.infer<typeof outcomeNodeSchema>;

export const deliveryGroupSchema = z
  .object({
    name: z.string().nullable(),
    leadRole: z.string().nullable(),
    lead: personRefSchema.nullable(),
    reportingCadence: reportingCadenceSchema,
    byException: z.boolean(),
  })
  .meta({ id: 'DeliveryGroup' });
export type DeliveryGroup = z.infer<typeof deliveryGroupSchema>;

export const priorityNodeSchema = z
  .object({
    id: idSchema,
    ref: z.string(),
    title: z.string(),
    deliveryGroup: deliveryGroupSchema,
    outcomes: z.array(outcomeNodeSchema),
    version: versionSchema,
  })
  .meta({ id: 'PriorityNode' });
export type PriorityNode = z.infer<typeof priorityNodeSchema>;

export const planSchema = z
  .object({
    id: idSchema,
    slug: z.string(),
    title: z.string(),
    periodStart: monthSchema,
    periodEnd: monthSchema,
    state: planStateSchema,
    /** The plan this one follows in the chain (it carried actions forward from it). */
    predecessorId: idSchema.nullable(),
    /** A Blue is signed off only once a file of evidence is attached to its update. */
    signOffNeedsEvidence: z.boolean(),
    version: versionSchema,
  })
  .meta({ id: 'Plan' });
export type Plan = z.infer<typeof planSchema>;

export const planSummarySchema = planSchema
  .extend({
    currentPeriod: monthSchema.nullable(),
    /** The month its counts and its actions' positions are read at (`planMonth`). */
    month: monthSchema,
    actionCount: z.number().int().nonnegative(),
    counts: statusCountsSchema,
    /** Actions behind their dates at that month (`isBehind`). */
    overdue: z.number().int().nonnegative(),
    /** The plan started from this one, if any. */
    successorId: idSchema.nullable(),
  })
  .meta({ id: 'PlanSummary' });
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const planListSchema = z.object({ plans: z.array(planSummarySchema) }).meta({ id: 'PlanList' });
export type PlanList = z.infer<typeof planListSchema>;

export const planTreeSchema = planSummarySchema
  .extend({ priorities: z.array(priorityNodeSchema) })
  .meta({ id: 'PlanTree' });
export type PlanTree = z.infer<typeof planTreeSchema>;

export const planParamsSchema = z.object({ planId: idSchema });

/** The month to read a plan's actions at (default: the plan's own month, `planMonth`). */
export const planTreeQuerySchema = z.object({ period: planMonthSchema.optional() });

/** A plan's address in URLs: lower-case words joined by hyphens. */
export const slugSchema = z
  .string()
  .trim()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens');

const periodInOrder = {
  check: (p: { periodStart?: string; periodEnd?: string }) =>
    !p.periodStart || !p.periodEnd || p.periodStart <= p.periodEnd,
  issue: { path: ['periodEnd'], message: 'The plan must end in or after the month it starts' },
};

export const createPlanBodySchema = z
  .object({
    title: titleSchema,
    periodStart: planMonthSchema,
    periodEnd: planMonthSchema,
    slug: slugSchema.optional(),
  })
  .refine(periodInOrder.check, periodInOrder.issue);
export type CreatePlanBody = z.infer<typeof createPlanBodySchema>;

/** A plan is closed and archived by their own requests, never by PATCH. */
export const updatePlanBodySchema = z
  .object({
    title: titleSchema,
    periodStart: planMonthSchema,
    periodEnd: planMonthSchema,
    state: planStateSchema.exclude(['closed', 'archived']),
    signOffNeedsEvidence: z.boolean(),
  })
  .partial()
  .refine(hasChanges, 'Nothing to change')
  .refine(periodInOrder.check, periodInOrder.issue);
export type UpdatePlanBody = z.infer<typeof updatePlanBodySchema>;
