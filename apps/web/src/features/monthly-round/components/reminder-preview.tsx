import { type Month, REMINDER_LINK_PLACEHOLDER, reminderPreviewSchema } from '@ragboard/shared';
import { useEffect, useRef } from 'react';
import { Loading } from '../../../components/loading';
import { QueryError } from '../../../components/query-error';
import { SummaryList, SummaryRow } from '../../../components/summary-list';
import { ApiError } from '../../../lib/api-client';
import { useReminderPreview } from '../api/get-reminder-preview';
import { useRemindLead } from '../api/remind-lead';

/**
 * "Remind now": the very email the lead will be sent, then "Send this reminder". Should it read
 * otherwise by then (an update given meanwhile), the API refuses it and the new text is shown.
 */
export function ReminderPreview({
  planId,
  period,
  personId,
  onDone,
}: {
  planId: string;
  period: Month;
  personId: string;
  onDone: (result: { name: string; sent: boolean } | null) => void;
}) {
  const preview = useReminderPreview(planId, period, personId);
  const remind = useRemindLead();
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = preview.isSuccess;
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready]);
  if (preview.isPending) return <Loading what="the reminder" />;
  if (preview.isError) return <QueryError title="The reminder could not be written" error={preview.error} />;
  // A 409 carries the reminder as it now reads: that is the one to show and to send.
  const changed =
    remind.error instanceof ApiError && remind.error.status === 409
      ? reminderPreviewSchema.safeParse(remind.error.details)
      : null;
  const email = changed?.success ? changed.data : preview.data;
  return (
    <section aria-labelledby="reminder-preview-heading" className="govuk-!-margin-bottom-6">
      <h3 className="govuk-heading-s" id="reminder-preview-heading" tabIndex={-1} ref={heading}>
        Reminder to {email.toName}
      </h3>
      {changed?.success && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> The reminder has changed since you read it (an
          update came in meanwhile). Read it again below.
        </p>
      )}
      {remind.error && !changed?.success && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {remind.error.message}
        </p>
      )}
      <SummaryList>
        <SummaryRow label="To">
          {email.toName} ({email.toAddress})
        </SummaryRow>
        {email.cc.length > 0 && (
          <SummaryRow label="Copied to">
            {email.cc.map((c) => `${c.name} (${c.address})`).join(', ')}
          </SummaryRow>
        )}
        <SummaryRow label="Subject">{email.subject}</SummaryRow>
      </SummaryList>
      <div className="govuk-inset-text app-email-text" data-testid="reminder-preview-text">
        {email.body}
      </div>
      {email.body.includes(REMINDER_LINK_PLACEHOLDER) && (
        <p className="govuk-body-s">The personal link is made when the reminder is sent.</p>
      )}
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button"
          disabled={remind.isPending}
          onClick={() =>
            remind.mutate(
              { planId, month: period, personId, digest: email.digest },
              { onSuccess: () => onDone({ name: email.toName, sent: true }) },
            )
          }
        >
          Send this reminder
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </section>
  );
}
