import {
  dueWords,
  formatMonth,
  formatValue,
  type KpiUnit,
  lateness,
  type PublicAction,
  type PublicKpi,
  type PublicLead,
  STATUS_DEFINITIONS,
  targetValueWords,
} from '@ragboard/shared';

/** "Head of SEND, Lancashire County Council": a name only when the plan shows names. */
export function leadName(lead: PublicLead): string {
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

/** "Not known.", or the starting point in its unit. */
export function baselineWords(kpi: Pick<PublicKpi, 'baseline' | 'unit'>): string {
  return kpi.baseline === null ? 'Not known.' : formatValue(kpi.baseline, kpi.unit);
}

/** "55%, from June 2023.": a level in the unit, or a change from the baseline. */
export function targetWords(kpi: Pick<PublicKpi, 'target' | 'targetKind' | 'unit'>): string {
  if (!kpi.target) return 'No target yet.';
  return `${targetValueWords(kpi, kpi.target.value)}, from ${formatMonth(kpi.target.month)}.`;
}

/** "54% in July 2023." */
export function latestWords(latest: NonNullable<PublicKpi['latest']>, unit: KpiUnit): string {
  return `${formatValue(latest.value, unit)} in ${formatMonth(latest.month)}.`;
}
