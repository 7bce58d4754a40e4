import type { SessionReply } from '@ragboard/shared';
import { Navigate, Outlet, useLocation } from 'react-router';
import { paths } from '../lib/paths';
import { useSession } from '../lib/queries/get-session';
import { secondStepPath } from '../lib/sign-in-paths';
import { Loading } from './loading';
import { QueryError } from './query-error';

/**
 * Pages below this need a signed-in user; anyone else is sent to sign in and brought back, and a
 * session that has given only its password is sent to its second step first.
 */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading what="your account" />;
  if (session.isError) return <QueryError title="There is a problem" error={session.error} />;
  if (!session.data) {
    const returnTo = `${location.pathname}${location.search}`;
    return <Navigate to={paths.signIn(returnTo)} replace />;
  }
  if (session.data.secondStep) {
    return (
      <Navigate
        to={secondStepPath(session.data.secondStep, `${location.pathname}${location.search}`)}
        replace
      />
    );
  }
  return <Outlet />;
}

/** The signed-in user, for pages inside RequireSession (which has loaded it already). */
export function useCurrentSession(): SessionReply {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentSession is for pages inside RequireSession');
  return data;
}
