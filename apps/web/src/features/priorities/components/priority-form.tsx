import { type CreatePriorityBody, createPriorityBodySchema, type ReportingCadence } from '@ragboard/shared';
import { useState } from 'react';
import { Checkboxes } from '../../../components/form/checkboxes';
import type { FieldError } from '../../../components/form/error-summary';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../../../components/form/field-errors';
import { FormPage } from '../../../components/form/form-page';
import { PersonSelect } from '../../../components/form/person-select';
import { Radios } from '../../../components/form/radios';
import { TextInput } from '../../../components/form/text-input';

export interface PriorityFields {
  ref: string;
  title: string;
  deliveryGroupName: string;
  leadId: string;
  leadRole: string;
  reportingCadence: ReportingCadence | '';
  byException: boolean;
}

/** The API's nested names for the delivery group, as the ids of this form's fields. */
const FIELD_IDS = {
  'deliveryGroup.name': 'deliveryGroupName',
  'deliveryGroup.leadId': 'leadId',
  'deliveryGroup.leadRole': 'leadRole',
  'deliveryGroup.reportingCadence': 'reportingCadence',
  'deliveryGroup.byException': 'byException',
};

const blank = (value: string) => value.trim() || null;

export function priorityBody(fields: PriorityFields): CreatePriorityBody {
  return {
    ref: fields.ref.trim(),
    title: fields.title.trim(),
    deliveryGroup: {
      name: blank(fields.deliveryGroupName),
      leadId: fields.leadId || null,
      leadRole: blank(fields.leadRole),
      reportingCadence: fields.reportingCadence || undefined,
      byException: fields.byException,
    },
  };
}

function check(fields: PriorityFields): FieldError[] {
  const parsed = createPriorityBodySchema.safeParse(priorityBody(fields));
  const errors = parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues, 'ref', FIELD_IDS);
  if (!fields.reportingCadence) {
    errors.push({ field: 'reportingCadence', message: 'Select how often the delivery group reports' });
  }
  return errors;
}

interface PriorityFormProps {
  title: string;
  caption: string;
  back: { to: string; label: string };
  initial: PriorityFields;
  submitLabel: string;
  pending: boolean;
  error: Error | null;
  onSave: (body: CreatePriorityBody) => void;
}

export function PriorityForm({ initial, error, onSave, ...page }: PriorityFormProps) {
  const [fields, setFields] = useState(initial);
  const [refused, setRefused] = useState<FieldError[]>([]);
  const set =
    <K extends keyof PriorityFields>(field: K) =>
    (value: PriorityFields[K]) =>
      setFields({ ...fields, [field]: value });

  function submit() {
    const errors = check(fields);
    setRefused(errors);
    if (errors.length === 0) onSave(priorityBody(fields));
  }

  const errors = refused.length > 0 ? refused : fieldErrorsFrom(error, 'ref', FIELD_IDS);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <FormPage {...page} errors={errors} onSubmit={submit}>
      <TextInput
        id="ref"
        label="Reference"
        hint="For example, 3"
        width="10"
        value={fields.ref}
        onChange={(e) => set('ref')(e.target.value)}
        error={errorFor('ref')}
      />
      <TextInput
        id="title"
        label="Title"
        value={fields.title}
        onChange={(e) => set('title')(e.target.value)}
        error={errorFor('title')}
      />
      <h2 className="govuk-heading-m">Delivery group</h2>
      <TextInput
        id="deliveryGroupName"
        label="Delivery group name (optional)"
        value={fields.deliveryGroupName}
        onChange={(e) => set('deliveryGroupName')(e.target.value)}
        error={errorFor('deliveryGroupName')}
      />
      <PersonSelect
        id="leadId"
        label="Lead (optional)"
        value={fields.leadId}
        onChange={set('leadId')}
        error={errorFor('leadId')}
      />
      <TextInput
        id="leadRole"
        label="Lead’s role (optional)"
        hint="For example, Head of Inclusion. Give a role, a person, or both."
        value={fields.leadRole}
        onChange={(e) => set('leadRole')(e.target.value)}
        error={errorFor('leadRole')}
      />
      <Radios
        name="reportingCadence"
        legend="How often does the group report?"
        options={[
          { value: 'monthly', label: 'Monthly' },
          { value: 'quarterly', label: 'Quarterly' },
        ]}
        value={fields.reportingCadence}
        onChange={set('reportingCadence')}
        error={errorFor('reportingCadence')}
      />
      <Checkboxes
        name="byException"
        legend="Exceptions"
        options={[{ value: 'yes', label: 'Also reports by exception' }]}
        checked={fields.byException ? ['yes'] : []}
        onToggle={(_, on) => set('byException')(on)}
        error={errorFor('byException')}
      />
    </FormPage>
  );
}
