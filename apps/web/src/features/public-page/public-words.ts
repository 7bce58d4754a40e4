import {
  dueWords,
  formatMonth,
  lateness,
  type PublicAction,
  type PublicLead,
  STATUS_DEFINITIONS,
} from '@ragboard/shared';

/** "Head of SEND, Lancashire County Council": a name only when the plan shows names. */
export function leadWords(lead: PublicLead): string {
  return [lead.name, lead.role, lead.organisation].filter(Boolean).join(', ') || 'A partner in the plan';
}

/** "On target in May 2024.", or "Not started yet." for an action with no update. */
export function statusWords(action: Pick<PublicAction, 'status' | 'statusMonth'>): string {
  const label = STATUS_DEFINITIONS[action.status].label;
  if (!action.statusMonth) return action.status === 'Grey' ? 'Not started yet.' : `${label}.`;
  return `${label} in ${formatMonth(action.statusMonth)}.`;
}

type Dated = Pick<PublicAction, 'status' | 'dueMonth' | 'newDate' | 'pastOriginalDate' | 'pastNewDate'>;

/** What being behind means, for anyone: nothing when the action is within its dates or done. */
const BEHIND_WORDS: Partial<Record<ReturnType<typeof lateness>, string>> = {
  'past-new-date': 'It is later than its new completion date.',
  'no-new-date': 'It is later than planned, and no new date has been agreed yet.',
  'new-date-agreed': 'It is later than first planned, and a new date has been agreed.',
};

/**
 * "Due May 2025, new date 31 May 2027. It is later than first planned, and a new date has been
 * agreed.", or null for an action with no date to show. The public page carries no carried-forward
 * actions of its own plan, so none reads as carried.
 */
export function datesWords(action: Dated): string | null {
  if (!action.dueMonth && !action.newDate) return null;
  const behind = BEHIND_WORDS[lateness({ ...action, carriedForward: false })];
  const dates = dueWords({ ...action, dueText: null });
  return behind ? `${dates}. ${behind}` : `${dates}.`;
}
