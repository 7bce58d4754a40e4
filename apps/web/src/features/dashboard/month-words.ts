import { formatMonth, type PlanPeriodSummary } from '@ragboard/shared';
import { deadlineWords } from '../../lib/round-words';
import type { MonthReason, MonthState } from './dashboard-month';

// My actions says when updates are due in the same words.
export { deadlineWords };

/** "December 2026 is provisional: 10 of 15 updates in, due by 31 December". */
export function provisionalWords(summary: Pick<PlanPeriodSummary, 'period' | 'deadline' | 'round'>): string {
  const due = summary.round.reduce((sum, p) => sum + p.due, 0);
  const received = summary.round.reduce((sum, p) => sum + p.received, 0);
  const by = summary.deadline ? `, due by ${deadlineWords(summary.deadline, summary.period)}` : '';
  const updates = due === 0 ? 'no updates are due' : `${received} of ${due} updates in`;
  return `${formatMonth(summary.period)} is provisional: ${updates}${by}`;
}

/** How the picker and the links name a month's state. */
export const MONTH_STATE_WORDS: Record<MonthState, string> = {
  open: 'still open and provisional',
  closed: 'closed',
  'not-opened': 'not opened for updates',
};

/** Why this month is the one shown; nothing when it was chosen, as the URL says so. */
export function reasonWords(reason: MonthReason, state: PlanPeriodSummary['periodState']): string | null {
  if (reason === 'latest-closed') {
    return 'Board and forum members see the latest closed month first: the board’s packs are drafted from it.';
  }
  if (reason === 'chosen') return null;
  if (state === 'open') return 'This is the month open for updates.';
  if (state === 'closed') return 'This is the plan’s last month.';
  return 'No month has been closed yet, so this is the plan as it stands.';
}
