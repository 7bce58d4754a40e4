import { type Month, type RoundReminders, updateReminderScheduleBodySchema } from '@ragboard/shared';
import { type FormEvent, useState } from 'react';
import { Checkboxes } from '../../../components/form/checkboxes';
import { ErrorSummary, type FieldError } from '../../../components/form/error-summary';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../../../components/form/field-errors';
import { TextInput } from '../../../components/form/text-input';
import { Loading } from '../../../components/loading';
import { QueryError } from '../../../components/query-error';
import { useRoundReminders, useSaveReminderSchedule } from '../../../lib/queries/round-reminders';
import { isStaleVersion } from '../../../lib/stale-version';
import { PointsTable } from './reminder-points-table';
import { RoundLeadsTable } from './round-leads-table';

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
          No mail server is configured: reminders are kept in the emails below, not sent. Read each one there,
          and copy a lead’s link to send it to them yourself.
        </div>
      )}
      <PointsTable reminders={reminders.data} />
      <ScheduleForm key={reminders.data.schedule.version} planId={planId} reminders={reminders.data} />
      <RoundLeadsTable planId={planId} period={period} reminders={reminders.data} />
    </>
  );
}
