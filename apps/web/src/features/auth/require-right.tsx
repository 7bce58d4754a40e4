import type { AccountRights } from '@ragboard/shared';
import { Outlet } from 'react-router';
import { useRights } from '../../lib/use-rights';

/** Pages only some accounts may use: anyone else is told so, and never shown a form that would be refused. */
export function RequireRight({ right }: { right: keyof AccountRights }) {
  if (!useRights()[right]) {
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
