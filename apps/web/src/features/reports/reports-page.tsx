import type { Month, Period, PlanTree } from '@ragboard/shared';
import { Link, useParams } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { paths } from '../../lib/paths';
import { useBodies } from '../../lib/queries/get-bodies';
import { usePeriods } from '../../lib/queries/get-periods';
import { usePlan } from '../../lib/queries/get-plan';
import { useRights } from '../../lib/use-rights';
import { useReports } from './api/get-reports';
import { MeetingsSection } from './components/meetings-section';
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

/** Reports grouped as people look for them: each body's meetings with their packs, then the rest. */
function Reports({
  plan,
  planId,
  isManager,
}: {
  plan: PlanTree | undefined;
  planId: string;
  isManager: boolean;
}) {
  const reports = useReports(planId);
  const bodies = useBodies(planId);
  if (reports.isPending || bodies.isPending) return <Loading what="the reports" />;
  if (reports.isError) return <QueryError title="The reports could not be loaded" error={reports.error} />;
  if (bodies.isError) return <QueryError title="The meetings could not be loaded" error={bodies.error} />;
  const packs = new Set(bodies.data.bodies.flatMap((b) => b.meetings.map((m) => m.report?.id)));
  const others = reports.data.reports.filter((r) => !packs.has(r.id));
  const priorityRefs = new Map(plan?.priorities.map((p) => [p.id, p.ref]));
  return (
    <>
      <h2 className="govuk-heading-l">Meetings and their packs</h2>
      {bodies.data.bodies.length === 0 ? (
        <p className="govuk-body">No bodies or meetings are recorded for this plan.</p>
      ) : (
        <MeetingsSection
          bodies={bodies.data.bodies}
          priorityRefs={priorityRefs}
          today={new Date().toISOString().slice(0, 10)}
          isManager={isManager}
        />
      )}
      {isManager && (
        <p className="govuk-body">
          <Link to={paths.planBodies(planId)} className="govuk-link">
            Add or change bodies and meetings
          </Link>
        </p>
      )}
      <h2 className="govuk-heading-l">Other reports</h2>
      {others.length === 0 ? (
        <p className="govuk-body">
          {isManager ? 'No other reports yet. Start one below.' : 'No other reports have been published yet.'}
        </p>
      ) : (
        <ReportsTable reports={others} />
      )}
    </>
  );
}

export default function ReportsPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const isManager = useRights().manage;
  return (
    <>
      <title>{`Board reports${plan.data ? ` – ${plan.data.title}` : ''} – ragboard`}</title>
      <Link to={paths.plan(planId)} className="govuk-back-link">
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
      <Reports plan={plan.data} planId={planId} isManager={isManager} />
      {isManager && plan.data && <StartReport plan={plan.data} />}
    </>
  );
}
