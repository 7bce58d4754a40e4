import { type ActionBrief, type PlanPeriodSummary, STATUS_PROGRESS } from '@ragboard/shared';
import { behindByKind } from '../behind-dates';
import { actionsWord, planActionsHref } from '../drill-down';
import { ActionBriefsTable } from './action-briefs-table';
import { CountLink } from './count-link';

const byRef = (a: ActionBrief, b: ActionBrief) => a.ref.localeCompare(b.ref, 'en', { numeric: true });

/**
 * The Red and Amber actions the summary names (those that moved, are behind their dates or carry a
 * warning), Red first. The summary has no list of every Red and Amber action: the count links open them all.
 */
function exceptionsOf(summary: PlanPeriodSummary): ActionBrief[] {
  const named = [
    ...summary.movement.worsened,
    ...summary.movement.newlyRed,
    ...summary.movement.improved,
    ...summary.overdue,
    ...summary.warnings.map((warning) => warning.action),
  ];
  const unique = new Map(
    named.filter((a) => a.status === 'Red' || a.status === 'Amber').map((a) => [a.id, a]),
  );
  return [...unique.values()].sort(
    (a, b) => STATUS_PROGRESS[a.status] - STATUS_PROGRESS[b.status] || byRef(a, b),
  );
}

/** Exceptions (Red and Amber), and the actions behind their dates by kind: what the board is asked to look at. */
export function AttentionSection({ summary }: { summary: PlanPeriodSummary }) {
  const { planId, totals } = summary;
  const behind = summary.overdue.length;
  return (
    <section aria-labelledby="attention-heading">
      <h2 className="govuk-heading-m" id="attention-heading">
        Exceptions and actions behind their dates
      </h2>
      <p className="govuk-body">
        <CountLink
          count={totals.Red}
          hiddenWords={actionsWord(totals.Red, 'Red')}
          to={planActionsHref(planId, { period: summary.period, statuses: ['Red'] })}
        />{' '}
        Red and{' '}
        <CountLink
          count={totals.Amber}
          hiddenWords={actionsWord(totals.Amber, 'Amber')}
          to={planActionsHref(planId, { period: summary.period, statuses: ['Amber'] })}
        />{' '}
        Amber actions; {behind} behind their dates.
      </p>
      <ActionBriefsTable
        caption="Red and Amber actions that moved, are behind their dates or have a warning"
        actions={exceptionsOf(summary)}
        none="None this month."
      />
      {behind === 0 && <p className="govuk-body">No action is behind its dates.</p>}
      {behindByKind(summary.overdue)
        .filter(({ actions }) => actions.length > 0)
        .map(({ kind, words, actions }) => (
          <ActionBriefsTable key={kind} caption={`${words} (${actions.length})`} actions={actions} none="" />
        ))}
    </section>
  );
}
