import type { PriorityNode } from '@ragboard/shared';
import { useNavigate, useParams } from 'react-router';
import { ItemNotFound } from '../../components/item-not-found';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { changedFields } from '../../lib/changes';
import { paths } from '../../lib/paths';
import { usePlan } from '../../lib/queries/get-plan';
import { useCreatePriority } from './api/create-priority';
import { useUpdatePriority } from './api/update-priority';
import { type PriorityFields, PriorityForm, priorityBody } from './components/priority-form';

const EMPTY: PriorityFields = {
  ref: '',
  title: '',
  deliveryGroupName: '',
  leadId: '',
  leadRole: '',
  reportingCadence: '',
  byException: false,
};

function fieldsOf(priority: PriorityNode): PriorityFields {
  const group = priority.deliveryGroup;
  return {
    ref: priority.ref,
    title: priority.title,
    deliveryGroupName: group.name ?? '',
    leadId: group.lead?.id ?? '',
    leadRole: group.leadRole ?? '',
    reportingCadence: group.reportingCadence,
    byException: group.byException,
  };
}

/** Adds a priority to a plan (`/plans/:planId/priorities/new`) or edits one (`…/:priorityId/edit`). */
export default function PriorityFormPage() {
  const { planId = '', priorityId } = useParams();
  const navigate = useNavigate();
  const plan = usePlan(planId);
  const toPlan = () => navigate(paths.plan(planId));
  const create = useCreatePriority({ onSuccess: toPlan });
  const update = useUpdatePriority({ onSuccess: toPlan });
  if (plan.isPending) return <Loading what="the plan" />;
  if (plan.isError) return <QueryError title="The plan could not be shown" error={plan.error} />;
  const back = { to: paths.plan(planId), label: 'Back to the plan' };
  const caption = plan.data.title;
  if (!priorityId) {
    return (
      <PriorityForm
        title="Add a priority"
        caption={caption}
        back={back}
        initial={EMPTY}
        submitLabel="Add priority"
        pending={create.isPending}
        error={create.error}
        onSave={(body) => create.mutate({ planId, body })}
      />
    );
  }
  const priority = plan.data.priorities.find((p) => p.id === priorityId);
  if (!priority) return <ItemNotFound what="priority" back={back} />;
  const before = priorityBody(fieldsOf(priority));
  return (
    <PriorityForm
      title={`Edit priority ${priority.ref}`}
      caption={caption}
      back={back}
      initial={fieldsOf(priority)}
      submitLabel="Save changes"
      pending={update.isPending}
      error={update.error}
      onSave={(body) => {
        const changes = changedFields(before, body);
        if (Object.keys(changes).length === 0) toPlan();
        else update.mutate({ priorityId, version: priority.version, changes });
      }}
    />
  );
}
