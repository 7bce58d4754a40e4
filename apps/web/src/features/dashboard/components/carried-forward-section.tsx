import { carriedToWords, type PlanPeriodSummary } from '@ragboard/shared';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import { carriedWords } from '../carried-words';
import { ActionBriefsTable } from './action-briefs-table';

/**
 * A closed plan's actions carried forward: followed in the next plan now, so listed here with where
 * they went rather than counted as behind their dates. Nothing when none were carried.
 */
export function CarriedForwardSection({ summary }: { summary: Pick<PlanPeriodSummary, 'carriedForward'> }) {
  const words = carriedWords(summary.carriedForward);
  if (!words) return null;
  return (
    <section aria-labelledby="carried-heading">
      <h2 className="govuk-heading-m" id="carried-heading">
        Carried forward
      </h2>
      <p className="govuk-body">
        {words}. They are followed there now, so they are not counted here as behind their dates.
      </p>
      <ActionBriefsTable
        caption={`Actions carried forward (${summary.carriedForward.length})`}
        actions={summary.carriedForward}
        none=""
        extra={{
          heading: 'Followed now in',
          cell: (action) =>
            action.carriedTo && (
              <Link to={paths.action(action.carriedTo.actionId)} className="govuk-link">
                {carriedToWords(action.carriedTo)}
              </Link>
            ),
        }}
      />
    </section>
  );
}
