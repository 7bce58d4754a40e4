import { useNavigate } from 'react-router';
import { paths } from '../../lib/paths';
import { useCreatePlan } from './api/create-plan';
import { PlanForm } from './components/plan-form';

export default function NewPlanPage() {
  const navigate = useNavigate();
  const create = useCreatePlan({ onSuccess: (plan) => navigate(paths.plan(plan.id)) });
  return (
    <PlanForm
      title="Create a plan"
      back={{ to: paths.plans(), label: 'Back to the plans' }}
      initial={{ title: '', periodStart: '', periodEnd: '' }}
      submitLabel="Create plan"
      pending={create.isPending}
      error={create.error}
      onSave={(fields) => create.mutate(fields)}
    />
  );
}
