import type { PublicSummary } from '@ragboard/shared';
import { Link } from 'react-router';
import { TableHead } from '../../../components/table-head';
import { TableScroll } from '../../../components/table-scroll';
import { itemName, summaryPagePath } from '../publication-words';
import { SummaryStateTag } from './summary-state-tag';

/** Every action and KPI, with where its summary stands; each opens the summary to write or approve. */
export function ItemsTable({ items }: { items: PublicSummary[] }) {
  const published = items.filter((item) => item.published).length;
  return (
    <section aria-labelledby="items">
      <h2 className="govuk-heading-m" id="items">
        Actions and KPIs
      </h2>
      <p className="govuk-body">
        {published} of {items.length} are on the public page. Nothing shows there until you approve its
        plain-English summary. A summary changed after approval keeps its approved words on the page until you
        approve it again.
      </p>
      <TableScroll label="Summaries for the public page">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">
            Summaries for the public page
          </caption>
          <TableHead headings={['Item', 'In the plan', 'Summary']} />
          <tbody className="govuk-table__body">
            {items.map((item) => (
              <tr className="govuk-table__row" key={`${item.kind}-${item.itemId}`}>
                <th scope="row" className="govuk-table__header">
                  <Link to={summaryPagePath(item)} className="govuk-link">
                    {itemName(item)}
                  </Link>
                </th>
                <td className="govuk-table__cell app-publication__title">{item.title}</td>
                <td className="govuk-table__cell">
                  <SummaryStateTag summary={item} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
