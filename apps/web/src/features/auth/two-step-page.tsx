import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/form/error-summary';
import { fieldErrorsFrom } from '../../components/form/field-errors';
import { TextInput } from '../../components/form/text-input';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { SummaryList, SummaryRow } from '../../components/summary-list';
import { formatDay } from '../../lib/format-date';
import { paths } from '../../lib/paths';
import { useNewRecoveryCodes, useTurnOffTwoStep, useTwoStep } from './api/two-step';
import { RecoveryCodes } from './components/recovery-codes';

function NewRecoveryCodesForm() {
  const [code, setCode] = useState('');
  const renew = useNewRecoveryCodes();
  const errors = fieldErrorsFrom(renew.error, 'recoveryCode', { code: 'recoveryCode' });
  if (renew.data) return <RecoveryCodes codes={renew.data.recoveryCodes} />;
  return (
    <form
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        renew.mutate(code.trim());
      }}
      noValidate
    >
      <ErrorSummary errors={errors} />
      <p className="govuk-body">New codes replace the old ones, which stop working.</p>
      <TextInput
        id="recoveryCode"
        label="Code from your authenticator app"
        width="10"
        inputMode="numeric"
        autoComplete="one-time-code"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={errors[0]?.message}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={renew.isPending}>
        Get new recovery codes
      </button>
    </form>
  );
}

function TurnOffForm() {
  const [password, setPassword] = useState('');
  const turnOff = useTurnOffTwoStep();
  const errors = fieldErrorsFrom(turnOff.error, 'password');
  return (
    <form
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        turnOff.mutate({ password });
      }}
      noValidate
    >
      <ErrorSummary errors={errors} />
      <TextInput
        id="password"
        label="Your password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors[0]?.message}
      />
      <button type="submit" className="govuk-button govuk-button--warning" disabled={turnOff.isPending}>
        Turn off two-step verification
      </button>
    </form>
  );
}

/** Your own two-step verification: whether it is on, recovery codes, and turning it on or off. */
export default function TwoStepPage() {
  const status = useTwoStep();
  const title = 'Two-step verification';
  if (status.isPending) return <Loading what="your two-step verification" />;
  if (status.isError) return <QueryError title={title} error={status.error} />;
  const { enabled, enabledAt, recoveryCodesLeft, required } = status.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`${title} – ragboard`}</title>
        <Link to={paths.home()} className="govuk-back-link">
          Back to the dashboard
        </Link>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">
          With two-step verification, signing in takes a code from an app on your phone as well as your
          password, so a password alone is not enough to get in.
          {required && ' Partnership managers must use it.'}
        </p>
        <SummaryList>
          <SummaryRow label="Status">
            {enabled && enabledAt ? `On since ${formatDay(enabledAt)}` : 'Off'}
          </SummaryRow>
          {enabled && <SummaryRow label="Recovery codes left">{recoveryCodesLeft}</SummaryRow>}
        </SummaryList>
        {enabled ? (
          <>
            <h2 className="govuk-heading-m">Recovery codes</h2>
            <NewRecoveryCodesForm />
            {!required && (
              <>
                <h2 className="govuk-heading-m">Turn it off</h2>
                <TurnOffForm />
              </>
            )}
          </>
        ) : (
          <Link to={paths.setUpTwoStep()} className="govuk-button" role="button">
            Set up two-step verification
          </Link>
        )}
      </div>
    </div>
  );
}
