import { isBehind, type MyAction } from '@ragboard/shared';
import { Link } from 'react-router';
import { ActionDates } from '../../../components/action-dates';
import { StatusTag } from '../../../components/status-tag';
import { TableHead } from '../../../components/table-head';
import { TableScroll } from '../../../components/table-scroll';
import { paths } from '../../../lib/paths';
import { firstLine } from '../../../lib/round-words';

function DueCell({ item }: { item: MyAction }) {
  return (
    <td className="govuk-table__cell">
      <ActionDates position={item.action} />
      {item.dueSoon && !isBehind(item.action) && (
        <>
          <br />
          <strong className="govuk-tag govuk-tag--purple">Due soon</strong>
        </>
      )}
    </td>
  );
}

function ThisMonthCell({ item }: { item: MyAction }) {
  if (item.needsUpdate) {
    return (
      <td className="govuk-table__cell">
        <strong className="govuk-tag govuk-tag--pink">Needs update</strong>
        <br />
        <Link to={paths.updateAction(item.action.id)} className="govuk-link">
          Update<span className="govuk-visually-hidden"> {item.action.ref}</span>
        </Link>
      </td>
    );
  }
  return <td className="govuk-table__cell">{item.updated ? 'Updated' : 'No update due this month'}</td>;
}

/** The lead's actions, as the API orders them: those still needing an update first. */
export function MyActionsTable({ items, caption }: { items: MyAction[]; caption: string }) {
  return (
    <TableScroll label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <TableHead headings={['Action', 'Due', 'Status', 'This month']} />
        <tbody className="govuk-table__body">
          {items.map((item) => (
            <tr className="govuk-table__row" key={item.action.id}>
              <th scope="row" className="govuk-table__header">
                <Link to={paths.action(item.action.id)} className="govuk-link">
                  {item.action.ref} {firstLine(item.action.title)}
                </Link>
              </th>
              <DueCell item={item} />
              <td className="govuk-table__cell">
                <StatusTag status={item.action.status} />
                {item.action.awaitingSignOff && (
                  <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                    Awaiting sign-off
                  </p>
                )}
              </td>
              <ThisMonthCell item={item} />
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
