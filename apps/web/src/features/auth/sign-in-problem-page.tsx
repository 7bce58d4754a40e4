import { type OidcProblem, oidcProblemSchema } from '@ragboard/shared';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../lib/paths';

interface Explanation {
  heading: string;
  body: ReactNode;
}

const TRY_AGAIN_LATER = 'Try again in a few minutes. If it keeps happening, tell your partnership manager.';

/** Each reason the API gives, in plain words: what happened and what the person can do. */
function explain(reason: OidcProblem, email: string | null): Explanation {
  const address = email ?? 'your email address';
  switch (reason) {
    case 'unknown-email':
      return {
        heading: `There is no ragboard account for ${address}`,
        body: (
          <p className="govuk-body">
            Ask your partnership manager to add you to ragboard with this email address, then sign in again.
          </p>
        ),
      };
    case 'disabled':
      return {
        heading: 'Your ragboard account has been turned off',
        body: (
          <p className="govuk-body">
            The account for {address} is no longer active. Ask your partnership manager to turn it back on.
          </p>
        ),
      };
    case 'domain':
      return {
        heading: 'You cannot sign in to ragboard with this email address',
        body: (
          <p className="govuk-body">
            {address} is not from an organisation that signs in to ragboard here. Sign in with your work
            account, or ask your partnership manager.
          </p>
        ),
      };
    case 'unverified-email':
      return {
        heading: 'Your organisation has not confirmed your email address',
        body: (
          <p className="govuk-body">
            Your organisation’s sign-in service did not confirm that {address} is yours, so ragboard cannot
            use it to find your account. Ask your organisation’s IT team or your partnership manager.
          </p>
        ),
      };
    case 'no-email':
      return {
        heading: 'Your organisation’s sign-in service did not give your email address',
        body: (
          <p className="govuk-body">
            ragboard finds your account by your email address. Ask your organisation’s IT team or your
            partnership manager.
          </p>
        ),
      };
    case 'cancelled':
      return {
        heading: 'You did not finish signing in',
        body: <p className="govuk-body">Signing in was cancelled, or permission was not given.</p>,
      };
    case 'expired':
      return {
        heading: 'Your sign-in timed out',
        body: (
          <p className="govuk-body">
            Sign in within 10 minutes, in the same browser you started in. Nothing has been changed.
          </p>
        ),
      };
    case 'unreachable':
      return {
        heading: 'Sorry, ragboard could not reach your organisation’s sign-in service',
        body: <p className="govuk-body">{TRY_AGAIN_LATER}</p>,
      };
    case 'provider-error':
      return {
        heading: 'Sorry, your organisation’s sign-in service reported a problem',
        body: <p className="govuk-body">{TRY_AGAIN_LATER}</p>,
      };
    case 'failed':
      return {
        heading: 'Sorry, your sign-in could not be completed',
        body: <p className="govuk-body">{TRY_AGAIN_LATER}</p>,
      };
  }
}

/** Where a sign-in with the organisation's account ends when it does not work (`?reason=`, maybe `&email=`). */
export default function SignInProblemPage() {
  const [params] = useSearchParams();
  const reason = oidcProblemSchema.catch('failed').parse(params.get('reason'));
  const { heading, body } = explain(reason, params.get('email'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`${heading} – ragboard`}</title>
        <h1 className="govuk-heading-l">{heading}</h1>
        {body}
        <p className="govuk-body">
          <Link to={paths.signIn()} className="govuk-link">
            Go back to sign in
          </Link>
        </p>
      </div>
    </div>
  );
}
