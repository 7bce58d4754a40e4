import type { PlanPeriodSummary } from '@ragboard/shared';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths';

/** Where the updates disagree with themselves: for the manager to chase before the board meets. */
export function WarningsSection({ warnings }: { warnings: PlanPeriodSummary['warnings'] }) {
  return (
    <section aria-labelledby="warnings-heading">
      <h2 className="govuk-heading-m" id="warnings-heading">
        Consistency warnings ({warnings.length})
      </h2>
      {warnings.length === 0 ? (
        <p className="govuk-body">No warnings this month.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {warnings.map((warning) => (
            <li key={`${warning.kind}-${warning.action.id}`}>
              <Link to={paths.action(warning.action.id)} className="govuk-link">
                {warning.action.ref} {warning.action.title.split('\n')[0]}
              </Link>
              : {warning.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
