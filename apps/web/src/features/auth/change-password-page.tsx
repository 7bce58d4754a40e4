import { changePasswordBodySchema } from '@ragboard/shared';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { FieldError } from '../../components/form/error-summary';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../../components/form/field-errors';
import { FormPage } from '../../components/form/form-page';
import { TextInput } from '../../components/form/text-input';
import { SuccessBanner } from '../../components/success-banner';
import { ApiError } from '../../lib/api-client';
import { paths } from '../../lib/paths';
import { useChangePassword } from './api/change-password';

/** Your own password: the current one, then a new one; every other session ends. */
export default function ChangePasswordPage() {
  const navigate = useNavigate();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [checked, setChecked] = useState<FieldError[]>([]);
  const [changed, setChanged] = useState(false);
  const change = useChangePassword({
    onSuccess: () => {
      setChanged(true);
      setCurrentPassword('');
      setNewPassword('');
    },
    onSignedOut: () =>
      navigate(paths.signIn(), { replace: true, state: { signedOutBecause: 'password-tries' } }),
  });

  function submit() {
    setChanged(false);
    const parsed = changePasswordBodySchema.safeParse({ currentPassword, newPassword });
    const errors = parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues, 'newPassword');
    setChecked(errors);
    if (parsed.success) change.mutate(parsed.data);
  }

  const signedOut = change.error instanceof ApiError && [401, 429].includes(change.error.status);
  const errors =
    checked.length > 0 ? checked : signedOut ? [] : fieldErrorsFrom(change.error, 'currentPassword');
  return (
    <>
      {changed && (
        <SuccessBanner id="password-changed" heading="Your password has been changed">
          <p className="govuk-body">You have been signed out everywhere else.</p>
        </SuccessBanner>
      )}
      <FormPage
        title="Change your password"
        back={{ to: '/', label: 'Back to the dashboard' }}
        errors={errors}
        submitLabel="Change password"
        pending={change.isPending}
        onSubmit={submit}
      >
        <p className="govuk-body">Changing your password signs you out on every other device.</p>
        <TextInput
          id="currentPassword"
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.target.value)}
          error={errors.find((e) => e.field === 'currentPassword')?.message}
        />
        <TextInput
          id="newPassword"
          label="New password"
          hint="At least 12 characters, not a common password or your name or email. Three or four unrelated words work well."
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
          error={errors.find((e) => e.field === 'newPassword')?.message}
        />
      </FormPage>
    </>
  );
}
