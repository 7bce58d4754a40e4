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
