import { safeReturnTo } from '@ragboard/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary, type FieldError } from '../../components/form/error-summary';
import { fieldErrorsFrom } from '../../components/form/field-errors';
import { TextInput } from '../../components/form/text-input';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { ApiError } from '../../lib/api-client';
import { paths } from '../../lib/paths';
import { useSession } from '../../lib/queries/get-session';
import { useConfirmSetup, useStartSetup } from './api/two-step';
import { RecoveryCodes } from './components/recovery-codes';

/** The secret in groups of four, as apps show it and people type it. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/**
 * Setting up two-step verification: at sign-in for a manager who must have it (`duringSignIn`),
 * or from the account page for anyone. A QR code (and the key as text, for those who cannot scan
 * it), a code from the app to confirm, then the recovery codes, shown once.
 */
export default function SetUpTwoStepPage({ duringSignIn }: { duringSignIn: boolean }) {
  const [params] = useSearchParams();
  const returnTo = duringSignIn ? safeReturnTo(params.get('returnTo')) : paths.twoStep();
  const navigate = useNavigate();
  const session = useSession();
  const start = useStartSetup();
  const confirm = useConfirmSetup();
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState<FieldError[]>([]);
  const started = useRef(false);
  const waiting = session.data?.secondStep;
  const mayStart = session.data && (duringSignIn ? waiting === 'enrol' : !waiting);
  useEffect(() => {
    if (mayStart && !started.current) {
      started.current = true;
      start.mutate();
    }
  }, [mayStart, start]);

  const signedOut = confirm.error instanceof ApiError && [401, 429].includes(confirm.error.status);
  if (signedOut)
    return (
      <Navigate
        to={paths.signIn()}
        replace
        state={{ signedOutBecause: 'code-tries', message: confirm.error?.message }}
      />
    );
  if (session.isPending) return <Loading what="your account" />;
  if (!session.data) return <Navigate to={paths.signIn()} replace />;
  const title = 'Set up two-step verification';

  if (confirm.data) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <title>Save your recovery codes – ragboard</title>
          <div className="govuk-panel govuk-panel--confirmation">
            <h1 className="govuk-panel__title">Two-step verification is on</h1>
          </div>
          <h2 className="govuk-heading-m">Save your recovery codes</h2>
          <RecoveryCodes codes={confirm.data.recoveryCodes} />
          <button
            type="button"
            className="govuk-button"
            onClick={() => {
              confirm.finish();
              navigate(returnTo, { replace: true });
            }}
          >
            I have saved my recovery codes, continue
          </button>
        </div>
      </div>
    );
  }
  if (!mayStart) return <Navigate to={duringSignIn ? returnTo : paths.twoStep()} replace />;
  if (start.isError) {
    return <QueryError title={title} error={start.error} />;
  }
  if (!start.data) return <Loading what="your QR code" />;

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors = code.trim() ? [] : [{ field: 'code', message: 'Enter the 6-digit code from the app' }];
    setMissing(errors);
    if (errors.length === 0) confirm.mutate(code.trim());
  }
  const errors = missing.length > 0 ? missing : fieldErrorsFrom(confirm.error, 'code');
  const qrCode = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(start.data.qrCodeSvg)}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`${errors.length ? 'Error: ' : ''}${title} – ragboard`}</title>
        {!duringSignIn && (
          <Link to={paths.twoStep()} className="govuk-back-link">
            Back to two-step verification
          </Link>
        )}
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">{title}</h1>
        {duringSignIn && (
          <p className="govuk-body">
            Partnership managers can change the whole plan, so signing in takes a code from your phone as well
            as your password. This takes about two minutes.
          </p>
        )}
        <h2 className="govuk-heading-m">1. Get an authenticator app</h2>
        <p className="govuk-body">
          Use an authenticator app on your phone, such as Microsoft Authenticator or Google Authenticator, or
          the one your organisation asks you to use.
        </p>
        <h2 className="govuk-heading-m">2. Scan this QR code with the app</h2>
        <img
          className="app-qr-code"
          src={qrCode}
          alt="QR code that adds ragboard to your authenticator app"
          width="200"
          height="200"
        />
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">I cannot scan the QR code</span>
          </summary>
          <div className="govuk-details__text">
            <p className="govuk-body">In the app, choose to enter a key by hand, and enter:</p>
            <p className="govuk-body">
              <code className="app-secret">{grouped(start.data.secret)}</code>
            </p>
            <p className="govuk-body">
              It is a time-based key for your email address, {session.data.user.email}.
            </p>
          </div>
        </details>
        <h2 className="govuk-heading-m">3. Enter the code the app shows</h2>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="code"
            label="Code from the app"
            hint="6 digits, for example 123456"
            width="10"
            inputMode="numeric"
            autoComplete="one-time-code"
            spellCheck={false}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={errors.find((e) => e.field === 'code')?.message}
          />
          <button type="submit" className="govuk-button" disabled={confirm.isPending}>
            Turn on two-step verification
          </button>
        </form>
      </div>
    </div>
  );
}
