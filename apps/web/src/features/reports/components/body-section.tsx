import { formatDate, type ReportingBody } from '@ragboard/shared';
import { useRef, useState } from 'react';
import { useRetireBody } from '../api/bodies';
import type { Priority } from './body-form';
import { ConfirmStep } from './confirm-step';
import { EditBodyForm } from './edit-body-form';
import { MeetingItem } from './meeting-item';
import { NewMeetingForm } from './new-meeting-form';

/** A body, its meetings, and what the manager may do with them. */
export function BodySection({
  planId,
  body,
  priorities,
  onRetired,
}: {
  planId: string;
  body: ReportingBody;
  priorities: Priority[];
  onRetired: (name: string) => void;
}) {
  const [mode, setMode] = useState<'view' | 'edit' | 'retire'>('view');
  const [status, setStatus] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  /** A meeting moved or cancelled: its buttons are gone, so focus goes to what was done. */
  const announce = (message: string) => {
    setStatus(message);
    requestAnimationFrame(() => statusRef.current?.focus());
  };
  const retire = useRetireBody(planId, { onSuccess: () => onRetired(body.name) });
  const back = () => {
    setMode('view');
    retire.reset();
    requestAnimationFrame(() => editButton.current?.focus());
  };
  return (
    <section aria-labelledby={`body-${body.id}`} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={`body-${body.id}`}>
        {body.name}
      </h2>
      <p className="govuk-body govuk-!-font-weight-bold" role="status" ref={statusRef} tabIndex={-1}>
        {status}
      </p>
      <p className="govuk-body">
        {body.cadence}. Meetings:{' '}
        {body.meetings.length ? body.meetings.map((m) => formatDate(m.meetsOn)).join(', ') : 'none yet'}.
      </p>
      {mode === 'view' && (
        <div className="govuk-button-group">
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            ref={editButton}
            onClick={() => {
              setStatus('');
              setMode('edit');
            }}
          >
            Edit<span className="govuk-visually-hidden"> the {body.name}</span>
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--warning"
            onClick={() => setMode('retire')}
          >
            Retire<span className="govuk-visually-hidden"> the {body.name}</span>
          </button>
        </div>
      )}
      {mode === 'edit' && (
        <EditBodyForm
          planId={planId}
          body={body}
          priorities={priorities}
          onDone={(saved) => {
            if (saved) setStatus(`The ${body.name} is saved.`);
            back();
          }}
        />
      )}
      {mode === 'retire' && (
        <ConfirmStep
          question={`Retire the ${body.name}?`}
          detail="It will no longer be listed here and no more packs will be drafted for it. The packs already drafted stay in the reports."
          yes="Yes, retire it"
          no="No, keep it"
          pending={retire.isPending}
          error={retire.error}
          onYes={() => retire.mutate(body)}
          onNo={back}
        />
      )}
      {body.meetings.length > 0 && (
        <ul className="govuk-list">
          {body.meetings.map((meeting) => (
            <MeetingItem key={meeting.id} planId={planId} body={body} meeting={meeting} onStatus={announce} />
          ))}
        </ul>
      )}
      <NewMeetingForm planId={planId} body={body} />
    </section>
  );
}
