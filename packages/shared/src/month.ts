import { z } from 'zod';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** A calendar month on the wire: "YYYY-MM". */
export const monthSchema = z.string().regex(MONTH, 'Expected a month as YYYY-MM, for example 2023-02');
export type Month = z.infer<typeof monthSchema>;

/**
 * A month a request may name for a plan: within 2000-2099, so month arithmetic stays four-digit
 * and month-by-month work (a summary's trend runs from the plan's start) stays small.
 */
export const planMonthSchema = monthSchema.refine(
  (month) => !MONTH.test(month) || (month >= '2000-01' && month <= '2099-12'),
  'Expected a month between 2000-01 and 2099-12',
);

/** PostgreSQL (like the calendar) has no year 0: "0000-01-01" would fail the query. */
export const notYearZero = (value: string) => !value.startsWith('0000');

/** A calendar date on the wire: "YYYY-MM-DD", and a real one (no 31 February). */
export const isoDateSchema = z.iso
  .date({ message: 'Expected a date as YYYY-MM-DD, for example 2023-02-28' })
  .refine(notYearZero, 'There is no year 0');
export type IsoDate = z.infer<typeof isoDateSchema>;

export function monthOf(date: Date): Month {
  return date.toISOString().slice(0, 7);
}

export function addMonths(month: Month, count: number): Month {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (mon - 1) + count;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/** Months from `from` to `to` inclusive, in order; empty when `to` is before `from`. */
export function monthsBetween(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** The month's last day as "YYYY-MM-DD". */
export function lastDayOfMonth(month: Month): IsoDate {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, mon, 0)).toISOString().slice(0, 10);
}

/** "2023-02" → "February 2023", as the UI and reports say it. */
export function formatMonth(month: Month): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, mon - 1, 1)).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "2027-02-28" → "28 February 2027", as GOV.UK writes dates. */
export function formatDate(date: IsoDate): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
