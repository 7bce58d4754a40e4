import { useNavigate, useParams } from 'react-router';
import { ItemNotFound } from '../../components/item-not-found';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { changedFields } from '../../lib/changes';
import { paths } from '../../lib/paths';
import { usePlan } from '../../lib/queries/get-plan';
import { useCreateOutcome } from './api/create-outcome';
import { useUpdateOutcome } from './api/update-outcome';
import { OutcomeForm, outcomeBody } from './components/outcome-form';

/**
 * Adds an outcome to a priority (`/plans/:planId/priorities/:priorityId/outcomes/new`) or edits
 * one (`/plans/:planId/outcomes/:outcomeId/edit`).
 */
export default function OutcomeFormPage() {
  const { planId = '', priorityId, outcomeId } = useParams();
  const navigate = useNavigate();
  const plan = usePlan(planId);
  const toPlan = () => navigate(paths.plan(planId));
  const create = useCreateOutcome({ onSuccess: toPlan });
  const update = useUpdateOutcome({ onSuccess: toPlan });
  if (plan.isPending) return <Loading what="the plan" />;
  if (plan.isError) return <QueryError title="The plan could not be shown" error={plan.error} />;
  const back = { to: paths.plan(planId), label: 'Back to the plan' };
  const priority = plan.data.priorities.find(
    (p) => p.id === priorityId || p.outcomes.some((o) => o.id === outcomeId),
  );
  const outcome = priority?.outcomes.find((o) => o.id === outcomeId);
  if (!priority || (outcomeId && !outcome)) {
    return <ItemNotFound what={outcomeId ? 'outcome' : 'priority'} back={back} />;
  }
  const caption = `Priority ${priority.ref}: ${priority.title}`;
  if (!outcome) {
    return (
      <OutcomeForm
        title="Add an outcome"
        caption={caption}
        back={back}
        initial={{ ref: '', title: '', leadId: '' }}
        submitLabel="Add outcome"
        pending={create.isPending}
        error={create.error}
        onSave={(body) => create.mutate({ priorityId: priority.id, body })}
      />
    );
  }
  const initial = { ref: outcome.ref, title: outcome.title, leadId: outcome.lead?.id ?? '' };
  return (
    <OutcomeForm
      title={`Edit outcome ${outcome.ref}`}
      caption={caption}
      back={back}
      initial={initial}
      submitLabel="Save changes"
      pending={update.isPending}
      error={update.error}
      onSave={(body) => {
        const changes = changedFields(outcomeBody(initial), body);
        if (Object.keys(changes).length === 0) toPlan();
        else update.mutate({ outcomeId: outcome.id, version: outcome.version, changes });
      }}
    />
  );
}
