import { formatMonth, type PlanPeriodSummary, type PlanSummary } from '@ragboard/shared';
import { memo, startTransition, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { choosePlan } from '../../lib/choose-plan';
import { paths } from '../../lib/paths';
import { usePlans } from '../../lib/queries/get-plans';
import { AttentionSection } from './components/attention-section';
import { CarriedForwardSection } from './components/carried-forward-section';
import { ForumChallengesSection } from './components/forum-challenges-section';
import { HeadlineCounts } from './components/headline-counts';
import { MonthShown } from './components/month-shown';
import { MovementSection } from './components/movement-section';
import { NextMeeting } from './components/next-meeting';
import { OrganisationBreakdown } from './components/organisation-breakdown';
import { PeriodPicker } from './components/period-picker';
import { PriorityBreakdown } from './components/priority-breakdown';
import { TrendSection } from './components/trend-section';
import { WarningsSection } from './components/warnings-section';
import { useDashboardMonth } from './use-dashboard-month';

/**
 * True from just after the first paint: what is below the fold on every screen (the breakdowns
 * and the trend, the heaviest to draw) is drawn then, so the month's headline is shown sooner.
 * Added at the end of the page, it moves nothing already shown.
 */
function useAfterFirstPaint() {
  const [after, setAfter] = useState(false);
  useEffect(() => startTransition(() => setAfter(true)), []);
  return after;
}

/**
 * Everything the month's summary decides. Drawn again only for another summary: while the next
 * month loads, the shown one stays without being drawn again, so choosing a month answers at once.
 */
const MonthSections = memo(function MonthSections({
  summary,
  planId,
  isManager,
}: {
  summary: PlanPeriodSummary;
  planId: string;
  isManager: boolean;
}) {
  const afterFirstPaint = useAfterFirstPaint();
  return (
    <>
      <NextMeeting planId={planId} isManager={isManager} />
      <HeadlineCounts summary={summary} />
      <MovementSection summary={summary} />
      <AttentionSection summary={summary} />
      <CarriedForwardSection summary={summary} />
      <ForumChallengesSection planId={planId} />
      {isManager && <WarningsSection warnings={summary.warnings} />}
      {afterFirstPaint && (
        <>
          <PriorityBreakdown summary={summary} />
          <OrganisationBreakdown summary={summary} />
          <TrendSection summary={summary} />
        </>
      )}
    </>
  );
});

function PlanDashboard({ planId, plan }: { planId: string; plan: PlanSummary | undefined }) {
  const { summary, periods, reason, isManager } = useDashboardMonth(planId);
  const shown = summary.data?.period;
  return (
    <div className="app-dashboard" aria-busy={summary.isPlaceholderData || undefined}>
      <title>{`Dashboard${plan ? ` – ${plan.title}` : ''} – ragboard`}</title>
      {plan && <span className="govuk-caption-l">{plan.title}</span>}
      <h1 className="govuk-heading-l">Dashboard{shown ? `: ${formatMonth(shown)}` : ''}</h1>
      {summary.isPending && <Loading what="the dashboard" />}
      {summary.isError && <QueryError title="The dashboard could not be shown" error={summary.error} />}
      {summary.isSuccess && (
        <>
          <MonthShown summary={summary.data} periods={periods} reason={reason} />
          <PeriodPicker periods={periods} shown={summary.data.period} plan={plan} />
          <MonthSections summary={summary.data} planId={planId} isManager={isManager} />
        </>
      )}
    </div>
  );
}

/** `/plans/:planId/dashboard`, or `/`: the dashboard of the first active plan. */
export default function DashboardPage() {
  const { planId } = useParams();
  const plans = usePlans();
  if (planId) return <PlanDashboard planId={planId} plan={plans.data?.plans.find((p) => p.id === planId)} />;
  if (plans.isPending) return <Loading what="the dashboard" />;
  if (plans.isError) return <QueryError title="The plans could not be shown" error={plans.error} />;
  const plan = choosePlan(plans.data.plans);
  if (plan) return <PlanDashboard planId={plan.id} plan={plan} />;
  return (
    <>
      <title>Dashboard – ragboard</title>
      <h1 className="govuk-heading-l">Dashboard</h1>
      <p className="govuk-body">
        There is no active plan to show.{' '}
        <Link to={paths.plans()} className="govuk-link">
          See all plans
        </Link>
        .
      </p>
    </>
  );
}
