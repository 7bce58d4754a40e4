import { MIN_PASSWORD_LENGTH, ROLE_NAMES, ROLES, type Role } from '@ragboard/shared';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary, type FieldError } from '../../components/form/error-summary';
import { fieldErrorsFrom } from '../../components/form/field-errors';
import { Radios } from '../../components/form/radios';
import { Select } from '../../components/form/select';
import { TextInput } from '../../components/form/text-input';
import { paths } from '../../lib/paths';
import { usePeople } from '../../lib/queries/get-people';
import { useCreateAccount } from './api/create-account';

const ROLE_HINTS: Record<Role, string> = {
  manager: 'Keeps the plan, accounts and reports; signs actions off',
  lead: 'Updates the actions they lead',
  board: 'Reads the plan, dashboards and published reports',
  forum: 'Reads like a board member; comments on actions and challenges their status',
};

export default function NewAccountPage() {
  const navigate = useNavigate();
  const create = useCreateAccount({ onSuccess: () => navigate(paths.accounts()) });
  const [form, setForm] = useState({
    displayName: '',
    email: '',
    role: '' as Role | '',
    password: '',
    personId: '',
  });
  const people = usePeople();
  // A person already linked to an account cannot be linked to a second one.
  const personOptions = [
    { value: '', label: 'Not one of the plan’s people' },
    ...(people.data?.people ?? [])
      .filter((p) => !p.accountEmail)
      .map((p) => ({ value: p.id, label: p.organisation ? `${p.name}, ${p.organisation}` : p.name })),
  ];
  const [missing, setMissing] = useState<FieldError[]>([]);
  const set = (field: keyof typeof form) => (value: string) => setForm({ ...form, [field]: value });

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FieldError[] = [];
    if (!form.displayName.trim()) errors.push({ field: 'displayName', message: 'Enter the person’s name' });
    if (!form.email.trim()) errors.push({ field: 'email', message: 'Enter an email address' });
    if (!form.role) errors.push({ field: 'role', message: 'Select a role' });
    if (form.password.length < MIN_PASSWORD_LENGTH) {
      errors.push({
        field: 'password',
        message: `Passwords must be at least ${MIN_PASSWORD_LENGTH} characters`,
      });
    }
    setMissing(errors);
    if (errors.length === 0 && form.role)
      create.mutate({ ...form, role: form.role, email: form.email.trim(), personId: form.personId || null });
  }

  const errors = missing.length > 0 ? missing : fieldErrorsFrom(create.error, 'email');
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`${errors.length ? 'Error: ' : ''}Create an account – ragboard`}</title>
        <Link to={paths.accounts()} className="govuk-back-link">
          Back to accounts
        </Link>
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Create an account</h1>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="displayName"
            label="Name"
            autoComplete="off"
            value={form.displayName}
            onChange={(e) => set('displayName')(e.target.value)}
            error={errorFor('displayName')}
          />
          <TextInput
            id="email"
            label="Email"
            type="email"
            spellCheck={false}
            autoComplete="off"
            value={form.email}
            onChange={(e) => set('email')(e.target.value)}
            error={errorFor('email')}
          />
          <Radios
            name="role"
            legend="Role"
            options={ROLES.map((role) => ({ value: role, label: ROLE_NAMES[role], hint: ROLE_HINTS[role] }))}
            value={form.role}
            onChange={set('role')}
            error={errorFor('role')}
          />
          <Select
            id="personId"
            label="Person in the plan (optional)"
            hint="Link the account to the person it is, so their actions show under My actions"
            options={personOptions}
            value={form.personId}
            onChange={(e) => set('personId')(e.target.value)}
            error={errorFor('personId')}
          />
          <TextInput
            id="password"
            label="Password"
            hint={`At least ${MIN_PASSWORD_LENGTH} characters, not a common password or the person’s name or email. Give it to them securely.`}
            type="password"
            autoComplete="new-password"
            value={form.password}
            onChange={(e) => set('password')(e.target.value)}
            error={errorFor('password')}
          />
          <button type="submit" className="govuk-button" disabled={create.isPending}>
            Create account
          </button>
        </form>
      </div>
    </div>
  );
}
