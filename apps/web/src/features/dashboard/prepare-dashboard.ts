import type { QueryClient } from '@tanstack/react-query';
import type { Params } from 'react-router';
import { choosePlan } from '../../lib/choose-plan';
import { bodiesQueryOptions } from '../../lib/queries/get-bodies';
import { openPlanChallengesQueryOptions } from '../../lib/queries/get-challenge-lists';
import { summaryQueryOptions } from '../../lib/queries/get-period-summary';
import { periodsQueryOptions } from '../../lib/queries/get-periods';
import { plansQueryOptions } from '../../lib/queries/get-plans';
import { sessionQueryOptions } from '../../lib/queries/get-session';
import { askedMonth, monthToShow } from './dashboard-month';

/**
 * What the dashboard's first paint needs, asked for as soon as its address is known rather than
 * one request after another as it renders (decision 043): the session and the plans; then the
 * plan's months (a board member lands on the latest closed one), the month's summary, the plan's
 * meetings and the forum's open challenges. Resolves when all are answered; never rejects.
 */
export async function prepareDashboard(queryClient: QueryClient, params: Params, search: URLSearchParams) {
  const [session, plans] = await Promise.all([
    queryClient.fetchQuery(sessionQueryOptions()),
    queryClient.fetchQuery(plansQueryOptions()),
  ]).catch(() => [null, null] as const);
  const planId = params.planId ?? (plans && choosePlan(plans.plans)?.id);
  if (!session || session.secondStep || !planId) return;
  const asked = askedMonth(search);
  const periods = queryClient.fetchQuery(periodsQueryOptions(planId)).then(
    (reply) => reply.periods,
    () => [],
  );
  const summary = async () => {
    const shown =
      monthToShow(asked, session.user.role, undefined) ??
      monthToShow(asked, session.user.role, await periods);
    await queryClient.prefetchQuery(summaryQueryOptions(planId, shown?.month ?? null));
  };
  await Promise.all([
    periods,
    summary(),
    queryClient.prefetchQuery(bodiesQueryOptions(planId)),
    queryClient.prefetchQuery(openPlanChallengesQueryOptions(planId)),
  ]);
}
