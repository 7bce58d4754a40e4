import type { OutboxMessage } from '@ragboard/shared';
import type { UseQueryResult } from '@tanstack/react-query';
import { Loading } from '../../../components/loading';
import { QueryError } from '../../../components/query-error';
import { TableHead } from '../../../components/table-head';
import { TableScroll } from '../../../components/table-scroll';
import { formatDate } from '../../../lib/format-date';
import { OUTBOX_STATE_WORDS } from '../../../lib/round-words';

/** The period's emails: to whom, about what, and whether they went. */
export function OutboxTable({ outbox }: { outbox: UseQueryResult<{ messages: OutboxMessage[] }> }) {
  // Asked for only when opened: until then there is nothing to say.
  if (outbox.isPending) return outbox.isFetching ? <Loading what="the emails" /> : null;
  if (outbox.isError) return <QueryError title="The emails could not be loaded" error={outbox.error} />;
  if (outbox.data.messages.length === 0) return <p className="govuk-body">No emails for this month yet.</p>;
  return (
    <TableScroll label="Emails">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">Emails</caption>
        <TableHead headings={['To', 'Subject', 'State', 'Written']} />
        <tbody className="govuk-table__body">
          {outbox.data.messages.map((message) => (
            <tr className="govuk-table__row" key={message.id}>
              <th scope="row" className="govuk-table__header">
                {message.toName}
                <span className="govuk-body-s govuk-!-display-block">{message.toAddress}</span>
              </th>
              <td className="govuk-table__cell">{message.subject}</td>
              <td className="govuk-table__cell">
                {OUTBOX_STATE_WORDS[message.state]}
                {message.error && <span className="govuk-body-s govuk-!-display-block">{message.error}</span>}
              </td>
              <td className="govuk-table__cell">{formatDate(message.createdAt.slice(0, 10))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
