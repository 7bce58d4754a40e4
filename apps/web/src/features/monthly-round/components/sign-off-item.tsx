import { type ActionBrief, rejectSignOffBodySchema, signOffBodySchema } from '@ragboard/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ActionDates } from '../../../components/action-dates';
import { Textarea } from '../../../components/form/textarea';
import { StatusTag } from '../../../components/status-tag';
import { SummaryList, SummaryRow } from '../../../components/summary-list';
import { paths } from '../../../lib/paths';
import { firstLine } from '../../../lib/round-words';
import { useRejectSignOff, useSignOff } from '../api/sign-off';
import type { QueueOutcome } from './sign-off-queue';

interface SignOffItemProps {
  item: ActionBrief;
  onDone: (outcome: QueueOutcome) => void;
}

type Mode = 'choosing' | 'confirming' | 'refusing';

/**
 * One Blue awaiting sign-off, as a GOV.UK summary card: sign it off, asked to confirm with an
 * optional note kept with the sign-off, or refuse it with a reason.
 */
export function SignOffItem({ item, onDone }: SignOffItemProps) {
  const signOff = useSignOff();
  const reject = useRejectSignOff();
  const [mode, setMode] = useState<Mode>('choosing');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const reasonId = `reason-${item.id}`;
  const noteId = `sign-off-note-${item.id}`;
  const signOffButton = useRef<HTMLButtonElement>(null);
  const refuseButton = useRef<HTMLButtonElement>(null);
  const left = useRef<Mode>('choosing');
  // The button pressed gives way to its form, or back: focus follows, so the keyboard is not lost.
  useEffect(() => {
    if (mode === 'refusing') document.getElementById(reasonId)?.focus();
    else if (mode === 'confirming') document.getElementById(noteId)?.focus();
    else if (left.current === 'refusing') refuseButton.current?.focus();
    else if (left.current === 'confirming') signOffButton.current?.focus();
    left.current = mode;
  }, [mode, reasonId, noteId]);

  function back() {
    setProblem(null);
    setMode('choosing');
  }

  function refuse(event: FormEvent) {
    event.preventDefault();
    const parsed = rejectSignOffBodySchema.safeParse({ reason });
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? 'Say why it is not signed off');
      document.getElementById(reasonId)?.focus();
      return;
    }
    setProblem(null);
    reject.mutate(
      { actionId: item.id, reason: parsed.data.reason },
      { onSuccess: () => onDone({ message: `Sign-off of ${item.ref} refused: it stays ${item.status}.` }) },
    );
  }

  function confirm(event: FormEvent) {
    event.preventDefault();
    const parsed = signOffBodySchema.safeParse({ note });
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? 'Keep the note shorter');
      document.getElementById(noteId)?.focus();
      return;
    }
    setProblem(null);
    signOff.mutate(
      { actionId: item.id, note: parsed.data.note || null },
      { onSuccess: (action) => onDone({ signedOff: action }) },
    );
  }

  const failed = signOff.error ?? reject.error;
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">
          <Link to={paths.action(item.id)} className="govuk-link">
            {item.ref} {firstLine(item.title)}
          </Link>
        </h3>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList>
          <SummaryRow label="Status until signed off">
            <StatusTag status={item.status} />
          </SummaryRow>
          <SummaryRow label="Dates">
            <ActionDates position={item} />
          </SummaryRow>
        </SummaryList>
        {failed && (
          <p className="govuk-error-message" role="alert">
            <span className="govuk-visually-hidden">Error:</span> {failed.message}
          </p>
        )}
        {mode === 'confirming' && (
          <form onSubmit={confirm} noValidate>
            <Textarea
              id={noteId}
              label={`Note on the sign-off of ${item.ref} (optional)`}
              hint="Kept with the sign-off in the action’s history: the evidence seen, or who agreed it."
              rows={3}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              error={problem ?? undefined}
            />
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" disabled={signOff.isPending}>
                Confirm sign-off<span className="govuk-visually-hidden"> of {item.ref}</span>
              </button>
              <button type="button" className="govuk-button govuk-button--secondary" onClick={back}>
                Cancel
              </button>
            </div>
          </form>
        )}
        {mode === 'refusing' && (
          <form onSubmit={refuse} noValidate>
            <Textarea
              id={reasonId}
              label={`Why is ${item.ref} not signed off?`}
              hint="The lead sees this reason."
              rows={3}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              error={problem ?? undefined}
            />
            <div className="govuk-button-group">
              <button
                type="submit"
                className="govuk-button govuk-button--warning"
                disabled={reject.isPending}
              >
                Refuse sign-off<span className="govuk-visually-hidden"> of {item.ref}</span>
              </button>
              <button type="button" className="govuk-button govuk-button--secondary" onClick={back}>
                Cancel
              </button>
            </div>
          </form>
        )}
        {mode === 'choosing' && (
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button"
              ref={signOffButton}
              onClick={() => setMode('confirming')}
            >
              Sign off<span className="govuk-visually-hidden"> {item.ref}</span>
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              ref={refuseButton}
              onClick={() => setMode('refusing')}
            >
              Refuse<span className="govuk-visually-hidden"> {item.ref}</span>
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
