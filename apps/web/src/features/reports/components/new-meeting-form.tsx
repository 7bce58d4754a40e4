import type { ReportingBody } from '@ragboard/shared';
import type { FormEvent } from 'react';
import { ErrorSummary } from '../../../components/form/error-summary';
import { useCreateMeeting } from '../api/bodies';
import { useMeetingDates } from './meeting-dates';

/** The body's next meeting, with the date its papers are due. */
export function NewMeetingForm({ planId, body }: { planId: string; body: ReportingBody }) {
  const create = useCreateMeeting(planId, { onSuccess: () => dates.clear() });
  const dates = useMeetingDates(
    { meetsOn: `meetsOn-${body.id}`, papersDue: `papersDue-${body.id}` },
    create.error,
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    const meeting = dates.check();
    if (meeting) create.mutate({ bodyId: body.id, meeting });
  }
  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary errors={dates.errors} />
      {dates.fields(`Next meeting of the ${body.name}`, 'For example, 14 1 2027')}
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={create.isPending}>
        Add meeting
      </button>
    </form>
  );
}
