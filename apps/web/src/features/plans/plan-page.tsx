import { formatMonth, monthSchema, type PlanTree } from '@ragboard/shared';
import { Link, useParams, useSearchParams } from 'react-router';
import { Loading } from '../../components/loading';
import { PlanImportedBanner } from '../../components/plan-imported-banner';
import { QueryError } from '../../components/query-error';
import { paths } from '../../lib/paths';
import { filterPlan, filtersFrom, isFiltering } from '../../lib/plan-filters';
import { usePlan } from '../../lib/queries/get-plan';
import { useRights } from '../../lib/use-rights';
import { DashboardLink } from './components/dashboard-link';
import { MonthlyRoundLink } from './components/monthly-round-link';
import { NextPlanBanner } from './components/next-plan-banner';
import { PlanChain } from './components/plan-chain';
import { PlanFiltersPanel } from './components/plan-filters-panel';
import { PrioritySection } from './components/priority-section';
import { planPeriod } from './plan-words';

function PlanContent({ plan, canEdit, asked }: { plan: PlanTree; canEdit: boolean; asked: boolean }) {
  const [searchParams] = useSearchParams();
  const filters = filtersFrom(searchParams);
  const filtered = filterPlan(plan, filters);
  const filtering = isFiltering(filters);
  return (
    <>
      <title>{`${plan.title} – ragboard`}</title>
      <PlanImportedBanner />
      <NextPlanBanner planId={plan.id} />
      <span className="govuk-caption-l">{planPeriod(plan)}</span>
      <h1 className="govuk-heading-l">{plan.title}</h1>
      <p className="govuk-body-l">
        {plan.currentPeriod
          ? `Current reporting month: ${formatMonth(plan.currentPeriod)}`
          : 'No reporting month is open.'}
      </p>
      <PlanChain plan={plan} />
      {asked && (
        <div className="govuk-inset-text">
          The actions as they stood in {formatMonth(plan.month)}: their status, dates and whether past either
          then.{' '}
          <Link to={paths.plan(plan.id)} className="govuk-link">
            See the plan as it stands now
          </Link>
        </div>
      )}
      {plan.state === 'draft' && (
        <div className="govuk-inset-text">
          {canEdit
            ? 'This plan is a draft: check it, then make it active on Edit the plan to start its monthly rounds.'
            : 'This plan is a draft: it is being checked before it starts.'}
        </div>
      )}
      {plan.state === 'closed' && (
        <div className="govuk-inset-text">
          This plan is closed: it can be read but no longer changed. Its summary of progress is among its{' '}
          <Link to={paths.planReports(plan.id)} className="govuk-link">
            board reports
          </Link>
          .
        </div>
      )}
      {canEdit && (
        <div className="govuk-button-group">
          <Link to={paths.planEdit(plan.id)} className="govuk-button govuk-button--secondary">
            Edit the plan<span className="govuk-visually-hidden">’s title and period</span>
          </Link>
          <Link to={paths.newPriority(plan.id)} className="govuk-button govuk-button--secondary">
            Add a priority
          </Link>
          {plan.state === 'active' && !plan.successorId && (
            <Link to={paths.planNext(plan.id)} className="govuk-button govuk-button--secondary">
              Start the next plan
            </Link>
          )}
          {plan.state === 'active' && (
            <Link to={paths.planClose(plan.id)} className="govuk-button govuk-button--warning">
              Close the plan
            </Link>
          )}
          {plan.state !== 'archived' && (
            <Link to={paths.planArchive(plan.id)} className="govuk-button govuk-button--warning">
              Archive the plan
            </Link>
          )}
        </div>
      )}
      <p className="govuk-body">
        <Link to={paths.planKpis(plan.id)} className="govuk-link">
          KPI scorecard: baselines, targets and actuals
        </Link>
      </p>
      <p className="govuk-body">
        <Link to={paths.planFindings(plan.id)} className="govuk-link">
          Inspection findings: judgements over time and the actions addressing them
        </Link>
      </p>
      <DashboardLink planId={plan.id} />
      <MonthlyRoundLink planId={plan.id} />
      <p className="govuk-body">
        <Link to={paths.planReports(plan.id)} className="govuk-link">
          Board reports
        </Link>
      </p>
      {canEdit && (
        <p className="govuk-body">
          <Link to={paths.planPublication(plan.id)} className="govuk-link">
            Public progress page
          </Link>
        </p>
      )}
      <PlanFiltersPanel plan={plan} filters={filters} />
      <p className="govuk-body govuk-!-font-weight-bold" role="status">
        Showing {filtered.shown} of {filtered.total} actions
      </p>
      {filtering && filtered.shown === 0 && (
        <p className="govuk-body">No actions match these filters. Clear the filters to see the whole plan.</p>
      )}
      {filtered.priorities.map((priority) => (
        <PrioritySection key={priority.id} planId={plan.id} priority={priority} canEdit={canEdit} />
      ))}
    </>
  );
}

export default function PlanPage() {
  const { planId = '' } = useParams();
  const [searchParams] = useSearchParams();
  // `?period=` reads the actions at that month: the dashboard's numbers link to the actions behind them then.
  const period = monthSchema.safeParse(searchParams.get('period')).data;
  const plan = usePlan(planId, period);
  const canEdit = useRights().manage;
  if (plan.isPending) return <Loading what="the plan" />;
  if (plan.isError) {
    return (
      <>
        <title>Plan not available – ragboard</title>
        <QueryError title="The plan could not be shown" error={plan.error} />
        <h1 className="govuk-heading-l">Plan not available</h1>
      </>
    );
  }
  // A closed plan is read-only for everyone: no edit controls, the closed notice instead.
  return (
    <PlanContent
      plan={plan.data}
      canEdit={canEdit && plan.data.state !== 'closed'}
      asked={period !== undefined}
    />
  );
}
