import type { StatusUpdateReply } from '@ragboard/shared';
import { formatMonth, STATUS_DEFINITIONS } from '@ragboard/shared';
import type { ReactNode } from 'react';
import { SuccessBanner } from '../success-banner';

/** GOV.UK success banner after saving; a lead's Blue is sent for sign-off rather than taking effect. */
export function UpdateSavedBanner({ saved, children }: { saved: StatusUpdateReply; children?: ReactNode }) {
  const { update, action } = saved;
  const awaiting = update.status === 'Blue' && action.awaitingSignOff;
  return (
    <SuccessBanner id="update-saved" heading={awaiting ? 'Sent for sign-off' : 'Update saved'}>
      <p className="govuk-body">
        {awaiting
          ? `${action.ref} becomes Blue once the partnership manager or its delivery group lead signs it off. Until then it stays ${action.status}.`
          : `${action.ref} is ${update.status} (${STATUS_DEFINITIONS[update.status].label.toLowerCase()}) for ${formatMonth(update.period)}.`}
      </p>
      {children}
    </SuccessBanner>
  );
}
