import type { IsoDate } from '@ragboard/shared';

const DAY_MS = 86_400_000;

/** A date `days` after an ISO date (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The last day a period takes updates by link: its deadline plus its days of grace. */
export function lastDayForUpdates(period: { deadline: IsoDate; graceDays: number }): IsoDate {
  return addDays(period.deadline, period.graceDays);
}

/** The end of that day (UTC): an update request's link stops working then. */
export function updatesCloseAt(period: { deadline: IsoDate; graceDays: number }): Date {
  return new Date(`${lastDayForUpdates(period)}T23:59:59.999Z`);
}
