import { type Action, createChallengeBodySchema } from '@ragboard/shared';
import { type FormEvent, useState } from 'react';
import { useRaiseChallenge } from '../../lib/queries/raise-challenge';
import { Textarea } from '../form/textarea';
import { InlineError } from '../inline-error';

/** The forum says why it does not agree with the action's status as it stands now. */
export function ChallengeForm({ action }: { action: Action }) {
  const [reason, setReason] = useState('');
  const raise = useRaiseChallenge({ onSuccess: () => setReason('') });
  const [problem, setProblem] = useState<string | null>(null);
  function send(event: FormEvent) {
    event.preventDefault();
    const parsed = createChallengeBodySchema.safeParse({ status: action.status, reason });
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? 'Say why you do not agree with this status');
      document.getElementById('challenge-reason')?.focus();
      return;
    }
    setProblem(null);
    raise.mutate({ actionId: action.id, body: parsed.data });
  }
  return (
    <form onSubmit={send} noValidate>
      {raise.error && <InlineError message={raise.error.message} alert />}
      {raise.isSuccess && (
        <p className="govuk-body" role="status">
          Your challenge is sent. The action’s lead and the partnership manager will answer it.
        </p>
      )}
      <Textarea
        id="challenge-reason"
        label={`Why do you not agree this action is ${action.status}?`}
        hint="The action’s lead or the partnership manager must answer. Your challenge and its answer go in the next board report."
        rows={4}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={problem ?? undefined}
      />
      <button type="submit" className="govuk-button govuk-button--warning" disabled={raise.isPending}>
        Challenge this status
      </button>
    </form>
  );
}
