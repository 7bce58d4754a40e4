import { type CreatePlanBody, createPlanBodySchema } from '@ragboard/shared';
import { useState } from 'react';
import type { FieldError } from '../../../components/form/error-summary';
import {
  fieldErrorsFrom,
  fieldErrorsFromIssues,
  isEditConflict,
} from '../../../components/form/field-errors';
import { FormPage } from '../../../components/form/form-page';
import { TextInput } from '../../../components/form/text-input';

export type PlanFields = Pick<CreatePlanBody, 'title' | 'periodStart' | 'periodEnd'>;

interface PlanFormProps {
  title: string;
  back: { to: string; label: string };
  initial: PlanFields;
  submitLabel: string;
  pending: boolean;
  error: Error | null;
  onSave: (fields: PlanFields) => void;
}

function check(fields: PlanFields): FieldError[] {
  const errors: FieldError[] = [];
  if (!fields.periodStart) errors.push({ field: 'periodStart', message: 'Enter the month the plan starts' });
  if (!fields.periodEnd) errors.push({ field: 'periodEnd', message: 'Enter the month the plan ends' });
  const parsed = createPlanBodySchema.safeParse(fields);
  const fromSchema = parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues, 'title');
  return [...errors, ...fromSchema.filter((e) => !errors.some((other) => other.field === e.field))];
}

/** The plan's title and period, for a new plan and for editing one. */
export function PlanForm({ title, back, initial, submitLabel, pending, error, onSave }: PlanFormProps) {
  const [fields, setFields] = useState(initial);
  const [refused, setRefused] = useState<FieldError[]>([]);
  const set = (field: keyof PlanFields) => (value: string) => setFields({ ...fields, [field]: value });

  function submit() {
    const errors = check(fields);
    setRefused(errors);
    if (errors.length === 0) onSave({ ...fields, title: fields.title.trim() });
  }

  const errors = refused.length > 0 ? refused : fieldErrorsFrom(error, 'title');
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const monthHint = 'For example, 2023-02';
  return (
    <FormPage
      title={title}
      back={back}
      errors={errors}
      conflict={refused.length === 0 && isEditConflict(error)}
      submitLabel={submitLabel}
      pending={pending}
      onSubmit={submit}
    >
      <TextInput
        id="title"
        label="Title"
        value={fields.title}
        onChange={(e) => set('title')(e.target.value)}
        error={errorFor('title')}
      />
      <TextInput
        id="periodStart"
        label="Start month"
        hint={monthHint}
        type="month"
        width="10"
        value={fields.periodStart}
        onChange={(e) => set('periodStart')(e.target.value)}
        error={errorFor('periodStart')}
      />
      <TextInput
        id="periodEnd"
        label="End month"
        hint={monthHint}
        type="month"
        width="10"
        value={fields.periodEnd}
        onChange={(e) => set('periodEnd')(e.target.value)}
        error={errorFor('periodEnd')}
      />
    </FormPage>
  );
}
