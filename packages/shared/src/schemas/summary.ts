import { z } from 'zod';
import { isoDateSchema, monthSchema, planMonthSchema } from '../month';
import { actionPositionShape } from '../position';
import { statusSchema } from '../status';
import { idSchema } from './common';
import { personRefSchema } from './person';
import { reportingCadenceSchema, statusCountsSchema } from './plan';

/** An action as a summary lists it: enough to read the line and follow the link. */
export const actionBriefSchema = z
  .object({
    id: idSchema,
    ref: z.string(),
    title: z.string(),
    ...actionPositionShape,
  })
  .meta({ id: 'ActionBrief' });
export type ActionBrief = z.infer<typeof actionBriefSchema>;

/** A month as a summary reads it: final once closed, provisional while open. */
export const PERIOD_STATES_SEEN = ['open', 'closed', 'not-opened'] as const;
export type PeriodStateSeen = (typeof PERIOD_STATES_SEEN)[number];

export const WARNING_KINDS = [
  'on-track-past-new-date',
  'on-track-past-original-date',
  'amber-for-three-periods',
  'note-unchanged',
  'revised-date-passed',
  'red-without-new-date',
] as const;
export const warningKindSchema = z.enum(WARNING_KINDS);

const groupCountsSchema = z.object({
  id: idSchema,
  ref: z.string(),
  title: z.string(),
  counts: statusCountsSchema,
  total: z.number().int(),
});

export const movementSchema = z.object({
  /** from → to → how many actions moved so between the previous period and this one. */
  matrix: z.record(statusSchema, z.record(statusSchema, z.number().int())),
  improved: z.array(actionBriefSchema),
  worsened: z.array(actionBriefSchema),
  newlyBlue: z.array(actionBriefSchema),
  newlyRed: z.array(actionBriefSchema),
});

/** A priority's part of the monthly round: updates due this period by its group's cadence, and received. */
export const priorityRoundSchema = z.object({
  id: idSchema,
  ref: z.string(),
  title: z.string(),
  deliveryGroup: z.string().nullable(),
  cadence: reportingCadenceSchema,
  /** Its group also reports "by exception": off-cadence, its actions in trouble are due. */
  byException: z.boolean().default(false),
  due: z.number().int(),
  received: z.number().int(),
  missing: z.number().int(),
});
export type PriorityRound = z.infer<typeof priorityRoundSchema>;

export const planPeriodSummarySchema = z
  .object({
    planId: idSchema,
    period: monthSchema,
    /**
     * Closed months are final; an open one is provisional (updates still coming in, unchecked); a
     * month never opened is as the plan stood. Null in reports taken before months were marked.
     */
    periodState: z.enum(PERIOD_STATES_SEEN).nullable(),
    /** The open month's deadline for updates. */
    deadline: isoDateSchema.nullable(),
    previousPeriod: monthSchema,
    total: z.number().int(),
    totals: statusCountsSchema,
    /** Share of actions Blue, 0 to 1. */
    completion: z.number(),
    byPriority: z.array(groupCountsSchema),
    byOutcome: z.array(groupCountsSchema.extend({ priorityRef: z.string() })),
    movement: movementSchema,
    /** Behind their dates (`isBehind`): past the original date, or the new one. */
    overdue: z.array(actionBriefSchema),
    /** Carried forward to the plan that follows (from the plan's last month on): followed there, not here. */
    carriedForward: z.array(actionBriefSchema),
    awaitingSignOff: z.array(actionBriefSchema),
    /** Actions due an update this period, by their group's cadence, with none yet. */
    missing: z.array(z.object({ action: actionBriefSchema, leads: z.array(personRefSchema) })),
    /** Updates due and received this period, per priority (empty in reports frozen before it was counted). */
    round: z.array(priorityRoundSchema),
    warnings: z.array(z.object({ kind: warningKindSchema, message: z.string(), action: actionBriefSchema })),
    /** The status mix at the end of each month from the plan's start to this period. */
    trend: z.array(z.object({ period: monthSchema, counts: statusCountsSchema })),
    /** Counts per partner organisation of the actions' leads (an action led by two counts in both). */
    byOrganisation: z.array(
      z.object({ name: z.string(), counts: statusCountsSchema, total: z.number().int() }),
    ),
    /** The KPI scorecard in brief: each KPI's latest value by this period, as judged. */
    kpis: z.object({
      total: z.number().int(),
      onTarget: z.number().int(),
      nearTarget: z.number().int(),
      offTarget: z.number().int(),
      notJudged: z.number().int(),
    }),
  })
  .meta({ id: 'PlanPeriodSummary' });
export type PlanPeriodSummary = z.infer<typeof planPeriodSummarySchema>;

export const summaryQuerySchema = z.object({ period: planMonthSchema.optional() });
