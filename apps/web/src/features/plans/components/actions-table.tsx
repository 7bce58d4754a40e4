import { type ActionNode, carriedToWords } from '@ragboard/shared';
import { Link } from 'react-router';
import { ActionDates } from '../../../components/action-dates';
import { StatusTag } from '../../../components/status-tag';
import { TableHead } from '../../../components/table-head';
import { TableScroll } from '../../../components/table-scroll';
import { TextWithBullets } from '../../../components/text-with-bullets';
import { paths } from '../../../lib/paths';

function DueCell({ action }: { action: ActionNode }) {
  return (
    <td className="govuk-table__cell">
      <ActionDates position={action} />
      {action.carriedForward && action.carriedTo && (
        <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
          {carriedToWords(action.carriedTo)}
        </p>
      )}
    </td>
  );
}

function ActionRow({ action }: { action: ActionNode }) {
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        <Link to={paths.action(action.id)} className="govuk-link">
          {action.ref}
        </Link>
      </th>
      <td className="govuk-table__cell">
        <TextWithBullets text={action.title} flush />
      </td>
      <DueCell action={action} />
      <td className="govuk-table__cell">{action.leads.map((lead) => lead.name).join(', ') || 'None'}</td>
      <td className="govuk-table__cell">
        <StatusTag status={action.status} />
        {action.awaitingSignOff && <p className="govuk-body-s govuk-!-margin-top-1">Awaiting sign-off</p>}
      </td>
    </tr>
  );
}

export function ActionsTable({ outcomeRef, actions }: { outcomeRef: string; actions: ActionNode[] }) {
  if (actions.length === 0) return <p className="govuk-body">This outcome has no actions yet.</p>;
  return (
    <TableScroll label={`Actions for outcome ${outcomeRef}`}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">
          Actions for outcome {outcomeRef}
        </caption>
        <TableHead headings={['Ref', 'Action', 'Due', 'Lead(s)', 'Status']} />
        <tbody className="govuk-table__body">
          {actions.map((action) => (
            <ActionRow key={action.id} action={action} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
