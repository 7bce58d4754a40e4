import type { Action } from '@ragboard/shared';
import { useEffect, useRef } from 'react';
import { formatDate } from '../../lib/format-date';
import { StatusTag } from '../status-tag';

/** Someone saved first: say so, with the action as it now stands, and never overwrite it silently. */
export function UpdateConflict({ current }: { current: Action }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">Someone else updated this action</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">
            {current.ref} is now <StatusTag status={current.status} />
            {current.newDate && ` with a new completion date of ${formatDate(current.newDate.date)}`}
            {current.awaitingSignOff && ', with a Blue awaiting sign-off'}.
          </p>
          <p className="govuk-body">
            Your update has not been saved. Check it against theirs, then save it again to record it.
          </p>
        </div>
      </div>
    </div>
  );
}
