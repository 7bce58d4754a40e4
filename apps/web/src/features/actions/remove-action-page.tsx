import { useNavigate, useParams } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { RemovePage } from '../../components/remove-page';
import { paths } from '../../lib/paths';
import { useAction } from '../../lib/queries/get-action';
import { useArchiveAction } from './api/archive-action';
import { useDeleteAction } from './api/delete-action';

export default function RemoveActionPage() {
  const { actionId = '' } = useParams();
  const navigate = useNavigate();
  const action = useAction(actionId);
  const planId = action.data?.planId;
  const toPlan = () => navigate(planId ? paths.plan(planId) : paths.plans());
  const remove = useDeleteAction(actionId, { onSuccess: toPlan });
  const archive = useArchiveAction(actionId, { onSuccess: toPlan });
  if (action.isPending) return <Loading what="the action" />;
  if (action.isError) return <QueryError title="The action could not be shown" error={action.error} />;
  return (
    <RemovePage
      what={`action ${action.data.ref}`}
      consequences="Deleting it removes it from the plan for good."
      back={{ to: paths.action(actionId), label: 'Back to the action' }}
      remove={remove}
      archive={archive}
    />
  );
}
