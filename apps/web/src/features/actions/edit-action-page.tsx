import type { Action } from '@ragboard/shared';
import { useNavigate, useParams } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { changedFields } from '../../lib/changes';
import { paths } from '../../lib/paths';
import { useAction } from '../../lib/queries/get-action';
import { useUpdateAction } from './api/update-action';
import { type ActionFields, ActionForm, actionBody } from './components/action-form';

function fieldsOf(action: Action): ActionFields {
  const kind = action.dueMonth ? 'month' : action.dueText ? 'text' : 'none';
  return {
    ref: action.ref,
    title: action.title,
    due: { kind, month: action.dueMonth ?? '', text: action.dueText ?? '' },
    leadIds: action.leads.map((lead) => lead.id),
  };
}

export default function EditActionPage() {
  const { actionId = '' } = useParams();
  const navigate = useNavigate();
  const action = useAction(actionId);
  const toAction = () => navigate(paths.action(actionId));
  const update = useUpdateAction({ onSuccess: toAction });
  if (action.isPending) return <Loading what="the action" />;
  if (action.isError) return <QueryError title="The action could not be shown" error={action.error} />;
  const initial = fieldsOf(action.data);
  return (
    <ActionForm
      key={action.data.version}
      title={`Edit action ${action.data.ref}`}
      caption={`Outcome ${action.data.outcome.ref}`}
      back={{ to: paths.action(actionId), label: 'Back to the action' }}
      initial={initial}
      submitLabel="Save changes"
      pending={update.isPending}
      error={update.error}
      onSave={(body) => {
        const changes = changedFields(actionBody(initial), body);
        if (Object.keys(changes).length === 0) toAction();
        else update.mutate({ action: action.data, changes });
      }}
    />
  );
}
