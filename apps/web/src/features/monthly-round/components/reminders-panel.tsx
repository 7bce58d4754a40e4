import { formatMonth, type Month, type RemindersReply } from '@ragboard/shared';
import { useState } from 'react';
import { ErrorSummary } from '../../../components/form/error-summary';
import { countOf } from '../../../lib/round-words';
import { useOutbox } from '../api/get-outbox';
import { useSendReminders } from '../api/send-reminders';
import { OutboxTable } from './outbox-table';
import { ReminderSchedulePanel } from './reminder-schedule-panel';

type Unreachable = RemindersReply['unreachable'];

const UNREACHABLE_WORDS: Record<Unreachable[number]['reason'], string> = {
  'no-email': 'Leads with no email address, who could not be reminded:',
  'no-link':
    'Leads with no account, who could not be reminded: the month gives no personal links now (it is not open, or its last day for updates has passed)',
};

function UnreachableLeads({ leads, reason }: { leads: Unreachable; reason: Unreachable[number]['reason'] }) {
  const these = leads.filter((lead) => lead.reason === reason);
  if (these.length === 0) return null;
  return (
    <>
      <p className="govuk-body">{UNREACHABLE_WORDS[reason]}</p>
      <ul className="govuk-list govuk-list--bullet">
        {these.map((lead) => (
          <li key={lead.personId}>
            {lead.name} ({countOf(lead.actions, 'action')})
          </li>
        ))}
      </ul>
    </>
  );
}

function ReminderResult({ reply }: { reply: RemindersReply }) {
  const emails = countOf(reply.messages.length, 'email');
  return (
    <div className="govuk-inset-text" role="status">
      <p className="govuk-body">
        {reply.mailConfigured
          ? `${emails} sent.`
          : `${emails} kept unsent because no mail server is configured.`}
      </p>
      <UnreachableLeads leads={reply.unreachable} reason="no-email" />
      <UnreachableLeads leads={reply.unreachable} reason="no-link" />
    </div>
  );
}

const SEND_ID = 'send-reminders';

/**
 * Reminds every lead with updates still missing, and shows the emails of the period. A closed
 * month is not offered the button; should the API refuse anyway, its reason is the error summary.
 */
export function RemindersPanel({
  planId,
  period,
  closed,
}: {
  planId: string;
  period: Month;
  closed: boolean;
}) {
  const [showOutbox, setShowOutbox] = useState(false);
  const send = useSendReminders();
  const outbox = useOutbox(planId, period, { enabled: showOutbox });
  const month = formatMonth(period);
  return (
    <section aria-labelledby="reminders-heading">
      <h2 className="govuk-heading-m" id="reminders-heading">
        Reminders
      </h2>
      <ErrorSummary errors={send.error ? [{ field: SEND_ID, message: send.error.message }] : []} />
      {closed ? (
        <p className="govuk-body">
          {month} is closed: its updates can no longer change, so no reminder goes for it.
        </p>
      ) : (
        <>
          <p className="govuk-body">
            Emails each lead the actions still missing an update for {month}, with a personal link to give
            them all on one page without signing in.
          </p>
          <button
            type="button"
            id={SEND_ID}
            className="govuk-button govuk-button--secondary"
            disabled={send.isPending}
            onClick={() => send.mutate({ planId, month: period }, { onSuccess: () => setShowOutbox(true) })}
          >
            Send reminders for {month}
          </button>
        </>
      )}
      {send.data && <ReminderResult reply={send.data} />}
      <ReminderSchedulePanel planId={planId} period={period} />
      <details
        className="govuk-details"
        open={showOutbox}
        onToggle={(event) => setShowOutbox(event.currentTarget.open)}
      >
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Emails for {month}</span>
        </summary>
        <div className="govuk-details__text">
          <OutboxTable outbox={outbox} />
        </div>
      </details>
    </section>
  );
}
