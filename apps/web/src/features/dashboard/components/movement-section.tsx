import { formatMonth, type PlanPeriodSummary } from '@ragboard/shared';
import { ActionBriefsTable } from './action-briefs-table';

const LISTS = [
  { key: 'improved', caption: 'Improved', none: 'No action improved.' },
  { key: 'worsened', caption: 'Worsened', none: 'No action worsened.' },
  { key: 'newlyBlue', caption: 'Newly Blue', none: 'No action became Blue.' },
  { key: 'newlyRed', caption: 'Newly Red', none: 'No action became Red.' },
] as const;

/** What moved since the previous period: the counts at a glance, then the actions behind each. */
export function MovementSection({ summary }: { summary: PlanPeriodSummary }) {
  const { movement } = summary;
  return (
    <section aria-labelledby="movement-heading">
      <h2 className="govuk-heading-m" id="movement-heading">
        Movement since {formatMonth(summary.previousPeriod)}
      </h2>
      <ul className="app-dashboard-counts">
        {LISTS.map((list) => (
          <li key={list.key} className="app-dashboard-counts__item">
            <span className="app-dashboard-counts__number">{movement[list.key].length}</span>
            <span className="govuk-body-s app-dashboard-counts__label">{list.caption.toLowerCase()}</span>
          </li>
        ))}
      </ul>
      {LISTS.map((list) => (
        <ActionBriefsTable
          key={list.key}
          caption={`${list.caption} (${movement[list.key].length})`}
          actions={movement[list.key]}
          none={list.none}
        />
      ))}
    </section>
  );
}
