import type { PublicItemKind } from '@ragboard/shared';
import { useQuery } from '@tanstack/react-query';
import { useCurrentSession } from '../../components/require-session';
import { canRecordValues } from '../../lib/can-record-values';
import { actionQueryOptions } from '../../lib/queries/get-action';
import { kpiQueryOptions } from '../../lib/queries/get-kpi';

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
