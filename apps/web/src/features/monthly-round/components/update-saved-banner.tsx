import { formatMonth, STATUS_DEFINITIONS } from '@ragboard/shared';
import { type ReactNode, useEffect, useRef } from 'react';
import type { StatusUpdateReply } from '../api/create-status-update';

/** GOV.UK success banner after saving; a lead's Blue is sent for sign-off rather than taking effect. */
export function UpdateSavedBanner({ saved, children }: { saved: StatusUpdateReply; children?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const { update, action } = saved;
  const awaiting = update.status === 'Blue' && action.awaitingSignOff;
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="update-saved-title"
      ref={ref}
      tabIndex={-1}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="update-saved-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <h3 className="govuk-notification-banner__heading">
          {awaiting ? 'Sent for sign-off' : 'Update saved'}
        </h3>
        <p className="govuk-body">
          {awaiting
            ? `${action.ref} becomes Blue once the partnership manager or its delivery group lead signs it off. Until then it stays ${action.status}.`
            : `${action.ref} is ${update.status} (${STATUS_DEFINITIONS[update.status].label.toLowerCase()}) for ${formatMonth(update.period)}.`}
        </p>
        {children}
      </div>
    </div>
  );
}
