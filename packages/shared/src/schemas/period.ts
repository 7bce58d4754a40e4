import { z } from 'zod';
import { isoDateSchema, monthSchema, planMonthSchema } from '../month';
import { idSchema } from './common';
import { reminderPointSchema } from './reminder-schedule';

export const PERIOD_STATES = ['open', 'closed'] as const;

/** A month of the plan that the manager opens for updates, with a deadline, and later closes. */
export const periodSchema = z
  .object({
    month: monthSchema,
    state: z.enum(PERIOD_STATES),
    deadline: isoDateSchema,
    graceDays: z.number().int().nonnegative(),
    openedAt: z.iso.datetime(),
    closedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Period' });
export type Period = z.infer<typeof periodSchema>;

export const periodListSchema = z.object({ periods: z.array(periodSchema) }).meta({ id: 'PeriodList' });

export const openPeriodBodySchema = z.object({
  month: planMonthSchema,
  deadline: isoDateSchema,
  graceDays: z.number().int().min(0).max(31, 'Grace is at most 31 days').default(5),
});
export type OpenPeriodBody = z.infer<typeof openPeriodBodySchema>;

export const periodParamsSchema = z.object({ planId: idSchema, month: planMonthSchema });
/** One lead in a period of a plan (chasing their updates on the round). */
export const periodLeadParamsSchema = periodParamsSchema.extend({ personId: idSchema });

/**
 * What closing a month ends, for the manager to read before closing it: the updates still missing
 * (they can no longer be given), the deadline while it has not passed, the live personal links that
 * stop working, and the scheduled reminders that will not go.
 */
export const periodClosePreviewSchema = z
  .object({
    month: monthSchema,
    /** The month's deadline while it has not passed; null once it has. */
    deadline: isoDateSchema.nullable(),
    missingUpdates: z.array(
      z.object({
        action: z.object({ id: idSchema, ref: z.string(), title: z.string() }),
        leads: z.array(z.object({ id: idSchema, name: z.string() })),
      }),
    ),
    /** Each lead holding live update-request links for the month, and how many. */
    liveLinks: z.array(
      z.object({ personId: idSchema, name: z.string(), links: z.number().int().positive() }),
    ),
    remindersToCancel: z.array(reminderPointSchema),
  })
  .meta({ id: 'PeriodClosePreview' });
export type PeriodClosePreview = z.infer<typeof periodClosePreviewSchema>;
