import type { PublicItemKind } from '@ragboard/shared';
import { useQuery } from '@tanstack/react-query';
import { actionQueryOptions } from '../actions/api/get-action';
import { useCurrentSession } from '../auth/require-session';
import { kpiQueryOptions } from '../kpis/api/get-kpi';
import { canRecordValues } from '../kpis/can-record-values';

/** The manager, an action's lead or a KPI's owner writes its summary; nobody else is shown the form. */
export function useMayWriteSummary(kind: PublicItemKind, itemId: string): boolean {
  const { user } = useCurrentSession();
  const isLead = user.role === 'lead';
  const action = useQuery({ ...actionQueryOptions(itemId), enabled: isLead && kind === 'action' });
  const kpi = useQuery({ ...kpiQueryOptions(itemId), enabled: isLead && kind === 'kpi' });
  if (user.role === 'manager') return true;
  if (!isLead) return false;
  if (kind === 'action') return action.data?.leads.some((lead) => lead.id === user.personId) ?? false;
  return kpi.data ? canRecordValues(user, kpi.data) : false;
}
