import { z } from 'zod';
import { planMonthSchema } from '../month';
import { idSchema, refSchema, titleSchema } from './common';
import { planSchema, slugSchema } from './plan';

/** A priority or outcome that continues into the next plan, renamed or renumbered if the manager says so. */
const continuingItemSchema = z.object({
  id: idSchema,
  ref: refSchema.optional(),
  title: titleSchema.optional(),
});

/**
 * "Start the next plan" from an active plan: its title and months, which priorities and outcomes
 * continue (default: all), which unfinished actions carry forward (default: every action not Blue),
 * and each KPI's new baseline (default: its latest actual). People and organisations are shared.
 */
export const startNextPlanBodySchema = z
  .object({
    title: titleSchema,
    periodStart: planMonthSchema,
    periodEnd: planMonthSchema,
    slug: slugSchema.optional(),
    priorities: z.array(continuingItemSchema).max(500).optional(),
    outcomes: z.array(continuingItemSchema).max(2000).optional(),
    actionIds: z.array(idSchema).max(10_000).optional(),
    kpis: z
      .array(
        z.object({
          id: idSchema,
          /** The new baseline; null: no figure (the baseline's words are kept). */
          baselineValue: z.number().finite().nullable(),
        }),
      )
      .max(2000)
      .optional(),
  })
  .refine((b) => b.periodStart <= b.periodEnd, {
    path: ['periodEnd'],
    message: 'The plan must end in or after the month it starts',
  });
export type StartNextPlanBody = z.infer<typeof startNextPlanBodySchema>;

/** The new plan (a draft, to be checked and made active) and what it took from the old one. */
export const nextPlanStartedReplySchema = z
  .object({
    plan: planSchema,
    carried: z.object({
      priorities: z.number().int().nonnegative(),
      outcomes: z.number().int().nonnegative(),
      actions: z.number().int().nonnegative(),
      kpis: z.number().int().nonnegative(),
      findings: z.number().int().nonnegative(),
    }),
  })
  .meta({ id: 'NextPlanStarted' });
export type NextPlanStartedReply = z.infer<typeof nextPlanStartedReplySchema>;
