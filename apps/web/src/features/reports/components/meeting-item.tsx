import { formatDate, type Meeting, type ReportingBody } from '@ragboard/shared';
import { type FormEvent, useRef, useState } from 'react';
import { ErrorSummary } from '../../../components/form/error-summary';
import { useCancelMeeting, useMoveMeeting } from '../api/bodies';
import { ConfirmStep } from './confirm-step';
import { useMeetingDates } from './meeting-dates';

/** A meeting, with its pack if drafted, moved by a small form or cancelled after a question. */
export function MeetingItem({
  planId,
  body,
  meeting,
  onStatus,
}: {
  planId: string;
  body: ReportingBody;
  meeting: Meeting;
  onStatus: (message: string) => void;
}) {
  const [mode, setMode] = useState<'view' | 'move' | 'cancel'>('view');
  const changeButton = useRef<HTMLButtonElement>(null);
  const when = formatDate(meeting.meetsOn);
  const move = useMoveMeeting(planId, {
    onSuccess: () => {
      setMode('view');
      onStatus(`The ${body.name} meeting has moved.`);
    },
  });
  const cancel = useCancelMeeting(planId, {
    onSuccess: () => onStatus(`The ${body.name} meeting on ${when} is cancelled.`),
  });
  const dates = useMeetingDates(
    { meetsOn: `move-meetsOn-${meeting.id}`, papersDue: `move-papersDue-${meeting.id}` },
    move.error,
    meeting,
  );
  const back = () => {
    setMode('view');
    dates.forgetProblems();
    move.reset();
    cancel.reset();
    requestAnimationFrame(() => changeButton.current?.focus());
  };
  function submitMove(event: FormEvent) {
    event.preventDefault();
    const checked = dates.check();
    if (checked) move.mutate({ meeting, dates: checked });
  }
  return (
    <li>
      <p className="govuk-body govuk-!-margin-bottom-1">
        <strong>{when}</strong>, papers due {formatDate(meeting.papersDue)}.{' '}
        {meeting.report ? `Pack: ${meeting.report.title} (${meeting.report.state}).` : 'No pack yet.'}
      </p>
      {mode === 'view' && (
        <div className="govuk-button-group">
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            ref={changeButton}
            onClick={() => setMode('move')}
          >
            Change date<span className="govuk-visually-hidden"> of the meeting on {when}</span>
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--warning"
            onClick={() => setMode('cancel')}
          >
            Cancel meeting<span className="govuk-visually-hidden"> on {when}</span>
          </button>
        </div>
      )}
      {mode === 'move' && (
        <form noValidate onSubmit={submitMove}>
          <ErrorSummary errors={dates.errors} />
          {dates.fields(`New date of the ${body.name} meeting on ${when}`)}
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" disabled={move.isPending}>
              Save new date
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={back}>
              Keep the date
            </button>
          </div>
        </form>
      )}
      {mode === 'cancel' && (
        <ConfirmStep
          question={`Cancel the ${body.name} meeting on ${when}?`}
          detail={
            meeting.report
              ? `Its pack, “${meeting.report.title}”, has been drafted: it stays in the reports, as an ordinary report.`
              : 'No pack has been drafted for it. Any pack drafted for a meeting always stays in the reports.'
          }
          yes="Yes, cancel the meeting"
          no="No, keep it"
          pending={cancel.isPending}
          error={cancel.error}
          onYes={() => cancel.mutate(meeting)}
          onNo={back}
        />
      )}
    </li>
  );
}
