import { useNavigate, useParams } from 'react-router';
import { ItemNotFound } from '../../components/item-not-found';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { RemovePage } from '../../components/remove-page';
import { paths } from '../../lib/paths';
import { usePlan } from '../../lib/queries/get-plan';
import { useArchivePriority } from './api/archive-priority';
import { useDeletePriority } from './api/delete-priority';

export default function RemovePriorityPage() {
  const { planId = '', priorityId = '' } = useParams();
  const navigate = useNavigate();
  const plan = usePlan(planId);
  const toPlan = () => navigate(paths.plan(planId));
  const remove = useDeletePriority({ planId, priorityId }, { onSuccess: toPlan });
  const archive = useArchivePriority(priorityId, { onSuccess: toPlan });
  const back = { to: paths.plan(planId), label: 'Back to the plan' };
  if (plan.isPending) return <Loading what="the plan" />;
  if (plan.isError) return <QueryError title="The plan could not be shown" error={plan.error} />;
  const priority = plan.data.priorities.find((p) => p.id === priorityId);
  if (!priority) return <ItemNotFound what="priority" back={back} />;
  return (
    <RemovePage
      what={`priority ${priority.ref}`}
      caption={priority.title}
      consequences={`Its ${priority.outcomes.length} outcomes and their actions go with it.`}
      back={back}
      remove={remove}
      archive={archive}
    />
  );
}
