import { formatMonth, type PlanTree } from '@ragboard/shared';
import { useParams } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { MonthlyRoundLink } from '../monthly-round/components/monthly-round-link';
import { usePlan } from './api/get-plan';
import { PrioritySection } from './components/priority-section';
import { planPeriod } from './plan-words';

function PlanContent({ plan }: { plan: PlanTree }) {
  return (
    <>
      <title>{`${plan.title} – ragboard`}</title>
      <span className="govuk-caption-l">{planPeriod(plan)}</span>
      <h1 className="govuk-heading-l">{plan.title}</h1>
      <p className="govuk-body-l">
        {plan.currentPeriod
          ? `Current reporting month: ${formatMonth(plan.currentPeriod)}`
          : 'No reporting month is open.'}
      </p>
      <MonthlyRoundLink planId={plan.id} />
      {plan.priorities.map((priority) => (
        <PrioritySection key={priority.id} priority={priority} />
      ))}
    </>
  );
}

export default function PlanPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
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
  return <PlanContent plan={plan.data} />;
}
