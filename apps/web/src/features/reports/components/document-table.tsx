import type { DocumentCell, DocumentColumn, DocumentTable } from '@ragboard/shared';
import { TableHead } from '../../../components/table-head';
import { TableScroll } from '../../../components/table-scroll';
import { DocumentCellContent } from './document-cell';

/** A cell under its column: the row's header where the column names the row. */
function Cell({ column, cell }: { column: DocumentColumn; cell: DocumentCell }) {
  if (column.rowHeader)
    return (
      <th scope="row" className="govuk-table__header">
        <DocumentCellContent cell={cell} />
      </th>
    );
  return (
    <td className={`govuk-table__cell${column.numeric ? ' govuk-table__cell--numeric' : ''}`}>
      <DocumentCellContent cell={cell} />
    </td>
  );
}

/** A table of the report's document as a GOV.UK table with its caption, scrolling on its own when narrow. */
export function DocumentTableView({ table }: { table: DocumentTable }) {
  return (
    <TableScroll label={table.caption}>
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption className="govuk-table__caption govuk-table__caption--s">{table.caption}</caption>
        <TableHead
          headings={table.columns.map((c) => (c.numeric ? { text: c.heading, numeric: true } : c.heading))}
        />
        <tbody className="govuk-table__body">
          {table.rows.map((row) => (
            <tr className="govuk-table__row" key={row.key}>
              {table.columns.map((column, i) => {
                const cell = row.cells[i];
                // biome-ignore lint/suspicious/noArrayIndexKey: a cell's column is its identity
                return cell && <Cell column={column} cell={cell} key={i} />;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
