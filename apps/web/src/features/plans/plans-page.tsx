import type { PlanSummary } from '@ragboard/shared';
import { Link } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { SummaryList, SummaryRow } from '../../components/summary-list';
import { paths } from '../../lib/paths';
import { usePlans } from '../../lib/queries/get-plans';
import { useRights } from '../../lib/use-rights';
import { PlanChainRows } from './components/plan-chain';
import { StatusCountsTable } from './components/status-counts-table';
import { PLAN_STATE_WORDS, planPeriod } from './plan-words';

function PlanSummarySection({
  plan,
  titleOf,
}: {
  plan: PlanSummary;
  titleOf: (id: string) => string | undefined;
}) {
  const headingId = `plan-${plan.id}`;
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-m" id={headingId}>
        <Link to={paths.plan(plan.id)} className="govuk-link">
          {plan.title}
        </Link>
      </h2>
      <SummaryList>
        <SummaryRow label="Period">{planPeriod(plan)}</SummaryRow>
        <SummaryRow label="State">{PLAN_STATE_WORDS[plan.state]}</SummaryRow>
        <PlanChainRows plan={plan} titleOf={titleOf} />
        <SummaryRow label="Actions">{plan.actionCount}</SummaryRow>
        <SummaryRow label="Overdue actions">{plan.overdue}</SummaryRow>
      </SummaryList>
      <StatusCountsTable counts={plan.counts} planTitle={plan.title} />
    </section>
  );
}

/** The plans as listed, except that a plan's successor comes straight after it, so a chain reads in order. */
function chainOrder(plans: PlanSummary[]): PlanSummary[] {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const ordered: PlanSummary[] = [];
  for (const head of plans.filter((p) => !p.predecessorId || !byId.has(p.predecessorId))) {
    let plan: PlanSummary | undefined = head;
    while (plan && !ordered.includes(plan)) {
      ordered.push(plan);
      plan = plan.successorId ? byId.get(plan.successorId) : undefined;
    }
  }
  // A plan the walk missed (in a loop of broken links) is still listed.
  return [...ordered, ...plans.filter((p) => !ordered.includes(p))];
}

export default function PlansPage() {
  const plans = usePlans();
  const canEdit = useRights().manage;
  return (
    <>
      <title>Improvement plans – ragboard</title>
      <h1 className="govuk-heading-l">Improvement plans</h1>
      {canEdit && (
        <div className="govuk-button-group">
          <Link to={paths.newPlan()} className="govuk-button" draggable="false">
            Create a plan
          </Link>
          <Link to={paths.importPlan()} className="govuk-button govuk-button--secondary" draggable="false">
            Import a plan from a spreadsheet
          </Link>
        </div>
      )}
      {plans.isPending && <Loading what="the plans" />}
      {plans.isError && <QueryError title="The plans could not be shown" error={plans.error} />}
      {plans.isSuccess && plans.data.plans.length === 0 && (
        <p className="govuk-body">There are no plans yet.</p>
      )}
      {plans.data &&
        chainOrder(plans.data.plans).map((plan, _, all) => (
          <PlanSummarySection
            key={plan.id}
            plan={plan}
            titleOf={(id) => all.find((other) => other.id === id)?.title}
          />
        ))}
    </>
  );
}
