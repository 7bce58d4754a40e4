import { type CreatePlanBody, createPlanBodySchema, type PlanState } from '@ragboard/shared';
import { useState } from 'react';
import { Checkboxes } from '../../../components/form/checkboxes';
import type { FieldError } from '../../../components/form/error-summary';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../../../components/form/field-errors';
import { FormPage } from '../../../components/form/form-page';
import { Radios } from '../../../components/form/radios';
import { TextInput } from '../../../components/form/text-input';
import { isStaleVersion } from '../../../lib/stale-version';
import { PLAN_STATE_WORDS } from '../plan-words';

export type PlanFields = Pick<CreatePlanBody, 'title' | 'periodStart' | 'periodEnd'>;

/** The states a manager sets by editing: a draft is made active (or back); closing and archiving have their own pages. */
type EditableState = Extract<PlanState, 'draft' | 'active'>;

/** The plan's fields, and its state when the form edits a draft or active plan. */
export type PlanFormFields = PlanFields & { state?: EditableState; signOffNeedsEvidence?: boolean };

interface PlanFormProps {
  title: string;
  back: { to: string; label: string };
  initial: PlanFormFields;
  submitLabel: string;
  pending: boolean;
  error: Error | null;
  onSave: (fields: PlanFormFields) => void;
}

/** A plan's title and months, checked as the API checks them, each message on its own field. */
export function checkPlanFields(fields: PlanFields): FieldError[] {
  const errors: FieldError[] = [];
  if (!fields.periodStart) errors.push({ field: 'periodStart', message: 'Enter the month the plan starts' });
  if (!fields.periodEnd) errors.push({ field: 'periodEnd', message: 'Enter the month the plan ends' });
  const parsed = createPlanBodySchema.safeParse(fields);
  const fromSchema = parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues, 'title');
  return [...errors, ...fromSchema.filter((e) => !errors.some((other) => other.field === e.field))];
}

const MONTH_HINT = 'For example, 2023-02';

/** The title, start month and end month inputs, for any form that names a plan and its period. */
export function PlanFieldInputs(props: {
  fields: PlanFields;
  onChange: (field: keyof PlanFields, value: string) => void;
  errorFor: (field: string) => string | undefined;
}) {
  const { fields, onChange, errorFor } = props;
  return (
    <>
      <TextInput
        id="title"
        label="Title"
        value={fields.title}
        onChange={(e) => onChange('title', e.target.value)}
        error={errorFor('title')}
      />
      <TextInput
        id="periodStart"
        label="Start month"
        hint={MONTH_HINT}
        type="month"
        width="10"
        value={fields.periodStart}
        onChange={(e) => onChange('periodStart', e.target.value)}
        error={errorFor('periodStart')}
      />
      <TextInput
        id="periodEnd"
        label="End month"
        hint={MONTH_HINT}
        type="month"
        width="10"
        value={fields.periodEnd}
        onChange={(e) => onChange('periodEnd', e.target.value)}
        error={errorFor('periodEnd')}
      />
    </>
  );
}

const STATE_OPTIONS = [
  {
    value: 'draft',
    label: PLAN_STATE_WORDS.draft,
    hint: 'Being checked: no monthly rounds yet',
  },
  { value: 'active', label: PLAN_STATE_WORDS.active, hint: 'In use: its monthly rounds run' },
] as const;

/** The plan's title and period, for a new plan and for editing one (with its state, when it has one to set). */
export function PlanForm({ title, back, initial, submitLabel, pending, error, onSave }: PlanFormProps) {
  const [fields, setFields] = useState(initial);
  const [refused, setRefused] = useState<FieldError[]>([]);

  function submit() {
    const errors = checkPlanFields(fields);
    setRefused(errors);
    if (errors.length === 0) onSave({ ...fields, title: fields.title.trim() });
  }

  const errors = refused.length > 0 ? refused : fieldErrorsFrom(error, 'title');
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <FormPage
      title={title}
      back={back}
      errors={errors}
      conflict={refused.length === 0 && isStaleVersion(error)}
      submitLabel={submitLabel}
      pending={pending}
      onSubmit={submit}
    >
      <PlanFieldInputs
        fields={fields}
        onChange={(field, value) => setFields({ ...fields, [field]: value })}
        errorFor={errorFor}
      />
      {fields.state && (
        <Radios
          name="state"
          legend="State"
          options={STATE_OPTIONS}
          value={fields.state}
          onChange={(state) => setFields({ ...fields, state })}
          error={errorFor('state')}
        />
      )}
      {fields.signOffNeedsEvidence !== undefined && (
        <Checkboxes
          name="signOffNeedsEvidence"
          legend="Signing off"
          options={[
            {
              value: 'yes',
              label: 'A Blue is signed off only once a file of evidence is attached to its update',
              hint: 'Even a Blue from the partnership manager then waits for its evidence.',
            },
          ]}
          checked={fields.signOffNeedsEvidence ? ['yes'] : []}
          onToggle={(_, on) => setFields({ ...fields, signOffNeedsEvidence: on })}
          error={errorFor('signOffNeedsEvidence')}
        />
      )}
    </FormPage>
  );
}
