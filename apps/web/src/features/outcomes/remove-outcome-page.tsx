import { useNavigate, useParams } from 'react-router';
import { ItemNotFound } from '../../components/item-not-found';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { RemovePage } from '../../components/remove-page';
import { paths } from '../../lib/paths';
import { usePlan } from '../../lib/queries/get-plan';
import { useArchiveOutcome } from './api/archive-outcome';
import { useDeleteOutcome } from './api/delete-outcome';

export default function RemoveOutcomePage() {
  const { planId = '', outcomeId = '' } = useParams();
  const navigate = useNavigate();
  const plan = usePlan(planId);
  const toPlan = () => navigate(paths.plan(planId));
  const remove = useDeleteOutcome({ planId, outcomeId }, { onSuccess: toPlan });
  const archive = useArchiveOutcome(outcomeId, { onSuccess: toPlan });
  const back = { to: paths.plan(planId), label: 'Back to the plan' };
  if (plan.isPending) return <Loading what="the plan" />;
  if (plan.isError) return <QueryError title="The plan could not be shown" error={plan.error} />;
  const outcome = plan.data.priorities.flatMap((p) => p.outcomes).find((o) => o.id === outcomeId);
  if (!outcome) return <ItemNotFound what="outcome" back={back} />;
  return (
    <RemovePage
      what={`outcome ${outcome.ref}`}
      consequences={`Its ${outcome.actions.length} actions go with it.`}
      back={back}
      remove={remove}
      archive={archive}
    />
  );
}
