import type { ActionBrief } from '@ragboard/shared';
import { Link } from 'react-router';
import { StatusTag } from '../../../components/status-tag';
import { TableHead } from '../../../components/table-head';
import { formatDate } from '../../../lib/format-date';

interface ActionBriefsTableProps {
  caption: string;
  actions: readonly ActionBrief[];
  /** Said instead of an empty table. */
  none: string;
}

/** Actions as the summary lists them: ref and title linking to the action, status, latest note, new date. */
export function ActionBriefsTable({ caption, actions, none }: ActionBriefsTableProps) {
  if (actions.length === 0) {
    return (
      <>
        <h3 className="govuk-heading-s">{caption}</h3>
        <p className="govuk-body">{none}</p>
      </>
    );
  }
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <TableHead headings={['Action', 'Status', 'Latest note', 'New completion date']} />
      <tbody className="govuk-table__body">
        {actions.map((action) => (
          <tr key={action.id} className="govuk-table__row">
            <td className="govuk-table__cell">
              <Link to={`/actions/${action.id}`} className="govuk-link">
                {action.ref} {action.title.split('\n')[0]}
              </Link>
            </td>
            <td className="govuk-table__cell">
              <StatusTag status={action.status} withHiddenLabel />
            </td>
            <td className="govuk-table__cell">{action.note ?? 'No note'}</td>
            <td className="govuk-table__cell">
              {action.revisedDue ? formatDate(action.revisedDue) : 'None'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
