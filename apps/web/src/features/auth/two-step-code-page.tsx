import { safeReturnTo } from '@ragboard/shared';
import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Checkboxes } from '../../components/form/checkboxes';
import { ErrorSummary, type FieldError } from '../../components/form/error-summary';
import { fieldErrorsFrom } from '../../components/form/field-errors';
import { TextInput } from '../../components/form/text-input';
import { Loading } from '../../components/loading';
import { ApiError } from '../../lib/api-client';
import { loadDocument } from '../../lib/load-document';
import { paths } from '../../lib/paths';
import { useSession } from '../../lib/queries/get-session';
import { useSignOut } from './api/sign-out';
import { useVerifyTwoStep } from './api/two-step';

/** The second step of signing in: a code from the authenticator app, or a recovery code. */
export default function TwoStepCodePage() {
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const navigate = useNavigate();
  const session = useSession();
  const [code, setCode] = useState('');
  const [remember, setRemember] = useState(false);
  const [missing, setMissing] = useState<FieldError[]>([]);
  // Signed in: the page asked for opens as a new document, shown once and whole (decision 043).
  const verify = useVerifyTwoStep({ onSuccess: () => loadDocument(returnTo) });
  const signOut = useSignOut({ onSuccess: () => navigate(paths.signIn(), { replace: true }) });

  const signedOut = verify.error instanceof ApiError && [401, 429].includes(verify.error.status);
  if (signedOut)
    return (
      <Navigate
        to={paths.signIn()}
        replace
        state={{ signedOutBecause: 'code-tries', message: verify.error?.message }}
      />
    );
  if (session.isPending) return <Loading what="your sign-in" />;
  if (!session.data) return <Navigate to={paths.signIn()} replace />;
  if (session.data.secondStep !== 'verify' && verify.isIdle) return <Navigate to={returnTo} replace />;

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors = code.trim()
      ? []
      : [{ field: 'code', message: 'Enter the code from your authenticator app' }];
    setMissing(errors);
    if (errors.length === 0) verify.mutate({ code: code.trim(), rememberBrowser: remember });
  }

  const errors = missing.length > 0 ? missing : fieldErrorsFrom(verify.error, 'code');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`${errors.length ? 'Error: ' : ''}Enter the code from your authenticator app – ragboard`}</title>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">Signing in as {session.data.user.email}</span>
        <h1 className="govuk-heading-l">Enter the code from your authenticator app</h1>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="code"
            label="Code"
            hint="The 6-digit code the app shows for ragboard now. If you do not have your phone, enter one of your recovery codes."
            width="10"
            autoComplete="one-time-code"
            spellCheck={false}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={errors.find((e) => e.field === 'code')?.message}
          />
          <Checkboxes
            name="rememberBrowser"
            legend="This browser"
            small
            options={[
              {
                value: 'yes',
                label: 'Do not ask for a code on this browser for 30 days',
                hint: 'Only on a computer that nobody else uses.',
              },
            ]}
            checked={remember ? ['yes'] : []}
            onToggle={(_, on) => setRemember(on)}
          />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" disabled={verify.isPending}>
              Continue
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => signOut.mutate()}
              disabled={signOut.isPending}
            >
              Sign out
            </button>
          </div>
        </form>
        <p className="govuk-body">
          Lost your phone and your recovery codes? Ask your partnership manager to reset your two-step
          verification.
        </p>
      </div>
    </div>
  );
}
