import { passwordResetBodySchema } from '@ragboard/shared';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { FieldError } from '../../components/form/error-summary';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../../components/form/field-errors';
import { FormPage } from '../../components/form/form-page';
import { TextInput } from '../../components/form/text-input';
import { Loading } from '../../components/loading';
import { ApiError } from '../../lib/api-client';
import { paths } from '../../lib/paths';
import { usePasswordResetLink, useResetPassword } from './api/password-reset';

/** A link that has expired, been used, or was never one: the way to ask for another. */
function LinkGone({ message }: { message: string }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>This link does not work – ragboard</title>
        <h1 className="govuk-heading-l">This link does not work</h1>
        <p className="govuk-body">{message}</p>
        <p className="govuk-body">
          <Link to={paths.forgottenPassword()} className="govuk-link">
            Ask for a new link
          </Link>
        </p>
      </div>
    </div>
  );
}

/** The page a reset link opens: a new password under the password rules, then sign in with it. */
export default function ResetPasswordPage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const link = usePasswordResetLink(token);
  const [newPassword, setNewPassword] = useState('');
  const [checked, setChecked] = useState<FieldError[]>([]);
  const reset = useResetPassword({
    onSuccess: () => navigate(paths.signIn(), { replace: true, state: { passwordReset: true } }),
  });

  if (link.isPending) return <Loading what="your link" />;
  if (link.isError) {
    const gone = link.error instanceof ApiError && [400, 404].includes(link.error.status);
    return (
      <LinkGone
        message={
          gone
            ? 'This link to reset your password has expired or has already been used. Each link works once, for one hour.'
            : link.error.message
        }
      />
    );
  }
  if (reset.error instanceof ApiError && reset.error.status === 404) {
    return <LinkGone message={reset.error.message} />;
  }

  function submit() {
    const parsed = passwordResetBodySchema.safeParse({ token, newPassword });
    const errors = parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues, 'newPassword');
    setChecked(errors);
    if (parsed.success) reset.mutate(parsed.data);
  }

  const errors = checked.length > 0 ? checked : fieldErrorsFrom(reset.error, 'newPassword');
  return (
    <FormPage
      title="Set a new password"
      back={{ to: paths.signIn(), label: 'Back to sign in' }}
      errors={errors}
      submitLabel="Set new password"
      pending={reset.isPending}
      onSubmit={submit}
    >
      <p className="govuk-body">
        For the account {link.data.email}. Setting a new password signs this account out everywhere.
      </p>
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
  );
}
