import type { PublicItemKind } from '@ragboard/shared';
import { useQuery } from '@tanstack/react-query';
import { actionQueryOptions } from '../../lib/queries/get-action';
import { kpiQueryOptions } from '../../lib/queries/get-kpi';
import { useRights } from '../../lib/use-rights';

/**
 * The manager, an action's lead (or its delivery group's lead) or a KPI's owner writes its summary,
 * as the API decides; nobody else is shown the form.
 */
export function useMayWriteSummary(kind: PublicItemKind, itemId: string): boolean {
  const rights = useRights();
  const action = useQuery({ ...actionQueryOptions(itemId), enabled: rights.lead && kind === 'action' });
  const kpi = useQuery({ ...kpiQueryOptions(itemId), enabled: rights.lead && kind === 'kpi' });
  if (rights.manage) return true;
  if (!rights.lead) return false;
  if (kind === 'action') return action.data ? rights.action(action.data).update : false;
  return kpi.data ? rights.recordValues(kpi.data) : false;
}
