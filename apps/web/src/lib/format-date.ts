export { formatDate } from '@ragboard/shared';

/** "2027-02-28T10:00:00.000Z" → "28 February 2027", the day as it was in the UK. */
export function formatDay(dateTime: string): string {
  return new Date(dateTime).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  });
}

/** "2026-11-24T10:00:00.000Z" → "24 November 2026 at 10:00", as it was in the UK. */
export function formatDayTime(dateTime: string): string {
  return new Date(dateTime).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/London',
  });
}
