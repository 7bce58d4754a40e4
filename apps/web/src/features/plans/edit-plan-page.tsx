import { useNavigate, useParams } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { changedFields } from '../../lib/changes';
import { paths } from '../../lib/paths';
import { usePlan } from '../../lib/queries/get-plan';
import { useUpdatePlan } from './api/update-plan';
import { PlanForm, type PlanFormFields } from './components/plan-form';

export default function EditPlanPage() {
  const { planId = '' } = useParams();
  const navigate = useNavigate();
  const plan = usePlan(planId);
  const update = useUpdatePlan({ onSuccess: () => navigate(paths.plan(planId)) });
  if (plan.isPending) return <Loading what="the plan" />;
  if (plan.isError) return <QueryError title="The plan could not be shown" error={plan.error} />;
  const { title, periodStart, periodEnd, state, signOffNeedsEvidence } = plan.data;
  // A draft (such as a next plan just started) is made active here; a closed or archived plan keeps its state.
  const initial: PlanFormFields = {
    title,
    periodStart,
    periodEnd,
    signOffNeedsEvidence,
    ...(state === 'draft' || state === 'active' ? { state } : {}),
  };
  return (
    <PlanForm
      title="Edit the plan"
      back={{ to: paths.plan(planId), label: 'Back to the plan' }}
      initial={initial}
      submitLabel="Save changes"
      pending={update.isPending}
      error={update.error}
      onSave={(fields) => {
        const changes = changedFields(initial, fields);
        if (Object.keys(changes).length === 0) navigate(paths.plan(planId));
        else update.mutate({ plan: plan.data, changes });
      }}
    />
  );
}
