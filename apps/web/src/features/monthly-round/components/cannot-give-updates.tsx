import type { Action } from '@ragboard/shared';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths';

/**
 * Shown instead of an update form to someone the API would refuse: board and forum members, and a
 * lead who does not lead the action (nor its delivery group).
 */
export function CannotGiveUpdates({ action }: { action?: Pick<Action, 'id' | 'ref'> }) {
  return (
    <>
      <h1 className="govuk-heading-l">You cannot give updates</h1>
      {action ? (
        <p className="govuk-body">
          Only the action’s leads, its delivery group’s lead and the partnership manager give updates on
          action {action.ref}. You can{' '}
          <Link to={paths.action(action.id)} className="govuk-link">
            read the action and its history
          </Link>
          .
        </p>
      ) : (
        <p className="govuk-body">
          Updates are given by the actions’ leads and the partnership manager. You can read every action and
          its history in the plan.
        </p>
      )}
    </>
  );
}
