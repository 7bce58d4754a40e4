import { formatDate, type IsoDate, type Month, type OutboxMessage } from '@ragboard/shared';

/** A title's first line, for links and headings: the plan writes bullet lists inside titles. */
export function firstLine(title: string): string {
  return title.split('\n')[0]?.trim() ?? title;
}

export const OUTBOX_STATE_WORDS: Record<OutboxMessage['state'], string> = {
  queued: 'Waiting to send',
  sent: 'Sent',
  failed: 'Failed',
  not_sent: 'Not sent: no mail server',
};

/** "1 email" or "3 emails". */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "31 December", with the year only when it is not the month's own ("5 January 2027" for December 2026). */
export function deadlineWords(deadline: IsoDate, month: Month): string {
  const words = formatDate(deadline);
  return deadline.slice(0, 4) === month.slice(0, 4) ? words.replace(/ \d{4}$/, '') : words;
}
