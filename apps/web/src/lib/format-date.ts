import type { IsoDate } from '@ragboard/shared';

/** "2027-02-28" → "28 February 2027", as GOV.UK writes dates. */
export function formatDate(date: IsoDate): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "2027-02-28T10:00:00.000Z" → "28 February 2027", the day as it was in the UK. */
export function formatDay(dateTime: string): string {
  return new Date(dateTime).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  });
}
