import type { Month, Period, PlanTree } from '@ragboard/shared';
import { Link, useParams } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { usePeriods } from '../../lib/queries/get-periods';
import { usePlan } from '../../lib/queries/get-plan';
import { useSession } from '../../lib/queries/get-session';
import { useReports } from './api/get-reports';
import { ReportsTable } from './components/reports-table';
import { StartReportForm } from './components/start-report-form';

/** The months a report can be taken at, newest first: the plan's periods, and its current month. */
function reportMonths(plan: PlanTree, periods: Period[]): Month[] {
  const months = new Set<Month>(periods.map((p) => p.month));
  if (plan.currentPeriod) months.add(plan.currentPeriod);
  return [...months].sort().reverse();
}

function StartReport({ plan }: { plan: PlanTree }) {
  const periods = usePeriods(plan.id);
  if (periods.isPending) return <Loading what="the plan's periods" />;
  if (periods.isError) return <QueryError title="The periods could not be loaded" error={periods.error} />;
  return <StartReportForm planId={plan.id} months={reportMonths(plan, periods.data.periods)} />;
}

function Reports({ planId, isManager }: { planId: string; isManager: boolean }) {
  const reports = useReports(planId);
  if (reports.isPending) return <Loading what="the reports" />;
  if (reports.isError) return <QueryError title="The reports could not be loaded" error={reports.error} />;
  const { reports: list } = reports.data;
  if (list.length === 0) {
    return (
      <p className="govuk-body">
        {isManager ? 'No reports yet. Start one below.' : 'No reports have been published yet.'}
      </p>
    );
  }
  return <ReportsTable reports={list} />;
}

export default function ReportsPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const isManager = useSession().data?.user.role === 'manager';
  return (
    <>
      <title>{`Board reports${plan.data ? ` – ${plan.data.title}` : ''} – ragboard`}</title>
      <Link to={`/plans/${planId}`} className="govuk-back-link">
        Back to the plan
      </Link>
      {plan.data && <span className="govuk-caption-l">{plan.data.title}</span>}
      <h1 className="govuk-heading-l">Board reports</h1>
      <p className="govuk-body">
        {isManager
          ? 'Drafts are yours alone until you publish them; the board sees published reports only.'
          : 'Each report is the plan as it stood at its month, with the partnership manager’s commentary.'}
      </p>
      {plan.isError && <QueryError title="The plan could not be loaded" error={plan.error} />}
      <Reports planId={planId} isManager={isManager} />
      {isManager && plan.data && <StartReport plan={plan.data} />}
    </>
  );
}
