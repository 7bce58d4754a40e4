import type { Month } from '@ragboard/shared';

/** Query keys for the monthly round, broadest first, so one invalidation reaches the whole round. */
export const roundKeys = {
  all: ['monthly-round'] as const,
  myActions: () => [...roundKeys.all, 'my-actions'] as const,
  myUpdateSheet: () => [...roundKeys.all, 'my-update-sheet'] as const,
  reminders: (planId: string, period: Month) => [...roundKeys.plan(planId), 'reminders', period] as const,
  reminderSchedule: (planId: string) => [...roundKeys.plan(planId), 'reminder-schedule'] as const,
  plan: (planId: string) => [...roundKeys.all, 'plan', planId] as const,
  summary: (planId: string, period: Month | null) => [...roundKeys.plan(planId), 'summary', period] as const,
  periods: (planId: string) => [...roundKeys.plan(planId), 'periods'] as const,
  outbox: (planId: string, period: Month) => [...roundKeys.plan(planId), 'outbox', period] as const,
  reminderPreview: (planId: string, period: Month, personId: string) =>
    [...roundKeys.plan(planId), 'reminder-preview', period, personId] as const,
  closePreview: (planId: string, period: Month) =>
    [...roundKeys.plan(planId), 'close-preview', period] as const,
};
