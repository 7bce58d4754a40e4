import { type CreateOutcomeBody, createOutcomeBodySchema } from '@ragboard/shared';
import { useState } from 'react';
import type { FieldError } from '../../../components/form/error-summary';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../../../components/form/field-errors';
import { FormPage } from '../../../components/form/form-page';
import { PersonSelect } from '../../../components/form/person-select';
import { TextInput } from '../../../components/form/text-input';
import { Textarea } from '../../../components/form/textarea';

export interface OutcomeFields {
  ref: string;
  title: string;
  leadId: string;
}

export const outcomeBody = (fields: OutcomeFields): CreateOutcomeBody => ({
  ref: fields.ref.trim(),
  title: fields.title.trim(),
  leadId: fields.leadId || null,
});

interface OutcomeFormProps {
  title: string;
  caption: string;
  back: { to: string; label: string };
  initial: OutcomeFields;
  submitLabel: string;
  pending: boolean;
  error: Error | null;
  onSave: (body: CreateOutcomeBody) => void;
}

export function OutcomeForm({ initial, error, onSave, ...page }: OutcomeFormProps) {
  const [fields, setFields] = useState(initial);
  const [refused, setRefused] = useState<FieldError[]>([]);
  const set = (field: keyof OutcomeFields) => (value: string) => setFields({ ...fields, [field]: value });

  function submit() {
    const parsed = createOutcomeBodySchema.safeParse(outcomeBody(fields));
    const errors = parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues, 'ref');
    setRefused(errors);
    if (parsed.success) onSave(outcomeBody(fields));
  }

  const errors = refused.length > 0 ? refused : fieldErrorsFrom(error, 'ref');
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <FormPage {...page} errors={errors} onSubmit={submit}>
      <TextInput
        id="ref"
        label="Reference"
        hint="For example, 1.4"
        width="10"
        value={fields.ref}
        onChange={(e) => set('ref')(e.target.value)}
        error={errorFor('ref')}
      />
      <Textarea
        id="title"
        label="Outcome statement"
        hint="Start a line with “- ” to make it a bullet point."
        value={fields.title}
        onChange={(e) => set('title')(e.target.value)}
        error={errorFor('title')}
      />
      <PersonSelect
        id="leadId"
        label="Outcome lead (optional)"
        value={fields.leadId}
        onChange={set('leadId')}
        error={errorFor('leadId')}
      />
    </FormPage>
  );
}
