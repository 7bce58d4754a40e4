import { type BoardReport, formatMonth } from '@ragboard/shared';
import { Link } from 'react-router';
import { TableHead } from '../../../components/table-head';
import { TableScroll } from '../../../components/table-scroll';
import { paths } from '../../../lib/paths';
import { formatDay, ReportStateTag } from '../report-words';

type ReportRow = Pick<BoardReport, 'id' | 'period' | 'title' | 'state' | 'publishedAt'>;

/** The plan's reports, newest period first, each with its state in words. */
export function ReportsTable({ reports }: { reports: ReportRow[] }) {
  return (
    <TableScroll label="Board reports">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Board reports</caption>
        <TableHead headings={['Report', 'Period', 'State', 'Published']} />
        <tbody className="govuk-table__body">
          {reports.map((report) => (
            <tr className="govuk-table__row" key={report.id}>
              <th scope="row" className="govuk-table__header">
                <Link to={paths.report(report.id)} className="govuk-link">
                  {report.title}
                </Link>
              </th>
              <td className="govuk-table__cell">{formatMonth(report.period)}</td>
              <td className="govuk-table__cell">
                <ReportStateTag state={report.state} />
              </td>
              <td className="govuk-table__cell">
                {report.publishedAt ? formatDay(report.publishedAt) : 'Not yet'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
