import { formatMonth, type PublicAction, type PublicLead, STATUS_DEFINITIONS } from '@ragboard/shared';

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
