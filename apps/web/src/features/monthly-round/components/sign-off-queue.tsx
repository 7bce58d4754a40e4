import type { Action, ActionBrief } from '@ragboard/shared';
import { useState } from 'react';
import { SuccessBanner } from '../../../components/success-banner';
import { firstLine } from '../../../lib/round-words';
import { useUndoSignOff } from '../api/sign-off';
import { SignOffItem } from './sign-off-item';

/** What was last done in the queue: a sign-off (which can be undone), or another outcome in words. */
export type QueueOutcome = { signedOff: Action } | { message: string };

/** The Blue just signed off, named, with "Undo" while its month is open. */
function SignedOffBanner({ action, onDone }: { action: Action; onDone: (outcome: QueueOutcome) => void }) {
  const undo = useUndoSignOff();
  const name = `${action.ref} ${firstLine(action.title)}`;
  return (
    <SuccessBanner id="signed-off" heading={`${name} is signed off: it is now Blue.`}>
      <p className="govuk-body">
        Signed off by mistake? You can undo it until the month closes: it will await sign-off again.
      </p>
      {undo.error && (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {undo.error.message}
        </p>
      )}
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        disabled={undo.isPending}
        onClick={() =>
          undo.mutate(action, {
            onSuccess: (undone) =>
              onDone({
                message: `Sign-off of ${action.ref} undone: it awaits sign-off again, and stays ${undone.status}.`,
              }),
          })
        }
      >
        Undo<span className="govuk-visually-hidden"> the sign-off of {action.ref}</span>
      </button>
    </SuccessBanner>
  );
}

/** The Blues awaiting the manager's sign-off, each signed off (with a note) or refused where it stands. */
export function SignOffQueue({ items }: { items: ActionBrief[] }) {
  const [outcome, setOutcome] = useState<QueueOutcome | null>(null);
  return (
    <section aria-labelledby="sign-off-heading">
      <h2 className="govuk-heading-m" id="sign-off-heading">
        Awaiting sign-off
      </h2>
      {outcome && 'signedOff' in outcome && (
        <SignedOffBanner key={outcome.signedOff.id} action={outcome.signedOff} onDone={setOutcome} />
      )}
      <p className="govuk-body" role="status">
        {outcome && 'message' in outcome ? outcome.message : null}
      </p>
      {items.length === 0 ? (
        <p className="govuk-body">Nothing is awaiting sign-off.</p>
      ) : (
        items.map((item) => <SignOffItem key={item.id} item={item} onDone={setOutcome} />)
      )}
    </section>
  );
}
