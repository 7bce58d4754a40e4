import { formatMonth, type PublicPlan, STATUS_DEFINITIONS, STATUSES } from '@ragboard/shared';
import { useParams } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { ApiError } from '../../lib/api-client';
import { usePublicPlan } from './api/get-public-plan';
import { GlossaryList } from './components/glossary-list';
import { OpenData } from './components/open-data';
import { PublicActionSection } from './components/public-action';
import { PublicKpiSection } from './components/public-kpi';

function StatusOverview({ plan }: { plan: PublicPlan }) {
  const actions = plan.priorities.flatMap((p) => p.actions);
  const counts = STATUSES.map((status) => ({
    status,
    count: actions.filter((a) => a.status === status).length,
  })).filter((c) => c.count > 0);
  if (actions.length === 0) return null;
  return (
    <>
      <p className="govuk-body">
        We share {actions.length} {actions.length === 1 ? 'action' : 'actions'} here.
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {counts.map(({ status, count }) => (
          <li key={status}>
            {STATUS_DEFINITIONS[status].label}: {count}
          </li>
        ))}
      </ul>
    </>
  );
}

function PublicPlanContent({ plan }: { plan: PublicPlan }) {
  const nothingYet = plan.priorities.length === 0 && plan.kpis.length === 0;
  return (
    <div className="app-public">
      <title>{`${plan.title}: progress`}</title>
      <span className="govuk-caption-xl">Progress report</span>
      <h1 className="govuk-heading-xl">{plan.title}</h1>
      <p className="govuk-body-l">
        {plan.asAtClosed
          ? `Progress as at ${formatMonth(plan.asAt)}, the latest month checked and closed.`
          : `Progress as at ${formatMonth(plan.asAt)}. No month of updates has been checked and closed yet.`}
      </p>
      <p className="govuk-body">
        This page shows how the partnership is doing with its plan. The plan runs from{' '}
        {formatMonth(plan.periodStart)} to {formatMonth(plan.periodEnd)}. A month still taking updates is
        shown here once it has been checked and closed.
      </p>
      <p className="govuk-body">
        Each part was written in plain English by the people who lead it. The partnership manager checked it
        before it went here.
      </p>
      {nothingYet && <p className="govuk-body">Nothing has been shared yet. Please come back later.</p>}
      <StatusOverview plan={plan} />
      {plan.priorities.map((priority) => (
        <section key={priority.ref} aria-labelledby={`priority-${priority.ref}`}>
          <h2 className="govuk-heading-l" id={`priority-${priority.ref}`}>
            Priority {priority.ref}: {priority.title}
          </h2>
          {priority.actions.map((action) => (
            <PublicActionSection key={action.ref} action={action} glossary={plan.glossary} slug={plan.slug} />
          ))}
        </section>
      ))}
      {plan.kpis.length > 0 && (
        <section aria-labelledby="measures">
          <h2 className="govuk-heading-l" id="measures">
            How we measure progress
          </h2>
          {plan.kpis.map((kpi, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: published KPIs have no public id; their order is the plan's
            <PublicKpiSection key={index} kpi={kpi} number={index + 1} glossary={plan.glossary} />
          ))}
        </section>
      )}
      <GlossaryList glossary={plan.glossary} />
      <OpenData plan={plan} />
    </div>
  );
}

/** /public/:planSlug: a plan's progress for anyone, with no sign-in. */
export default function PublicPlanPage() {
  const { planSlug = '' } = useParams();
  const plan = usePublicPlan(planSlug);
  if (plan.isPending) return <Loading what="the progress report" />;
  if (plan.isError) {
    if (plan.error instanceof ApiError && plan.error.status === 404) {
      return (
        <>
          <title>Page not found</title>
          <h1 className="govuk-heading-xl">Page not found</h1>
          <p className="govuk-body">There is no progress report at this address.</p>
          <p className="govuk-body">Check the address, or ask the partnership for the right one.</p>
        </>
      );
    }
    return <QueryError title="The progress report could not be shown" error={plan.error} />;
  }
  return <PublicPlanContent plan={plan.data} />;
}
