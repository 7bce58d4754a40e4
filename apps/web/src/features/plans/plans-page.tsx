import type { PlanSummary } from '@ragboard/shared';
import { Link } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { SummaryList, SummaryRow } from '../../components/summary-list';
import { usePlans } from '../../lib/queries/get-plans';
import { useSession } from '../../lib/queries/get-session';
import { StatusCountsTable } from './components/status-counts-table';
import { PLAN_STATE_WORDS, planPeriod } from './plan-words';

function PlanSummarySection({ plan }: { plan: PlanSummary }) {
  const headingId = `plan-${plan.id}`;
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-m" id={headingId}>
        <Link to={`/plans/${plan.id}`} className="govuk-link">
          {plan.title}
        </Link>
      </h2>
      <SummaryList>
        <SummaryRow label="Period">{planPeriod(plan)}</SummaryRow>
        <SummaryRow label="State">{PLAN_STATE_WORDS[plan.state]}</SummaryRow>
        <SummaryRow label="Actions">{plan.actionCount}</SummaryRow>
        <SummaryRow label="Overdue actions">{plan.overdue}</SummaryRow>
      </SummaryList>
      <StatusCountsTable counts={plan.counts} planTitle={plan.title} />
    </section>
  );
}

export default function PlansPage() {
  const plans = usePlans();
  const canEdit = useSession().data?.user.role === 'manager';
  return (
    <>
      <title>Improvement plans – ragboard</title>
      <h1 className="govuk-heading-l">Improvement plans</h1>
      {canEdit && (
        <div className="govuk-button-group">
          <Link to="/plans/new" className="govuk-button" draggable="false">
            Create a plan
          </Link>
          <Link to="/plans/import" className="govuk-button govuk-button--secondary" draggable="false">
            Import a plan from a spreadsheet
          </Link>
        </div>
      )}
      {plans.isPending && <Loading what="the plans" />}
      {plans.isError && <QueryError title="The plans could not be shown" error={plans.error} />}
      {plans.isSuccess && plans.data.plans.length === 0 && (
        <p className="govuk-body">There are no plans yet.</p>
      )}
      {plans.data?.plans.map((plan) => (
        <PlanSummarySection key={plan.id} plan={plan} />
      ))}
    </>
  );
}
