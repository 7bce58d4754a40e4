import { createPersonBodySchema, type Person } from '@ragboard/shared';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { FieldError } from '../../components/form/error-summary';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../../components/form/field-errors';
import { FormPage } from '../../components/form/form-page';
import { Select } from '../../components/form/select';
import { TextInput } from '../../components/form/text-input';
import { ItemNotFound } from '../../components/item-not-found';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { changedFields } from '../../lib/changes';
import { paths } from '../../lib/paths';
import { useOrganisations } from '../../lib/queries/get-organisations';
import { usePeople } from '../../lib/queries/get-people';
import { isStaleVersion } from '../../lib/stale-version';
import { useCreatePerson } from './api/create-person';
import { useUpdatePerson } from './api/update-person';

const blank = (value: string) => value.trim() || null;

function PersonForm({ person }: { person: Person | null }) {
  const navigate = useNavigate();
  const organisations = useOrganisations();
  const done = () => navigate(paths.people());
  const create = useCreatePerson({ onSuccess: done });
  const update = useUpdatePerson({ onSuccess: done });
  const mutation = person ? update : create;
  const [form, setForm] = useState({
    name: person?.name ?? '',
    role: person?.role ?? '',
    organisationId: person?.organisationId ?? '',
    email: person?.email ?? '',
  });
  const [refused, setRefused] = useState<FieldError[]>([]);
  const set = (field: keyof typeof form) => (value: string) => setForm({ ...form, [field]: value });

  function submit() {
    const body = {
      name: form.name.trim(),
      role: blank(form.role),
      organisationId: form.organisationId || null,
      email: blank(form.email),
    };
    const parsed = createPersonBodySchema.safeParse(body);
    const errors = parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues, 'name');
    setRefused(errors);
    if (errors.length > 0) return;
    if (!person) return create.mutate(body);
    const changes = changedFields(
      { name: person.name, role: person.role, organisationId: person.organisationId, email: person.email },
      body,
    );
    if (Object.keys(changes).length === 0) return done();
    update.mutate({ person, changes });
  }

  const errors = refused.length > 0 ? refused : fieldErrorsFrom(mutation.error, 'name');
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const options = organisations.data?.organisations.map((o) => ({ value: o.id, label: o.name })) ?? [];
  return (
    <FormPage
      title={person ? `Edit ${person.name}` : 'Add a person'}
      back={{ to: paths.people(), label: 'Back to people' }}
      errors={errors}
      conflict={refused.length === 0 && isStaleVersion(mutation.error)}
      submitLabel={person ? 'Save changes' : 'Add person'}
      pending={mutation.isPending}
      onSubmit={submit}
    >
      <TextInput
        id="name"
        label="Name"
        value={form.name}
        onChange={(e) => set('name')(e.target.value)}
        error={errorFor('name')}
      />
      <TextInput
        id="role"
        label="Role (optional)"
        hint="For example, Head of Inclusion"
        value={form.role}
        onChange={(e) => set('role')(e.target.value)}
        error={errorFor('role')}
      />
      <Select
        id="organisationId"
        label="Organisation (optional)"
        options={[{ value: '', label: 'None' }, ...options]}
        value={form.organisationId}
        onChange={(e) => set('organisationId')(e.target.value)}
        error={errorFor('organisationId')}
      />
      <TextInput
        id="email"
        label="Email (optional)"
        type="email"
        spellCheck={false}
        autoComplete="off"
        value={form.email}
        onChange={(e) => set('email')(e.target.value)}
        error={errorFor('email')}
      />
    </FormPage>
  );
}

export default function PersonFormPage() {
  const { personId } = useParams();
  const people = usePeople();
  if (!personId) return <PersonForm person={null} />;
  if (people.isPending) return <Loading what="the person" />;
  if (people.isError) return <QueryError title="The person could not be shown" error={people.error} />;
  const person = people.data.people.find((p) => p.id === personId);
  if (!person) return <ItemNotFound what="person" back={{ to: paths.people(), label: 'Back to people' }} />;
  return <PersonForm key={person.version} person={person} />;
}
