import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import { useRights } from '../../../lib/use-rights';

/** The way from a plan to its monthly round, for the manager who runs it. */
export function MonthlyRoundLink({ planId }: { planId: string }) {
  if (!useRights().manage) return null;
  return (
    <p className="govuk-body">
      <Link to={paths.planRound(planId)} className="govuk-link">
        Monthly round: updates received, sign-off, periods and reminders
      </Link>
    </p>
  );
}
