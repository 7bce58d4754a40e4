import { addMonths, formatMonth, type Month, type Period } from '@ragboard/shared';
import { type MouseEvent, useEffect, useRef, useState } from 'react';
import { SuccessBanner } from '../../../components/success-banner';
import { TableHead } from '../../../components/table-head';
import { TableScroll } from '../../../components/table-scroll';
import { formatDate } from '../../../lib/format-date';
import { ClosePeriodPanel } from './close-period-panel';
import { OpenPeriodForm } from './open-period-form';

/** The open-period form's first field (its month), where the offer to open the next month leads. */
const OPEN_FORM_FIELD = 'month';

function focusOpenForm(event: MouseEvent<HTMLAnchorElement>) {
  const field = document.getElementById(OPEN_FORM_FIELD);
  if (!field) return;
  event.preventDefault();
  field.focus();
}

/** Says the month is closed and, when no month is open now, offers to open the next one. */
function ClosedBanner({ month, periods }: { month: Month; periods: Period[] }) {
  const latest = periods.at(-1)?.month ?? month;
  const noneOpen = !periods.some((p) => p.state === 'open');
  return (
    <SuccessBanner id="period-closed" heading={`${formatMonth(month)} is closed`}>
      <p className="govuk-body">
        Its updates can no longer change, its personal links have stopped working and its scheduled reminders
        will not go.
      </p>
      {noneOpen && (
        <p className="govuk-body">
          No month is open for updates.{' '}
          <a className="govuk-notification-banner__link" href={`#${OPEN_FORM_FIELD}`} onClick={focusOpenForm}>
            Open {formatMonth(addMonths(latest, 1))}
          </a>
        </p>
      )}
    </SuccessBanner>
  );
}

/** The plan's reporting periods, newest first: close an open one (asked first), or open the next. */
export function PeriodsPanel({ planId, periods }: { planId: string; periods: Period[] }) {
  const newestFirst = [...periods].reverse();
  const [asking, setAsking] = useState<Month | null>(null);
  const [closed, setClosed] = useState<Month | null>(null);
  const [focusBack, setFocusBack] = useState<Month | null>(null);
  const closeButtons = useRef(new Map<Month, HTMLButtonElement>());
  useEffect(() => {
    if (focusBack) closeButtons.current.get(focusBack)?.focus();
  }, [focusBack]);

  function ask(month: Month) {
    setClosed(null);
    setFocusBack(null);
    setAsking(month);
  }

  return (
    <section aria-labelledby="periods-heading">
      <h2 className="govuk-heading-m" id="periods-heading">
        Reporting periods
      </h2>
      {closed && <ClosedBanner month={closed} periods={periods} />}
      {periods.length === 0 ? (
        <p className="govuk-body">No periods are kept yet: updates go to this month or last month.</p>
      ) : (
        <TableScroll label="Reporting periods">
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
                    {period.state === 'open' && asking !== period.month && (
                      <button
                        type="button"
                        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                        ref={(button) => {
                          if (button) closeButtons.current.set(period.month, button);
                          else closeButtons.current.delete(period.month);
                        }}
                        onClick={() => ask(period.month)}
                      >
                        Close {formatMonth(period.month)}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {periods.length > 6 && (
        <p className="govuk-body-s">The latest 6 of {periods.length} periods; earlier ones are closed.</p>
      )}
      {asking && (
        <ClosePeriodPanel
          key={asking}
          planId={planId}
          month={asking}
          onClosed={(period) => {
            setAsking(null);
            setClosed(period.month);
          }}
          onCancel={() => {
            setAsking(null);
            setFocusBack(asking);
          }}
        />
      )}
      <OpenPeriodForm planId={planId} latest={periods.at(-1)?.month ?? null} />
    </section>
  );
}
