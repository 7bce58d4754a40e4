import type { CreateReportingBodyBody, ReportingBody, UpdateReportingBodyBody } from '@ragboard/shared';
import type { FormEvent, ReactNode } from 'react';
import { Checkboxes } from '../../../components/form/checkboxes';
import { ErrorSummary } from '../../../components/form/error-summary';
import { fieldErrorsFrom } from '../../../components/form/field-errors';
import { TextInput } from '../../../components/form/text-input';

/** A priority of the plan, as a body's packs may be limited to it. */
export type Priority = { id: string; ref: string; title: string };

/** What a body form holds as typed. */
export interface BodyFields {
  name: string;
  cadence: string;
  days: string;
  chosen: string[];
}

export const NEW_BODY: BodyFields = { name: '', cadence: '', days: '7', chosen: [] };

/** A body as its form shows it. */
export const fieldsOf = (body: ReportingBody): BodyFields => ({
  name: body.name,
  cadence: body.cadence,
  days: String(body.draftDaysBefore),
  chosen: body.priorityIds ?? [],
});

/** A body's fields, to add one or change one; `idSuffix` keeps ids apart when several are open. */
export function BodyForm({
  heading,
  submitLabel,
  idSuffix = '',
  fields,
  onChange,
  priorities,
  error,
  pending,
  onSubmit,
  children,
}: {
  heading: ReactNode;
  submitLabel: string;
  idSuffix?: string;
  fields: BodyFields;
  onChange: (fields: BodyFields) => void;
  priorities: Priority[];
  error: Error | null;
  pending: boolean;
  onSubmit: (body: UpdateReportingBodyBody & CreateReportingBodyBody) => void;
  children?: ReactNode;
}) {
  const id = (field: string) => `${field}${idSuffix}`;
  const errors = fieldErrorsFrom(error, id('name'), {
    name: id('name'),
    cadence: id('cadence'),
    draftDaysBefore: id('draftDaysBefore'),
    priorityIds: id('priorityIds'),
    sections: id('name'),
  });
  const errorFor = (field: string) => errors.find((e) => e.field === id(field))?.message;
  const set = (change: Partial<BodyFields>) => onChange({ ...fields, ...change });
  return (
    <form
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit({
          name: fields.name,
          cadence: fields.cadence,
          draftDaysBefore: Number(fields.days),
          priorityIds: fields.chosen.length ? fields.chosen : null,
        });
      }}
    >
      {heading}
      {children}
      <ErrorSummary errors={errors} />
      <TextInput
        id={id('name')}
        label="Name"
        value={fields.name}
        onChange={(e) => set({ name: e.target.value })}
        error={errorFor('name')}
      />
      <TextInput
        id={id('cadence')}
        label="How often it meets"
        hint="For example, Every two months"
        value={fields.cadence}
        onChange={(e) => set({ cadence: e.target.value })}
        error={errorFor('cadence')}
      />
      <Checkboxes
        name={id('priorityIds')}
        legend="Priorities its packs cover"
        hint="Leave all unticked for the whole plan."
        options={priorities.map((p) => ({ value: p.id, label: `${p.ref} ${p.title}` }))}
        checked={fields.chosen}
        onToggle={(value, on) =>
          set({ chosen: on ? [...fields.chosen, value] : fields.chosen.filter((c) => c !== value) })
        }
        error={errorFor('priorityIds')}
      />
      <TextInput
        id={id('draftDaysBefore')}
        label="Draft its pack this many days before the papers are due"
        inputMode="numeric"
        width="4"
        value={fields.days}
        onChange={(e) => set({ days: e.target.value })}
        error={errorFor('draftDaysBefore')}
      />
      <button type="submit" className="govuk-button" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
