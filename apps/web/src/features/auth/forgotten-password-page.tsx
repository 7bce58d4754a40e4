import { PASSWORD_RESET_SENT, passwordResetRequestBodySchema } from '@ragboard/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import type { FieldError } from '../../components/form/error-summary';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../../components/form/field-errors';
import { FormPage } from '../../components/form/form-page';
import { TextInput } from '../../components/form/text-input';
import { paths } from '../../lib/paths';
import { useRequestPasswordReset } from './api/password-reset';

/** "Forgotten your password?": an email address in, the same answer out whoever it belongs to. */
export default function ForgottenPasswordPage() {
  const [email, setEmail] = useState('');
  const [checked, setChecked] = useState<FieldError[]>([]);
  const request = useRequestPasswordReset();

  function submit() {
    const parsed = passwordResetRequestBodySchema.safeParse({ email });
    const errors = parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues, 'email');
    setChecked(errors);
    if (parsed.success) request.mutate(parsed.data.email);
  }

  if (request.isSuccess) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <title>Check your email – ragboard</title>
          <h1 className="govuk-heading-l">Check your email</h1>
          <p className="govuk-body">{PASSWORD_RESET_SENT}</p>
          <p className="govuk-body">
            If no email comes, check your junk folder, or ask your partnership manager.
          </p>
          <p className="govuk-body">
            <Link to={paths.signIn()} className="govuk-link">
              Back to sign in
            </Link>
          </p>
        </div>
      </div>
    );
  }

  const errors = checked.length > 0 ? checked : fieldErrorsFrom(request.error, 'email');
  return (
    <FormPage
      title="Forgotten your password?"
      back={{ to: paths.signIn(), label: 'Back to sign in' }}
      errors={errors}
      submitLabel="Send a reset link"
      pending={request.isPending}
      onSubmit={submit}
    >
      <p className="govuk-body">
        Enter the email address you sign in with. We will send a link to set a new password: it works once,
        for one hour.
      </p>
      <TextInput
        id="email"
        label="Email"
        type="email"
        autoComplete="email"
        spellCheck={false}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.find((e) => e.field === 'email')?.message}
      />
    </FormPage>
  );
}
