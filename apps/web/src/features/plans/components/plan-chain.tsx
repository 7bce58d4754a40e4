import type { PlanSummary } from '@ragboard/shared';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { SummaryList, SummaryRow } from '../../../components/summary-list';
import { paths } from '../../../lib/paths';
import { plansQueryOptions } from '../../../lib/queries/get-plans';

type Chained = Pick<PlanSummary, 'predecessorId' | 'successorId'>;

/** "Follows" and "Continued in" rows of a plan's summary list, each linking to that plan, when it has them. */
export function PlanChainRows({
  plan,
  titleOf,
}: {
  plan: Chained;
  titleOf: (id: string) => string | undefined;
}) {
  return (
    <>
      {plan.predecessorId && (
        <SummaryRow label="Follows">
          <Link to={paths.plan(plan.predecessorId)} className="govuk-link">
            {titleOf(plan.predecessorId) ?? 'The previous plan'}
          </Link>
        </SummaryRow>
      )}
      {plan.successorId && (
        <SummaryRow label="Continued in">
          <Link to={paths.plan(plan.successorId)} className="govuk-link">
            {titleOf(plan.successorId) ?? 'The next plan'}
          </Link>
        </SummaryRow>
      )}
    </>
  );
}

/** On a plan's page: the plans before and after it in the chain, by title once the list has loaded. */
export function PlanChain({ plan }: { plan: Chained }) {
  const chained = Boolean(plan.predecessorId || plan.successorId);
  const plans = useQuery({ ...plansQueryOptions(), enabled: chained });
  if (!chained) return null;
  const titleOf = (id: string) => plans.data?.plans.find((p) => p.id === id)?.title;
  return (
    <SummaryList>
      <PlanChainRows plan={plan} titleOf={titleOf} />
    </SummaryList>
  );
}
