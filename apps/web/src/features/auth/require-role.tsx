import type { Role } from '@ragboard/shared';
import { Outlet } from 'react-router';
import { useCurrentSession } from '../../components/require-session';

/** Pages only some roles may use: anyone else is told so, and never shown a form that would be refused. */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const { user } = useCurrentSession();
  if (!roles.includes(user.role)) {
    return (
      <>
        <title>You cannot use this page – ragboard</title>
        <h1 className="govuk-heading-l">You cannot use this page</h1>
        <p className="govuk-body">
          Your account does not allow it. Ask the partnership manager if you need to.
        </p>
      </>
    );
  }
  return <Outlet />;
}
