import { formatMonth, type ReportSnapshot } from '@ragboard/shared';
import { StatusTag } from '../../../components/status-tag';
import { TableHead } from '../../../components/table-head';

/** Status changes since the last published report, each from one word to another. */
export function ReportChanges({ since }: { since: ReportSnapshot['sinceLastReport'] }) {
  return (
    <section aria-labelledby="changes-heading">
      <h2 className="govuk-heading-m" id="changes-heading">
        Changes since the last board
      </h2>
      {!since ? (
        <p className="govuk-body">
          This is the plan’s first published report, so there is nothing to compare.
        </p>
      ) : since.changes.length === 0 ? (
        <p className="govuk-body">
          No status has changed since {since.title} ({formatMonth(since.period)}).
        </p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            Since {since.title} ({formatMonth(since.period)})
          </caption>
          <TableHead headings={['Ref', 'Action', 'Was', 'Now']} />
          <tbody className="govuk-table__body">
            {since.changes.map((change) => (
              <tr className="govuk-table__row" key={change.ref}>
                <th scope="row" className="govuk-table__header">
                  {change.ref}
                </th>
                <td className="govuk-table__cell">{change.title}</td>
                <td className="govuk-table__cell">
                  <StatusTag status={change.from} />
                </td>
                <td className="govuk-table__cell">
                  <StatusTag status={change.to} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
