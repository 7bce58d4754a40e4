import { formatMonth, type Period } from '@ragboard/shared';
import { useEffect, useRef, useState } from 'react';
import { TableHead } from '../../../components/table-head';
import { WarningText } from '../../../components/warning-text';
import { formatDate } from '../../../lib/format-date';
import { useClosePeriod } from '../api/close-period';
import { OpenPeriodForm } from './open-period-form';

/** Close asks first: a closed month's updates can no longer change. */
function CloseButton({ planId, period }: { planId: string; period: Period }) {
  const close = useClosePeriod();
  const [confirming, setConfirming] = useState(false);
  const month = formatMonth(period.month);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirm.current?.focus();
  }, [confirming]);
  if (!confirming) {
    return (
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        onClick={() => setConfirming(true)}
      >
        Close {month}
      </button>
    );
  }
  return (
    <>
      <WarningText>
        Closing {month} keeps the plan as it stands and its updates can no longer change.
      </WarningText>
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          ref={confirm}
          disabled={close.isPending}
          onClick={() =>
            close.mutate({ planId, month: period.month }, { onSuccess: () => setConfirming(false) })
          }
        >
          Yes, close {month}
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => setConfirming(false)}
        >
          Cancel
        </button>
      </div>
      {close.error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {close.error.message}
        </p>
      )}
    </>
  );
}

/** The plan's reporting periods, newest first: close an open one, or open the next. */
export function PeriodsPanel({ planId, periods }: { planId: string; periods: Period[] }) {
  const newestFirst = [...periods].reverse();
  return (
    <section aria-labelledby="periods-heading">
      <h2 className="govuk-heading-m" id="periods-heading">
        Reporting periods
      </h2>
      {periods.length === 0 ? (
        <p className="govuk-body">No periods are kept yet: updates go to this month or last month.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">
            Reporting periods
          </caption>
          <TableHead
            headings={[
              'Month',
              'State',
              'Deadline',
              'Days of grace',
              { text: 'Close', visuallyHidden: true },
            ]}
          />
          <tbody className="govuk-table__body">
            {newestFirst.slice(0, 6).map((period) => (
              <tr className="govuk-table__row" key={period.month}>
                <th scope="row" className="govuk-table__header">
                  {formatMonth(period.month)}
                </th>
                <td className="govuk-table__cell">
                  <strong
                    className={`govuk-tag ${period.state === 'open' ? 'govuk-tag--green' : 'govuk-tag--grey'}`}
                  >
                    {period.state === 'open' ? 'Open' : 'Closed'}
                  </strong>
                </td>
                <td className="govuk-table__cell">{formatDate(period.deadline)}</td>
                <td className="govuk-table__cell">{period.graceDays}</td>
                <td className="govuk-table__cell">
                  {period.state === 'open' && <CloseButton planId={planId} period={period} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {periods.length > 6 && (
        <p className="govuk-body-s">The latest 6 of {periods.length} periods; earlier ones are closed.</p>
      )}
      <OpenPeriodForm planId={planId} latest={periods.at(-1)?.month ?? null} />
    </section>
  );
}
