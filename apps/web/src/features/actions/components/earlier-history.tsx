import { type EarlierHistory, formatMonth } from '@ragboard/shared';
import { Link } from 'react-router';
import { InlineError } from '../../../components/inline-error';
import { StatusTag } from '../../../components/status-tag';
import { TableHead } from '../../../components/table-head';
import { TableScroll } from '../../../components/table-scroll';
import { TextWithBullets } from '../../../components/text-with-bullets';
import { paths } from '../../../lib/paths';
import { useEarlierHistory } from '../api/get-earlier-history';

type EarlierPlan = EarlierHistory['plans'][number];

function EarlierPlanHistory({ earlier }: { earlier: EarlierPlan }) {
  const { plan, action, updates } = earlier;
  const name = `${plan.title} (action ${action.ref})`;
  const headingId = `earlier-${action.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 className="govuk-heading-s" id={headingId}>
        <Link to={paths.action(action.id)} className="govuk-link">
          {name}
        </Link>
      </h3>
      {updates.length === 0 ? (
        <p className="govuk-body">No updates in that plan.</p>
      ) : (
        <TableScroll label={`Updates in ${name}`}>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">
              Updates in {name}, newest first
            </caption>
            <TableHead headings={['Month', 'Status', 'Note', 'By']} />
            <tbody className="govuk-table__body">
              {updates.map((u) => (
                <tr className="govuk-table__row" key={u.id}>
                  <th scope="row" className="govuk-table__header">
                    {formatMonth(u.period)}
                    {u.superseded && <span className="govuk-body-s govuk-!-display-block">Superseded</span>}
                  </th>
                  <td className="govuk-table__cell">
                    <StatusTag status={u.status} withHiddenLabel />
                  </td>
                  <td className="govuk-table__cell">
                    {u.note ? <TextWithBullets text={u.note} flush /> : 'No note'}
                  </td>
                  <td className="govuk-table__cell">{u.author ?? 'Not recorded'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** The history an action carried forward brings with it, one earlier plan at a time, latest first. */
export function EarlierHistorySection({ actionId, carried }: { actionId: string; carried: boolean }) {
  const history = useEarlierHistory(actionId, carried);
  if (history.isError)
    return (
      <InlineError message={`The history from earlier plans could not be loaded. ${history.error.message}`} />
    );
  if (!history.data || history.data.plans.length === 0) return null;
  return (
    <section aria-labelledby="earlier-history-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="earlier-history-heading">
        History from earlier plans
      </h2>
      {history.data.plans.map((earlier) => (
        <EarlierPlanHistory key={earlier.action.id} earlier={earlier} />
      ))}
    </section>
  );
}
