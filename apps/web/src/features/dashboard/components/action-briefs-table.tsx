import type { ActionBrief } from '@ragboard/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ActionDates } from '../../../components/action-dates';
import { StatusTag } from '../../../components/status-tag';
import { TableHead } from '../../../components/table-head';
import { TableScroll } from '../../../components/table-scroll';
import { paths } from '../../../lib/paths';
import { firstLine } from '../../../lib/round-words';

interface ActionBriefsTableProps {
  caption: string;
  actions: readonly ActionBrief[];
  /** Said instead of an empty table. */
  none: string;
  /** A last column, such as where a carried action is followed now. */
  extra?: { heading: string; cell: (action: ActionBrief) => ReactNode };
}

/**
 * Actions as the summary lists them: ref and title linking to the action, status, latest note, and
 * both dates with how it stands against them; in a region that scrolls sideways on a narrow screen.
 */
export function ActionBriefsTable({ caption, actions, none, extra }: ActionBriefsTableProps) {
  if (actions.length === 0) {
    return (
      <>
        <h3 className="govuk-heading-s">{caption}</h3>
        <p className="govuk-body">{none}</p>
      </>
    );
  }
  return (
    <TableScroll label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <TableHead
          headings={['Action', 'Status', 'Latest note', 'Dates', ...(extra ? [extra.heading] : [])]}
        />
        <tbody className="govuk-table__body">
          {actions.map((action) => (
            <tr key={action.id} className="govuk-table__row">
              <td className="govuk-table__cell">
                <Link to={paths.action(action.id)} className="govuk-link">
                  {action.ref} {firstLine(action.title)}
                </Link>
              </td>
              <td className="govuk-table__cell">
                <StatusTag status={action.status} withHiddenLabel />
              </td>
              <td className="govuk-table__cell">{action.note ?? 'No note'}</td>
              <td className="govuk-table__cell">
                <ActionDates position={action} />
              </td>
              {extra && <td className="govuk-table__cell">{extra.cell(action)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
