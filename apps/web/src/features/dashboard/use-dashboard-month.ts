import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { summaryQueryOptions } from '../../lib/queries/get-period-summary';
import { usePeriods } from '../../lib/queries/get-periods';
import { useSession } from '../../lib/queries/get-session';
import { useRights } from '../../lib/use-rights';
import { askedMonth, monthToShow } from './dashboard-month';

/**
 * The summary of the month the dashboard shows: the `?period=` of a shared link, else the latest
 * closed month for board and forum members, else the summary's default. A board member's summary
 * waits for the periods, so the wrong month is never fetched first.
 */
export function useDashboardMonth(planId: string) {
  const [searchParams] = useSearchParams();
  const role = useSession().data?.user.role;
  const rights = useRights();
  const periods = usePeriods(planId);
  const shown = monthToShow(askedMonth(searchParams), role, periods.isError ? [] : periods.data?.periods);
  const summary = useQuery({
    ...summaryQueryOptions(planId, shown?.month ?? null),
    enabled: shown !== undefined,
    // Another month of the same plan chosen: this one stays on the page until that one arrives,
    // rather than the page shrinking to "Loading…" and growing again under the reader.
    placeholderData: (previous) => (previous?.planId === planId ? keepPreviousData(previous) : undefined),
  });
  return {
    summary,
    periods: periods.data?.periods ?? [],
    reason: shown?.reason ?? 'plan-month',
    isManager: rights.manage,
  };
}
