import { useNavigate, useParams } from 'react-router';
import { ItemNotFound } from '../../components/item-not-found';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { paths } from '../../lib/paths';
import { usePlan } from '../../lib/queries/get-plan';
import { useCreateAction } from './api/create-action';
import { ActionForm } from './components/action-form';

/** `/plans/:planId/outcomes/:outcomeId/actions/new`: the action goes last in the outcome. */
export default function NewActionPage() {
  const { planId = '', outcomeId = '' } = useParams();
  const navigate = useNavigate();
  const plan = usePlan(planId);
  const create = useCreateAction({ onSuccess: () => navigate(paths.plan(planId)) });
  const back = { to: paths.plan(planId), label: 'Back to the plan' };
  if (plan.isPending) return <Loading what="the plan" />;
  if (plan.isError) return <QueryError title="The plan could not be shown" error={plan.error} />;
  const outcome = plan.data.priorities.flatMap((p) => p.outcomes).find((o) => o.id === outcomeId);
  if (!outcome) return <ItemNotFound what="outcome" back={back} />;
  return (
    <ActionForm
      title="Add an action"
      caption={`Outcome ${outcome.ref}`}
      back={back}
      initial={{ ref: '', title: '', due: { kind: '', month: '', text: '' }, leadIds: [] }}
      submitLabel="Add action"
      pending={create.isPending}
      error={create.error}
      onSave={(body) => create.mutate({ outcomeId, body })}
    />
  );
}
