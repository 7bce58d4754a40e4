import { ROLE_NAMES } from '@ragboard/shared';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../../lib/paths';
import { useSession } from '../../../lib/queries/get-session';
import { useSignOut } from '../api/sign-out';

/** Who is signed in, and the way out. Nothing when nobody is signed in. */
export function HeaderAccount() {
  const session = useSession();
  const navigate = useNavigate();
  const signOut = useSignOut({ onSuccess: () => navigate(paths.signIn(), { replace: true }) });
  if (!session.data) return null;
  const { user, secondStep } = session.data;
  return (
    <div className="app-header-account">
      <span className="app-header-account__name">
        <span className="govuk-visually-hidden">Signed in as </span>
        {user.displayName} ({ROLE_NAMES[user.role]})
      </span>
      {!secondStep && (
        <>
          <Link
            to={paths.changePassword()}
            className="govuk-link govuk-link--inverse app-header-account__link"
          >
            Change password
          </Link>
          <Link to={paths.twoStep()} className="govuk-link govuk-link--inverse app-header-account__link">
            Two-step verification
          </Link>
          <Link
            to={paths.notifications()}
            className="govuk-link govuk-link--inverse app-header-account__link"
          >
            Email notifications
          </Link>
        </>
      )}
      <button
        type="button"
        className="app-header-account__sign-out"
        onClick={() => signOut.mutate()}
        disabled={signOut.isPending}
      >
        Sign out
      </button>
    </div>
  );
}
