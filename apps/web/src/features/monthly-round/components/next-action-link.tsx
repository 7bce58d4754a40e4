import type { MyAction } from '@ragboard/shared';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import { firstLine } from '../../../lib/round-words';

/** After saving, straight on to the next action still needing this month's update. */
export function NextActionLink({ next }: { next: MyAction | null }) {
  if (!next) {
    return (
      <p className="govuk-body">
        All your actions have this month’s update.{' '}
        <Link to={paths.myActions()} className="govuk-notification-banner__link">
          Back to my actions
        </Link>
      </p>
    );
  }
  return (
    <p className="govuk-body">
      <Link to={paths.updateAction(next.action.id)} className="govuk-notification-banner__link">
        Next action: {next.action.ref} {firstLine(next.action.title)}
      </Link>
    </p>
  );
}
