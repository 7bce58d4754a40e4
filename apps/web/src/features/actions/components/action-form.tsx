import { type CreateActionBody, createActionBodySchema } from '@ragboard/shared';
import { useState } from 'react';
import type { FieldError } from '../../../components/form/error-summary';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../../../components/form/field-errors';
import { FormPage } from '../../../components/form/form-page';
import { TextInput } from '../../../components/form/text-input';
import { Textarea } from '../../../components/form/textarea';
import { isStaleVersion } from '../../../lib/stale-version';
import { DueField, type DueValue } from './due-field';
import { LeadsField } from './leads-field';

export interface ActionFields {
  ref: string;
  title: string;
  due: DueValue;
  leadIds: string[];
}

export function actionBody(fields: ActionFields): CreateActionBody {
  return {
    ref: fields.ref.trim(),
    title: fields.title.trim(),
    dueMonth: fields.due.kind === 'month' ? fields.due.month : null,
    dueText: fields.due.kind === 'text' ? fields.due.text.trim() : null,
    leadIds: fields.leadIds,
  };
}

function check(fields: ActionFields): FieldError[] {
  const errors: FieldError[] = [];
  if (!fields.due.kind) errors.push({ field: 'dueKind', message: 'Select when the action is due' });
  if (fields.due.kind === 'month' && !fields.due.month) {
    errors.push({ field: 'dueMonth', message: 'Enter the month the action is due' });
  }
  const parsed = createActionBodySchema.safeParse(actionBody(fields));
  const fromSchema = parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues, 'ref');
  return [...errors, ...fromSchema.filter((e) => !errors.some((other) => other.field === e.field))];
}

interface ActionFormProps {
  title: string;
  caption: string;
  back: { to: string; label: string };
  initial: ActionFields;
  submitLabel: string;
  pending: boolean;
  error: Error | null;
  onSave: (body: CreateActionBody) => void;
}

export function ActionForm({ initial, error, onSave, ...page }: ActionFormProps) {
  const [fields, setFields] = useState(initial);
  const [refused, setRefused] = useState<FieldError[]>([]);

  function submit() {
    const errors = check(fields);
    setRefused(errors);
    if (errors.length === 0) onSave(actionBody(fields));
  }

  const errors = refused.length > 0 ? refused : fieldErrorsFrom(error, 'ref');
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <FormPage
      {...page}
      errors={errors}
      conflict={refused.length === 0 && isStaleVersion(error)}
      onSubmit={submit}
    >
      <TextInput
        id="ref"
        label="Reference"
        hint="For example, 1.2.3"
        width="10"
        value={fields.ref}
        onChange={(e) => setFields({ ...fields, ref: e.target.value })}
        error={errorFor('ref')}
      />
      <Textarea
        id="title"
        label="Description"
        hint="Start a line with “- ” to make it a bullet point."
        value={fields.title}
        onChange={(e) => setFields({ ...fields, title: e.target.value })}
        error={errorFor('title')}
      />
      <DueField
        value={fields.due}
        onChange={(due) => setFields({ ...fields, due })}
        errors={{ kind: errorFor('dueKind'), month: errorFor('dueMonth'), text: errorFor('dueText') }}
      />
      <LeadsField
        value={fields.leadIds}
        onChange={(leadIds) => setFields({ ...fields, leadIds })}
        error={errorFor('leadIds')}
      />
    </FormPage>
  );
}
