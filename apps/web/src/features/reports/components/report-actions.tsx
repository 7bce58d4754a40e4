import { formatMonth, type ReportAction, type ReportSnapshot } from '@ragboard/shared';
import { OverdueTag } from '../../../components/overdue-tag';
import { StatusTag } from '../../../components/status-tag';
import { TableHead } from '../../../components/table-head';
import { TextWithBullets } from '../../../components/text-with-bullets';
import { formatDate } from '../../../lib/format-date';
import { CarriedFromLine } from './carried-from-line';

type ReportPriority = ReportSnapshot['priorities'][number];
type ReportOutcome = ReportPriority['outcomes'][number];

function due(action: ReportAction): string {
  return action.dueMonth ? formatMonth(action.dueMonth) : (action.dueText ?? 'None');
}

function ActionRow({ action }: { action: ReportAction }) {
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        {action.ref}
      </th>
      <td className="govuk-table__cell">
        <TextWithBullets text={action.title} flush />
        <CarriedFromLine from={action.carriedFrom} />
      </td>
      <td className="govuk-table__cell">
        {due(action)}
        {action.revisedDue && (
          <>
            <br />
            <span className="govuk-body-s">Revised: {formatDate(action.revisedDue)}</span>
          </>
        )}
        {action.overdue && (
          <>
            <br />
            <OverdueTag />
          </>
        )}
      </td>
      <td className="govuk-table__cell">{action.leads.map((lead) => lead.name).join(', ') || 'None'}</td>
      <td className="govuk-table__cell">
        <StatusTag status={action.status} />
      </td>
      <td className="govuk-table__cell">{action.note ?? 'No note'}</td>
    </tr>
  );
}

function OutcomeActions({ outcome }: { outcome: ReportOutcome }) {
  return (
    <>
      <h4 className="govuk-heading-s">
        Outcome {outcome.ref}: {outcome.title}
      </h4>
      {outcome.actions.length === 0 ? (
        <p className="govuk-body">This outcome had no actions.</p>
      ) : (
        <table className="govuk-table app-report__actions">
          <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">
            Actions for outcome {outcome.ref}
          </caption>
          <TableHead headings={['Ref', 'Action', 'Due', 'Lead(s)', 'Status', 'Note']} />
          <tbody className="govuk-table__body">
            {outcome.actions.map((action) => (
              <ActionRow key={action.id} action={action} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** Every action, grouped by priority and outcome, each priority opened by the manager's commentary. */
/** The manager's words on a priority, when there are any. */
function PriorityCommentary({ text }: { text: string | undefined }) {
  return text?.trim() ? <TextWithBullets text={text} /> : null;
}

export function ReportActions(props: { priorities: ReportPriority[]; commentary: Record<string, string> }) {
  const { priorities, commentary } = props;
  return (
    <section aria-labelledby="actions-heading">
      <h2 className="govuk-heading-m" id="actions-heading">
        Every action, by priority and outcome
      </h2>
      {priorities.map((priority) => (
        <section key={priority.id} aria-labelledby={`priority-${priority.id}`}>
          <h3 className="govuk-heading-m" id={`priority-${priority.id}`}>
            Priority {priority.ref}: {priority.title}
          </h3>
          <PriorityCommentary text={commentary[priority.ref]} />
          {priority.outcomes.map((outcome) => (
            <OutcomeActions key={outcome.id} outcome={outcome} />
          ))}
        </section>
      ))}
    </section>
  );
}
