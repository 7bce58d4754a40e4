import { formatMonth, monthSchema, type PlanSummary } from '@ragboard/shared';
import { Link, useParams, useSearchParams } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { choosePlan } from '../../lib/choose-plan';
import { useSummary } from '../../lib/queries/get-period-summary';
import { usePeriods } from '../../lib/queries/get-periods';
import { usePlans } from '../../lib/queries/get-plans';
import { useSession } from '../../lib/queries/get-session';
import { AttentionSection } from './components/attention-section';
import { CarriedForwardSection } from './components/carried-forward-section';
import { ForumChallengesSection } from './components/forum-challenges-section';
import { HeadlineCounts } from './components/headline-counts';
import { MovementSection } from './components/movement-section';
import { NextMeeting } from './components/next-meeting';
import { OrganisationBreakdown } from './components/organisation-breakdown';
import { PeriodPicker } from './components/period-picker';
import { PriorityBreakdown } from './components/priority-breakdown';
import { TrendSection } from './components/trend-section';
import { WarningsSection } from './components/warnings-section';

function PlanDashboard({ planId, plan }: { planId: string; plan: PlanSummary | undefined }) {
  const [searchParams] = useSearchParams();
  const asked = monthSchema.safeParse(searchParams.get('period'));
  const summary = useSummary(planId, asked.success ? asked.data : null);
  const periods = usePeriods(planId);
  const isManager = useSession().data?.user.role === 'manager';
  const shown = summary.data?.period;
  return (
    <div className="app-dashboard">
      <title>{`Dashboard${plan ? ` – ${plan.title}` : ''} – ragboard`}</title>
      {plan && <span className="govuk-caption-l">{plan.title}</span>}
      <h1 className="govuk-heading-l">Dashboard{shown ? `: ${formatMonth(shown)}` : ''}</h1>
      {summary.isPending && <Loading what="the dashboard" />}
      {summary.isError && <QueryError title="The dashboard could not be shown" error={summary.error} />}
      {summary.isSuccess && (
        <>
          <PeriodPicker
            months={periods.data?.periods.map((p) => p.month) ?? []}
            shown={summary.data.period}
          />
          {plan?.currentPeriod && plan.currentPeriod !== summary.data.period && (
            <div className="govuk-inset-text">
              These numbers are for {formatMonth(summary.data.period)}. The lists of actions behind them show
              the actions as they stand now.
            </div>
          )}
          <NextMeeting planId={planId} isManager={isManager} />
          <HeadlineCounts summary={summary.data} />
          <MovementSection summary={summary.data} />
          <AttentionSection summary={summary.data} />
          <CarriedForwardSection summary={summary.data} />
          <ForumChallengesSection planId={planId} />
          {isManager && <WarningsSection warnings={summary.data.warnings} />}
          <PriorityBreakdown summary={summary.data} />
          <OrganisationBreakdown summary={summary.data} />
          <TrendSection summary={summary.data} />
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
        <Link to="/plans" className="govuk-link">
          See all plans
        </Link>
        .
      </p>
    </>
  );
}
