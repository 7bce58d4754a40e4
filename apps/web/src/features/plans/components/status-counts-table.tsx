import { STATUSES, type StatusCounts } from '@ragboard/shared';
import { StatusTag } from '../../../components/status-tag';
import { TableHead } from '../../../components/table-head';
import { TableScroll } from '../../../components/table-scroll';

/** How many actions stand at each status; each column is headed by the status word. */
export function StatusCountsTable({ counts, planTitle }: { counts: StatusCounts; planTitle: string }) {
  return (
    <TableScroll label={`Actions by status in ${planTitle}`}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">
          Actions by status<span className="govuk-visually-hidden"> in {planTitle}</span>
        </caption>
        <TableHead
          headings={STATUSES.map((status) => ({
            text: <StatusTag status={status} withHiddenLabel />,
            numeric: true,
          }))}
        />
        <tbody className="govuk-table__body">
          <tr className="govuk-table__row">
            {STATUSES.map((status) => (
              <td key={status} className="govuk-table__cell govuk-table__cell--numeric">
                {counts[status]}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}
