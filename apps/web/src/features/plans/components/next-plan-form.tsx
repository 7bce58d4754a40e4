import type { NextPlanStartedReply, PlanTree } from '@ragboard/shared';
import { useState } from 'react';
import type { FieldError } from '../../../components/form/error-summary';
import { fieldErrorsFrom } from '../../../components/form/field-errors';
import { FormPage } from '../../../components/form/form-page';
import { paths } from '../../../lib/paths';
import { useKpis } from '../../../lib/queries/get-kpis';
import { isStaleVersion } from '../../../lib/stale-version';
import { useStartNextPlan } from '../api/start-next-plan';
import { initialDraft, nextPlanBody, refusedFields } from '../next-plan-draft';
import { CarriedActions } from './carried-actions';
import { CarriedKpis } from './carried-kpis';
import { ContinuingPriorities } from './continuing-priorities';
import { PlanFieldInputs } from './plan-form';

interface Props {
  plan: PlanTree;
  onStarted: (reply: NextPlanStartedReply) => void;
}

/** The next plan's title and months, then what continues into it from this one. */
export function NextPlanForm({ plan, onStarted }: Props) {
  const [draft, setDraft] = useState(() => initialDraft(plan));
  const [checked, setChecked] = useState<FieldError[]>([]);
  const kpis = useKpis(plan.id);
  const start = useStartNextPlan({ onSuccess: onStarted });

  function submit() {
    const { body, errors } = nextPlanBody(plan, draft, kpis.data?.kpis);
    setChecked(errors);
    if (errors.length === 0) start.mutate({ planId: plan.id, version: plan.version, body });
  }

  const refused =
    refusedFields(start.error, start.variables?.body, plan) ?? fieldErrorsFrom(start.error, 'title');
  const errors = checked.length > 0 ? checked : refused;
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const parts = { plan, draft, onChange: setDraft, errorFor };
  return (
    <FormPage
      title="Start the next plan"
      caption={plan.title}
      back={{ to: paths.plan(plan.id), label: 'Back to the plan' }}
      errors={errors}
      conflict={checked.length === 0 && isStaleVersion(start.error)}
      submitLabel="Start the next plan"
      pending={start.isPending}
      onSubmit={submit}
    >
      <p className="govuk-body">
        The next plan starts as a draft, with the people and organisations this plan shares. Check it, then
        make it active. This plan stays as it is until you close it.
      </p>
      <h2 className="govuk-heading-m">The next plan</h2>
      <PlanFieldInputs
        fields={draft.fields}
        onChange={(field, value) => setDraft({ ...draft, fields: { ...draft.fields, [field]: value } })}
        errorFor={errorFor}
      />
      <ContinuingPriorities {...parts} />
      <CarriedActions {...parts} />
      <CarriedKpis planId={plan.id} draft={draft} onChange={setDraft} errorFor={errorFor} />
    </FormPage>
  );
}
