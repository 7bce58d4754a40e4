import {
  formatMonth,
  type Month,
  type RoundReminders,
  updateReminderScheduleBodySchema,
} from '@ragboard/shared';
import { type FormEvent, useState } from 'react';
import { Checkboxes } from '../../../components/form/checkboxes';
import { ErrorSummary, type FieldError } from '../../../components/form/error-summary';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../../../components/form/field-errors';
import { TextInput } from '../../../components/form/text-input';
import { Loading } from '../../../components/loading';
import { QueryError } from '../../../components/query-error';
import { TableHead } from '../../../components/table-head';
import { TableScroll } from '../../../components/table-scroll';
import {
  useRevokeUpdateRequests,
  useRoundReminders,
  useSaveReminderSchedule,
} from '../../../lib/queries/round-reminders';
import { countOf } from '../../../lib/round-words';
import { isStaleVersion } from '../../../lib/stale-version';
import { PointsTable } from './reminder-points-table';

function ScheduleForm({ planId, reminders }: { planId: string; reminders: RoundReminders }) {
  const { schedule } = reminders;
  const [enabled, setEnabled] = useState(schedule.enabled);
  const [escalate, setEscalate] = useState(schedule.escalate);
  const [days, setDays] = useState(schedule.offsets.join(', '));
  const [checked, setChecked] = useState<FieldError[]>([]);
  const save = useSaveReminderSchedule();

  function submit(event: FormEvent) {
    event.preventDefault();
    const parts = days.split(',').map((d) => d.trim());
    const offsets = parts.filter(Boolean).map(Number);
    if (offsets.some((d) => Number.isNaN(d))) {
      setChecked([{ field: 'offsets', message: 'Enter days as whole numbers, such as -7, 0, 3' }]);
      return;
    }
    const body = updateReminderScheduleBodySchema.safeParse({ enabled, escalate, offsets });
    const errors = body.success ? [] : fieldErrorsFromIssues(body.error.issues, 'offsets');
    setChecked(errors);
    if (!body.success) return;
    save.mutate({ planId, version: schedule.version, body: body.data });
  }

  const errors =
    checked.length > 0
      ? checked
      : isStaleVersion(save.error)
        ? [
            {
              field: 'offsets',
              message: 'Someone else changed the schedule meanwhile: reload the page to see it',
            },
          ]
        : fieldErrorsFrom(save.error, 'offsets');
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Change when reminders go</span>
      </summary>
      <div className="govuk-details__text">
        <ErrorSummary errors={errors} />
        {save.isSuccess && (
          <p className="govuk-body" role="status">
            Schedule saved.
          </p>
        )}
        <form onSubmit={submit} noValidate>
          <Checkboxes
            name="scheduleOptions"
            legend="Scheduled reminders"
            options={[
              { value: 'enabled', label: 'Send reminders on a schedule' },
              {
                value: 'escalate',
                label: 'After the deadline, copy in the delivery group’s lead',
              },
            ]}
            checked={[...(enabled ? ['enabled'] : []), ...(escalate ? ['escalate'] : [])]}
            onToggle={(value, on) => (value === 'enabled' ? setEnabled(on) : setEscalate(on))}
          />
          <TextInput
            id="offsets"
            label="Days from each month’s deadline"
            hint="Separated by commas. Before the deadline is negative: -7, 0, 3 is a week before, on the day and three days after. Reminders go at 9am."
            value={days}
            onChange={(event) => setDays(event.target.value)}
            error={errors.find((e) => e.field === 'offsets')?.message}
          />
          <button type="submit" className="govuk-button" disabled={save.isPending}>
            Save schedule
          </button>
        </form>
      </div>
    </details>
  );
}

function LeadsTable({
  planId,
  period,
  reminders,
}: {
  planId: string;
  period: Month;
  reminders: RoundReminders;
}) {
  const revoke = useRevokeUpdateRequests();
  return (
    <>
      {revoke.data && (
        <p className="govuk-body" role="status">
          {countOf(revoke.data.revoked, 'link')} withdrawn.
        </p>
      )}
      <TableScroll label={`Leads with actions due an update in ${formatMonth(period)}`}>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            Leads with actions due an update in {formatMonth(period)}
          </caption>
          <TableHead
            headings={[
              'Lead',
              'Email',
              { text: 'Due', numeric: true },
              { text: 'Missing', numeric: true },
              { text: 'Link', visuallyHidden: true },
            ]}
          />
          <tbody className="govuk-table__body">
            {reminders.leads.map((lead) => (
              <tr className="govuk-table__row" key={lead.personId}>
                <th scope="row" className="govuk-table__header">
                  {lead.name}
                  {lead.hasAccount ? '' : ' (no account: reminded by link)'}
                </th>
                <td className="govuk-table__cell">
                  {lead.email ?? (
                    <strong className="govuk-tag govuk-tag--red">Cannot be reminded: no email</strong>
                  )}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{lead.due}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{lead.missing}</td>
                <td className="govuk-table__cell">
                  {lead.email && (
                    <button
                      type="button"
                      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                      disabled={revoke.isPending}
                      onClick={() => revoke.mutate({ planId, month: period, personId: lead.personId })}
                    >
                      Withdraw link<span className="govuk-visually-hidden"> of {lead.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {reminders.activeLinks > 0 && (
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          disabled={revoke.isPending}
          onClick={() => revoke.mutate({ planId, month: period })}
        >
          Withdraw all {countOf(reminders.activeLinks, 'live link')} for {formatMonth(period)}
        </button>
      )}
      {revoke.error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {revoke.error.message}
        </p>
      )}
    </>
  );
}

/** The month's scheduled reminders, the settings for them, and every lead's reach and link. */
export function ReminderSchedulePanel({ planId, period }: { planId: string; period: Month }) {
  const reminders = useRoundReminders(planId, period);
  if (reminders.isPending) return <Loading what="the reminder schedule" />;
  if (reminders.isError)
    return <QueryError title="The reminder schedule could not be loaded" error={reminders.error} />;
  return (
    <>
      {!reminders.data.mailConfigured && (
        <div className="govuk-inset-text">
          No mail server is configured: reminders are kept in the outbox below, unsent.
        </div>
      )}
      <PointsTable reminders={reminders.data} />
      <ScheduleForm key={reminders.data.schedule.version} planId={planId} reminders={reminders.data} />
      <LeadsTable planId={planId} period={period} reminders={reminders.data} />
    </>
  );
}
