import { type ActionBrief, rejectSignOffBodySchema } from '@ragboard/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ActionDates } from '../../../components/action-dates';
import { Textarea } from '../../../components/form/textarea';
import { StatusTag } from '../../../components/status-tag';
import { SummaryList, SummaryRow } from '../../../components/summary-list';
import { paths } from '../../../lib/paths';
import { firstLine } from '../../../lib/round-words';
import { useRejectSignOff, useSignOff } from '../api/sign-off';

interface SignOffItemProps {
  item: ActionBrief;
  onDone: (message: string) => void;
}

/** One Blue awaiting sign-off, as a GOV.UK summary card: sign it off, or refuse it with a reason. */
export function SignOffItem({ item, onDone }: SignOffItemProps) {
  const signOff = useSignOff();
  const reject = useRejectSignOff();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const reasonId = `reason-${item.id}`;
  const refuseButton = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  // The button pressed gives way to the form, or back: focus follows, so the keyboard is not lost.
  useEffect(() => {
    if (refusing) document.getElementById(reasonId)?.focus();
    else if (opened.current) refuseButton.current?.focus();
    opened.current = refusing;
  }, [refusing, reasonId]);

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
      { onSuccess: () => onDone(`Sign-off of ${item.ref} refused: it stays ${item.status}.`) },
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
        {refusing ? (
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
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => setRefusing(false)}
              >
                Cancel
              </button>
            </div>
          </form>
        ) : (
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button"
              disabled={signOff.isPending}
              onClick={() =>
                signOff.mutate(item.id, {
                  onSuccess: () => onDone(`${item.ref} is signed off: it is now Blue.`),
                })
              }
            >
              Sign off<span className="govuk-visually-hidden"> {item.ref}</span>
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => setRefusing(true)}
            >
              Refuse<span className="govuk-visually-hidden"> {item.ref}</span>
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
