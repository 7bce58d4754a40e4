import { formatMonth, type ImportError, type ImportPreview, type ImportRow } from '@ragboard/shared';
import type { ReactNode } from 'react';
import { StatusTag } from '../../../components/status-tag';
import { TableHead } from '../../../components/table-head';
import { TableScroll } from '../../../components/table-scroll';
import { TextWithBullets } from '../../../components/text-with-bullets';
import { formatDate } from '../../../lib/format-date';
import { plural, rowId } from '../../../lib/import-words';

/** The table's columns; a file column not shown has its errors in the cell that shows it. */
type Shown = 'row' | 'ref' | 'priority' | 'outcome' | 'action' | 'lead' | 'due' | 'status';
const SHOWN_IN: Record<string, Shown> = {
  ref: 'ref',
  priority: 'priority',
  outcome: 'outcome',
  action: 'action',
  lead: 'lead',
  due: 'due',
  status: 'status',
  revisedDue: 'status',
  note: 'status',
};

function ErrorMessages({ errors }: { errors: ImportError[] }) {
  return errors.map((error) => (
    <p key={`${error.column}:${error.message}`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {error.message}
    </p>
  ));
}

function WarningMessages({ warnings }: { warnings: ImportError[] }) {
  return warnings.map((warning) => (
    <p key={`${warning.column}:${warning.message}`} className="govuk-body-s govuk-!-margin-top-1">
      <strong>Warning:</strong> {warning.message}
    </p>
  ));
}

function Cell({ errors, children }: { errors: ImportError[]; children?: ReactNode }) {
  return (
    <td className={`govuk-table__cell${errors.length > 0 ? ' app-import-table__cell--error' : ''}`}>
      <ErrorMessages errors={errors} />
      {children}
    </td>
  );
}

function StatusCell({
  item,
  errors,
  warnings,
}: {
  item: ImportRow;
  errors: ImportError[];
  warnings: ImportError[];
}) {
  const unreadable = errors.some((e) => e.column === 'status');
  return (
    <Cell errors={errors}>
      {!unreadable && <StatusTag status={item.status} />}
      <WarningMessages warnings={warnings} />
      {item.revisedDue && (
        <p className="govuk-body-s govuk-!-margin-top-1">
          New completion date: {formatDate(item.revisedDue)}
        </p>
      )}
      {item.note && <p className="govuk-body-s govuk-!-margin-top-1">Note: {item.note}</p>}
    </Cell>
  );
}

function PreviewRow({
  item,
  errors,
  warnings,
}: {
  item: ImportRow;
  errors: ImportError[];
  /** Shown with the status: every warning so far is about a Red's missing new date. */
  warnings: ImportError[];
}) {
  const at = (shown: Shown) => errors.filter((e) => (SHOWN_IN[e.column] ?? 'row') === shown);
  const due = item.dueMonth ? formatMonth(item.dueMonth) : (item.dueText ?? (at('due').length ? '' : 'None'));
  const failed = errors.length > 0;
  return (
    <tr className={`govuk-table__row${failed ? ' app-import-table__row--error' : ''}`}>
      <th
        scope="row"
        className="govuk-table__header app-import-table__row-header"
        id={rowId(item.row)}
        tabIndex={failed ? -1 : undefined}
      >
        Row {item.row}
        {failed && (
          <strong className="govuk-tag govuk-tag--red app-import-table__tag">
            {plural(errors.length, 'error')}
          </strong>
        )}
        <ErrorMessages errors={at('row')} />
      </th>
      <Cell errors={at('ref')}>{item.ref ?? 'Numbered in order'}</Cell>
      <Cell errors={at('priority')}>{item.priority}</Cell>
      <Cell errors={at('outcome')}>
        <TextWithBullets text={item.outcome} flush />
      </Cell>
      <Cell errors={at('action')}>
        <TextWithBullets text={item.action} flush />
      </Cell>
      <Cell errors={at('lead')}>{item.leads.join(', ') || 'None'}</Cell>
      <Cell errors={at('due')}>{due}</Cell>
      <StatusCell item={item} errors={at('status')} warnings={warnings} />
    </tr>
  );
}

const HEADERS = ['Row', 'Ref', 'Priority', 'Outcome', 'Action', 'Lead(s)', 'Due', 'Status'];

/** Every row read, as it would become an action; a row with errors says what is wrong, cell by cell. */
export function ImportRowsTable({ preview }: { preview: ImportPreview }) {
  const errorsOf = (row: number) => preview.errors.filter((e) => e.row === row);
  const warningsOf = (row: number) => preview.warnings.filter((w) => w.row === row);
  return (
    <TableScroll label="Rows read from the file">
      <table className="govuk-table app-import-table">
        <caption className="govuk-table__caption govuk-table__caption--m">
          Rows read from {preview.fileName}
        </caption>
        <TableHead headings={HEADERS} />
        <tbody className="govuk-table__body">
          {preview.items.map((item) => (
            <PreviewRow
              key={item.row}
              item={item}
              errors={errorsOf(item.row)}
              warnings={warningsOf(item.row)}
            />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
