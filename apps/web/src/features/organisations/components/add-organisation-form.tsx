import { createOrganisationBodySchema, ORGANISATION_KINDS } from '@ragboard/shared';
import { type FormEvent, useState } from 'react';
import { ErrorSummary, type FieldError } from '../../../components/form/error-summary';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../../../components/form/field-errors';
import { Select } from '../../../components/form/select';
import { TextInput } from '../../../components/form/text-input';
import { useCreateOrganisation } from '../api/create-organisation';
import { ORGANISATION_KIND_WORDS } from '../organisation-words';

const EMPTY = { name: '', kind: '' };

export function AddOrganisationForm() {
  const [form, setForm] = useState(EMPTY);
  const [refused, setRefused] = useState<FieldError[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const create = useCreateOrganisation({
    onSuccess: (organisation) => {
      setAdded(organisation.name);
      setForm(EMPTY);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    const parsed = createOrganisationBodySchema.safeParse({ name: form.name, kind: form.kind || undefined });
    const errors = parsed.success
      ? []
      : fieldErrorsFromIssues(parsed.error.issues, 'name').map((e) =>
          e.field === 'kind' ? { ...e, message: 'Select what kind of organisation it is' } : e,
        );
    setRefused(errors);
    if (parsed.success) create.mutate(parsed.data);
  }

  const errors = refused.length > 0 ? refused : fieldErrorsFrom(create.error, 'name');
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <section aria-labelledby="add-organisation">
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m" id="add-organisation">
        Add an organisation
      </h2>
      {added && (
        <p className="govuk-body" role="status">
          {added} was added.
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <TextInput
          id="name"
          label="Name"
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
          error={errorFor('name')}
        />
        <Select
          id="kind"
          label="Kind"
          options={[
            { value: '', label: 'Choose a kind' },
            ...ORGANISATION_KINDS.map((kind) => ({ value: kind, label: ORGANISATION_KIND_WORDS[kind] })),
          ]}
          value={form.kind}
          onChange={(e) => setForm({ ...form, kind: e.target.value })}
          error={errorFor('kind')}
        />
        <button type="submit" className="govuk-button" disabled={create.isPending}>
          Add organisation
        </button>
      </form>
    </section>
  );
}
