import type { Challenge } from '@ragboard/shared';
import { Link } from 'react-router';
import { formatDay } from '../../lib/format-date';
import { paths } from '../../lib/paths';
import { StatusTag } from '../status-tag';

/** Challenges awaiting an answer, each linking to its action, where it is answered. */
export function OpenChallengesList({ challenges }: { challenges: Challenge[] }) {
  return (
    <ul className="govuk-list govuk-list--spaced">
      {challenges.map((c) => (
        <li key={c.id}>
          <Link to={paths.action(c.action.id)} className="govuk-link govuk-!-font-weight-bold">
            {c.action.ref} {c.action.title.split('\n')[0]}
          </Link>
          <span className="govuk-!-display-block">
            <StatusTag status={c.status} withHiddenLabel /> challenged by {c.raisedBy} on{' '}
            {formatDay(c.raisedAt)}: {c.reason}
          </span>
        </li>
      ))}
    </ul>
  );
}
