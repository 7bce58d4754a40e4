import { type Role, safeReturnTo } from '@ragboard/shared';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary, type FieldError } from '../../components/form/error-summary';
import { TextInput } from '../../components/form/text-input';
import { Loading } from '../../components/loading';
import { ImportantBanner, SuccessBanner } from '../../components/success-banner';
import { ApiError } from '../../lib/api-client';
import { loadDocument } from '../../lib/load-document';
import { paths } from '../../lib/paths';
import { authKeys } from '../../lib/queries/auth-keys';
import { useSession } from '../../lib/queries/get-session';
import { landingPage, secondStepPath } from '../../lib/sign-in-paths';
import { PASSWORD_ONLY, useAuthOptions } from './api/get-auth-options';
import { useSignIn } from './api/sign-in';
import { DemoAccounts } from './components/demo-accounts';
import { OrganisationSignIn } from './components/organisation-sign-in';

function serverErrors(error: Error | null): FieldError[] {
  if (!error) return [];
  if (error instanceof ApiError && (error.status === 401 || error.status === 429)) {
    return [{ field: 'email', message: error.message }];
  }
  return [{ field: 'email', message: 'Sorry, there is a problem with the service. Try again later.' }];
}

export default function SignInPage() {
  const [params] = useSearchParams();
  const arrival = useLocation().state as { signedOutBecause?: string; passwordReset?: boolean } | null;
  const signedOutBecause = arrival?.signedOutBecause;
  const tooManyTries = signedOutBecause === 'password-tries' || signedOutBecause === 'code-tries';
  const queryClient = useQueryClient();
  // The server ended the session; forget it here, once this page (not the one left) is showing.
  useEffect(() => {
    if (tooManyTries) queryClient.setQueryData(authKeys.session(), null);
  }, [tooManyTries, queryClient]);
  const navigate = useNavigate();
  const returnTo = safeReturnTo(params.get('returnTo'));
  // Without a page asked for, each role lands where its work is: leads on their own actions.
  const landing = (role: Role) => (params.has('returnTo') ? returnTo : landingPage(role));
  const session = useSession();
  const options = useAuthOptions();
  const signIn = useSignIn({
    // Signed in: the page asked for opens as a new document, shown once and whole (decision 043).
    onSuccess: ({ secondStep, user }) =>
      secondStep
        ? navigate(secondStepPath(secondStep, landing(user.role)), { replace: true })
        : loadDocument(landing(user.role)),
  });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<FieldError[]>([]);

  // Already signed in on arrival; once this page signs someone in, onSuccess decides where they go.
  if (session.data && !tooManyTries && signIn.isIdle) {
    const { secondStep } = session.data;
    return <Navigate to={secondStep ? secondStepPath(secondStep, returnTo) : returnTo} replace />;
  }
  if (options.isPending) return <Loading what="the sign-in page" />;
  const methods = options.data ?? PASSWORD_ONLY;

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FieldError[] = [];
    if (!email.trim()) errors.push({ field: 'email', message: 'Enter your email address' });
    if (!password) errors.push({ field: 'password', message: 'Enter your password' });
    setMissing(errors);
    if (errors.length === 0) signIn.mutate({ email: email.trim(), password });
  }

  const errors = missing.length > 0 ? missing : serverErrors(signIn.error);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`${errors.length ? 'Error: ' : ''}Sign in – ragboard`}</title>
        <ErrorSummary errors={errors} />
        {tooManyTries && errors.length === 0 && (
          <ImportantBanner
            id="signed-out"
            heading={
              signedOutBecause === 'code-tries'
                ? 'You have been signed out: the code was wrong too many times.'
                : 'You have been signed out: the current password was wrong too many times.'
            }
          >
            <p className="govuk-body">
              {signedOutBecause === 'code-tries'
                ? 'Wait 15 minutes and sign in again. If you have lost your phone, use a recovery code, or ask your partnership manager to reset your two-step verification.'
                : 'Sign in again, or ask your partnership manager to set a new password if you have forgotten it.'}
            </p>
          </ImportantBanner>
        )}
        {arrival?.passwordReset && errors.length === 0 && (
          <SuccessBanner id="password-reset" heading="Your password has been reset">
            <p className="govuk-body">Sign in with your new password. Every other session has ended.</p>
          </SuccessBanner>
        )}
        <h1 className="govuk-heading-l">Sign in</h1>
        {methods.oidc && <OrganisationSignIn label={methods.oidc.label} returnTo={returnTo} />}
        {methods.oidc && methods.password && <p className="govuk-body govuk-!-font-weight-bold">or</p>}
        {methods.password && (
          <form onSubmit={submit} noValidate>
            <TextInput
              id="email"
              label="Email"
              type="email"
              autoComplete="email"
              spellCheck={false}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={errorFor('email')}
            />
            <TextInput
              id="password"
              label="Password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={errorFor('password')}
            />
            <button type="submit" className="govuk-button" disabled={signIn.isPending}>
              Sign in
            </button>
            <p className="govuk-body">
              <Link to={paths.forgottenPassword()} className="govuk-link">
                Forgotten your password?
              </Link>
            </p>
          </form>
        )}
        {methods.password && <DemoAccounts />}
      </div>
    </div>
  );
}
