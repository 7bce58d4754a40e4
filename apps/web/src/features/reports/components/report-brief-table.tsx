import { type CarriedActionRef, formatMonth, type IsoDate, type Month, type Status } from '@ragboard/shared';
import { StatusTag } from '../../../components/status-tag';
import { TableHead } from '../../../components/table-head';
import { formatDate } from '../../../lib/format-date';
import { CarriedFromLine } from './carried-from-line';

export interface BriefRow {
  id: string;
  ref: string;
  title: string;
  status: Status;
  dueMonth?: Month | null;
  revisedDue?: IsoDate | null;
  note: string | null;
  carriedFrom?: CarriedActionRef | null;
}

/** A short list of actions as the board reads it: ref, action, status, note and (unless left out) dates. */
export function ReportBriefTable(props: { caption: string; rows: BriefRow[]; dates?: boolean }) {
  const { caption, rows, dates = true } = props;
  const headings = ['Ref', 'Action', 'Status', 'Note', ...(dates ? ['Due', 'Revised date'] : [])];
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">
        {caption}
      </caption>
      <TableHead headings={headings} />
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={row.id}>
            <th scope="row" className="govuk-table__header">
              {row.ref}
            </th>
            <td className="govuk-table__cell">
              {row.title}
              <CarriedFromLine from={row.carriedFrom} />
            </td>
            <td className="govuk-table__cell">
              <StatusTag status={row.status} />
            </td>
            <td className="govuk-table__cell">{row.note ?? 'No note'}</td>
            {dates && (
              <>
                <td className="govuk-table__cell">{row.dueMonth ? formatMonth(row.dueMonth) : 'None'}</td>
                <td className="govuk-table__cell">{row.revisedDue ? formatDate(row.revisedDue) : 'None'}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A section of the report listing some actions, or saying plainly that there are none. */
export function BriefSection(props: { id: string; heading: string; none: string; rows: BriefRow[] }) {
  const { id, heading, none, rows } = props;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 className="govuk-heading-m" id={`${id}-heading`}>
        {heading}
      </h2>
      {rows.length === 0 ? (
        <p className="govuk-body">{none}</p>
      ) : (
        <ReportBriefTable caption={heading} rows={rows} />
      )}
    </section>
  );
}
