import { type ActionNode, formatMonth, type OutboxMessage } from '@ragboard/shared';

/** When the action is due, in the plan's words: a month, a condition, or none. */
export function dueWords(action: Pick<ActionNode, 'dueMonth'> & { dueText?: string | null }): string {
  if (action.dueMonth) return formatMonth(action.dueMonth);
  return action.dueText ?? 'None';
}

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
