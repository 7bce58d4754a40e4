import {
  accountRights,
  MIN_PASSWORD_LENGTH,
  ROLE_NAMES,
  ROLES,
  type Role,
  type User,
} from '@ragboard/shared';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorSummary, type FieldError } from '../../components/form/error-summary';
import { fieldErrorsFrom } from '../../components/form/field-errors';
import { Radios } from '../../components/form/radios';
import { TextInput } from '../../components/form/text-input';
import { Loading } from '../../components/loading';
import { WarningText } from '../../components/warning-text';
import { paths } from '../../lib/paths';
import { useSession } from '../../lib/queries/get-session';
import { useAccounts } from './api/get-accounts';
import { useResetPassword } from './api/reset-password';
import { useResetTwoStep } from './api/reset-two-step';
import { useUpdateAccount } from './api/update-account';

function RoleForm({ user }: { user: User }) {
  const [role, setRole] = useState<Role>(user.role);
  const update = useUpdateAccount();
  const errors = fieldErrorsFrom(update.error, 'role');
  return (
    <form
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        update.mutate({ user, changes: { role } });
      }}
      noValidate
    >
      <ErrorSummary errors={errors} />
      <Radios
        name="role"
        legend="Role"
        options={ROLES.map((r) => ({ value: r, label: ROLE_NAMES[r] }))}
        value={role}
        onChange={setRole}
        error={errors[0]?.message}
      />
      <button type="submit" className="govuk-button" disabled={update.isPending}>
        Change role
      </button>
      {update.isSuccess && (
        <p className="govuk-body" role="status">
          The role is now {ROLE_NAMES[update.data.role]}. The account has been signed out everywhere.
        </p>
      )}
    </form>
  );
}

function PasswordForm({ user }: { user: User }) {
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState<FieldError[]>([]);
  const reset = useResetPassword({ onSuccess: () => setPassword('') });
  const errors = checked.length > 0 ? checked : fieldErrorsFrom(reset.error, 'password');
  return (
    <form
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        const short = password.length < MIN_PASSWORD_LENGTH;
        setChecked(
          short
            ? [{ field: 'password', message: `Passwords must be at least ${MIN_PASSWORD_LENGTH} characters` }]
            : [],
        );
        if (!short) reset.mutate({ userId: user.id, password });
      }}
      noValidate
    >
      <ErrorSummary errors={errors} />
      <TextInput
        id="password"
        label="New password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters, not a common password or the person’s name or email. The account is signed out everywhere.`}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors[0]?.message}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={reset.isPending}>
        Set the new password
      </button>
      {reset.isSuccess && (
        <p className="govuk-body" role="status">
          The password has been changed.
        </p>
      )}
    </form>
  );
}

function TwoStepReset({ user }: { user: User }) {
  const [confirming, setConfirming] = useState(false);
  const reset = useResetTwoStep();
  const own = useSession().data?.user.id === user.id;
  // An account that manages must use two-step: it is asked to set it up when it next signs in.
  const mustSetUp = accountRights(user).manage;
  if (reset.isSuccess) {
    return (
      <p className="govuk-body" role="status">
        Two-step verification has been reset and the account signed out everywhere.
        {mustSetUp ? ' They set it up again when they next sign in.' : ''}
      </p>
    );
  }
  if (!user.twoStepEnabled) {
    return <p className="govuk-body">Off.{mustSetUp ? ' They set it up when they next sign in.' : ''}</p>;
  }
  if (own) {
    // Decision 030: one's own second factor goes only with another manager's reset.
    return (
      <p className="govuk-body">
        On. If you lose your phone and your recovery codes, another partnership manager can reset it for you.
      </p>
    );
  }
  return (
    <>
      <p className="govuk-body">On. Reset it if they have lost their phone and their recovery codes.</p>
      {reset.error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {reset.error.message}
        </p>
      )}
      {confirming ? (
        <WarningText>
          Make sure you know it is them asking: resetting lets the password alone into the account until it is
          set up again.
        </WarningText>
      ) : null}
      <div className="govuk-button-group">
        {confirming ? (
          <>
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              onClick={() => reset.mutate(user.id)}
              disabled={reset.isPending}
            >
              Yes, reset two-step verification
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => setConfirming(false)}
            >
              Cancel
            </button>
          </>
        ) : (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => setConfirming(true)}
          >
            Reset two-step verification
          </button>
        )}
      </div>
    </>
  );
}

/** A manager changes an account's role, sets it a new password or resets its two-step verification. */
export default function EditAccountPage() {
  const { userId } = useParams();
  const accounts = useAccounts();
  if (accounts.isPending) return <Loading what="the account" />;
  const user = accounts.data?.users.find((u) => u.id === userId);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`${user?.displayName ?? 'Account'} – ragboard`}</title>
        <Link to={paths.accounts()} className="govuk-back-link">
          Back to accounts
        </Link>
        {user ? (
          <>
            <span className="govuk-caption-l">{user.email}</span>
            <h1 className="govuk-heading-l">{user.displayName}</h1>
            <h2 className="govuk-heading-m">Role</h2>
            <RoleForm user={user} />
            <h2 className="govuk-heading-m">Password</h2>
            <PasswordForm user={user} />
            <h2 className="govuk-heading-m">Two-step verification</h2>
            <TwoStepReset user={user} />
          </>
        ) : (
          <h1 className="govuk-heading-l">Account not found</h1>
        )}
      </div>
    </div>
  );
}
