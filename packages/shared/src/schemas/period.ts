import { z } from 'zod';
import { isoDateSchema, monthSchema, planMonthSchema } from '../month';
import { idSchema } from './common';

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
