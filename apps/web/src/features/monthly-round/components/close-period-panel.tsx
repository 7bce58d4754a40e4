import { formatMonth, type Month, type Period, type PeriodClosePreview } from '@ragboard/shared';
import { useEffect, useRef } from 'react';
import { ErrorSummary } from '../../../components/form/error-summary';
import { Loading } from '../../../components/loading';
import { QueryError } from '../../../components/query-error';
import { SummaryList, SummaryRow } from '../../../components/summary-list';
import { TableHead } from '../../../components/table-head';
import { TableScroll } from '../../../components/table-scroll';
import { WarningText } from '../../../components/warning-text';
import { formatDate } from '../../../lib/format-date';
import { countOf, firstLine } from '../../../lib/round-words';
import { useClosePeriod } from '../api/close-period';
import { useClosePreview } from '../api/get-close-preview';

const CONFIRM_ID = 'close-period-confirm';

function MissingUpdates({ preview }: { preview: PeriodClosePreview }) {
  const month = formatMonth(preview.month);
  return (
    <TableScroll label={`Updates still missing for ${month}`}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">
          Updates still missing for {month}
        </caption>
        <TableHead headings={['Action', 'Lead']} />
        <tbody className="govuk-table__body">
          {preview.missingUpdates.map(({ action, leads }) => (
            <tr className="govuk-table__row" key={action.id}>
              <th scope="row" className="govuk-table__header">
                {action.ref} {firstLine(action.title)}
              </th>
              <td className="govuk-table__cell">{leads.map((lead) => lead.name).join(', ') || 'No lead'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** What closing ends, in words: nothing here is told by colour alone. */
function WhatClosingEnds({ preview }: { preview: PeriodClosePreview }) {
  const { missingUpdates, liveLinks, remindersToCancel } = preview;
  const links = liveLinks.reduce((sum, lead) => sum + lead.links, 0);
  return (
    <>
      <SummaryList>
        {preview.deadline && (
          <SummaryRow label="Deadline">{formatDate(preview.deadline)}: it has not passed yet</SummaryRow>
        )}
        <SummaryRow label="Updates still missing">
          {missingUpdates.length === 0
            ? 'None: every update due is in'
            : `${countOf(missingUpdates.length, 'update')}, listed below: they can no longer be given`}
        </SummaryRow>
        <SummaryRow label="Personal links that stop working">
          {links === 0
            ? 'None'
            : `${countOf(links, 'live link')}: ${liveLinks.map((l) => `${l.name} (${l.links})`).join(', ')}`}
        </SummaryRow>
        <SummaryRow label="Scheduled reminders that will not go">
          {remindersToCancel.length === 0
            ? 'None'
            : remindersToCancel.map((p) => `${formatDate(p.at.slice(0, 10))} at 9am`).join(', ')}
        </SummaryRow>
      </SummaryList>
      {missingUpdates.length > 0 && <MissingUpdates preview={preview} />}
    </>
  );
}

/**
 * Asks before closing a month, saying what closing ends (from the API's close preview); the
 * heading takes focus when it opens, so a keyboard or screen reader user lands on the question.
 */
export function ClosePeriodPanel({
  planId,
  month,
  onClosed,
  onCancel,
}: {
  planId: string;
  month: Month;
  onClosed: (period: Period) => void;
  onCancel: () => void;
}) {
  const close = useClosePeriod({ onSuccess: onClosed });
  const preview = useClosePreview(planId, month, { enabled: close.isIdle || close.isError });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const words = formatMonth(month);
  const errors = close.error ? [{ field: CONFIRM_ID, message: close.error.message }] : [];
  return (
    <section aria-labelledby="close-period-heading" className="govuk-!-margin-bottom-6">
      <ErrorSummary errors={errors} />
      <h3 className="govuk-heading-m" id="close-period-heading" ref={heading} tabIndex={-1}>
        Close {words}?
      </h3>
      <WarningText>
        Closing {words} keeps the plan as it stands: its updates can no longer be given or changed.
      </WarningText>
      {preview.isPending && <Loading what={`what closing ${words} ends`} />}
      {preview.isError && (
        <QueryError title={`What closing ${words} ends could not be loaded`} error={preview.error} />
      )}
      {preview.data && <WhatClosingEnds preview={preview.data} />}
      <div className="govuk-button-group">
        <button
          type="button"
          id={CONFIRM_ID}
          className="govuk-button govuk-button--warning"
          disabled={close.isPending}
          onClick={() => close.mutate({ planId, month })}
        >
          Close {words}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
