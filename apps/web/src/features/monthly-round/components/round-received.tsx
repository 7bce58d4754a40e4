import { formatMonth, type PlanPeriodSummary } from '@ragboard/shared';
import { Link } from 'react-router';
import { TableHead } from '../../../components/table-head';
import { TableScroll } from '../../../components/table-scroll';
import { paths } from '../../../lib/paths';
import { countOf, firstLine } from '../../../lib/round-words';
import { missingByLead } from '../round-counts';

const CADENCE_WORDS = { monthly: 'Monthly', quarterly: 'Quarterly' } as const;

function ByPriority({ summary }: { summary: PlanPeriodSummary }) {
  const rows = summary.round;
  const due = rows.reduce((sum, row) => sum + row.due, 0);
  const received = rows.reduce((sum, row) => sum + row.received, 0);
  return (
    <>
      <p className="govuk-body-l">
        {received} of {countOf(due, 'update')} due for {formatMonth(summary.period)} received
      </p>
      <TableScroll label="Updates received by delivery group">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">By delivery group</caption>
          <TableHead
            headings={[
              'Priority and delivery group',
              'Reports',
              { text: 'Due', numeric: true },
              { text: 'Received', numeric: true },
              { text: 'Missing', numeric: true },
            ]}
          />
          <tbody className="govuk-table__body">
            {rows.map((row) => (
              <tr className="govuk-table__row" key={row.id}>
                <th scope="row" className="govuk-table__header">
                  {row.ref}. {row.title}
                  {row.deliveryGroup && (
                    <span className="govuk-body-s govuk-!-display-block">{row.deliveryGroup}</span>
                  )}
                </th>
                <td className="govuk-table__cell">
                  {CADENCE_WORDS[row.cadence]}
                  {row.byException && ', or by exception'}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{row.due}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{row.received}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{row.missing}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

function ByLead({ summary }: { summary: PlanPeriodSummary }) {
  const leads = missingByLead(summary);
  if (leads.length === 0) return <p className="govuk-body">Every update due is in.</p>;
  return (
    <TableScroll label="Missing updates by lead">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">Missing updates by lead</caption>
        <TableHead headings={['Lead', 'Actions without an update']} />
        <tbody className="govuk-table__body">
          {leads.map(({ lead, actions }) => (
            <tr className="govuk-table__row" key={lead?.id ?? 'none'}>
              <th scope="row" className="govuk-table__header">
                {lead ? lead.name : 'No lead named'}
                {lead?.organisation && (
                  <span className="govuk-body-s govuk-!-display-block">{lead.organisation}</span>
                )}
                <span className="govuk-body-s govuk-!-display-block">
                  {countOf(actions.length, 'action')}
                </span>
              </th>
              <td className="govuk-table__cell">
                <ul className="govuk-list govuk-!-margin-bottom-0">
                  {actions.map((action) => (
                    <li key={action.id}>
                      <Link to={paths.action(action.id)} className="govuk-link">
                        {action.ref} {firstLine(action.title)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Updates received against those due this period, by delivery group and by lead. */
export function RoundReceived({ summary }: { summary: PlanPeriodSummary }) {
  return (
    <section aria-labelledby="received-heading">
      <h2 className="govuk-heading-m" id="received-heading">
        Updates received
      </h2>
      <ByPriority summary={summary} />
      <ByLead summary={summary} />
    </section>
  );
}
