import { type PlanPeriodSummary, WARNING_KINDS } from '@ragboard/shared';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import { firstLine } from '../../../lib/round-words';

type WarningKind = PlanPeriodSummary['warnings'][number]['kind'];

const HEADINGS: Record<WarningKind, string> = {
  'on-track-past-new-date': 'Green or Amber although past the new completion date',
  'on-track-past-original-date': 'Green or Amber although past the original date, with no new date agreed',
  'amber-for-three-periods': 'Amber for three months or more',
  'note-unchanged': 'Progress note unchanged since last month',
  'revised-date-passed': 'Red, and the new completion date has passed',
  'red-without-new-date': 'Red without a new completion date',
};

/** Updates that may not say what they mean, grouped by what looks wrong. */
export function RoundWarnings({ warnings }: { warnings: PlanPeriodSummary['warnings'] }) {
  return (
    <section aria-labelledby="warnings-heading">
      <h2 className="govuk-heading-m" id="warnings-heading">
        Updates to check
      </h2>
      {warnings.length === 0 && <p className="govuk-body">No updates look inconsistent.</p>}
      {WARNING_KINDS.map((kind) => {
        const ofKind = warnings.filter((warning) => warning.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <div key={kind}>
            <h3 className="govuk-heading-s">
              {HEADINGS[kind]} ({ofKind.length})
            </h3>
            <ul className="govuk-list govuk-list--bullet">
              {ofKind.map(({ action, message }) => (
                <li key={action.id}>
                  <Link to={paths.action(action.id)} className="govuk-link">
                    {action.ref} {firstLine(action.title)}
                  </Link>
                  : {message}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
